package dev.oasis.runtime.stack.tcp;

/**
 * The bytes a connection was given to send and has not yet seen acknowledged, in a ring that grows
 * (by doubling) up to a fixed capacity as data is written, so that an idle or half-open connection
 * holds almost no memory. Offsets are from the oldest unacknowledged byte.
 */
final class SendBuffer {

  private static final int INITIAL_SIZE = 4096;

  private final int capacity;
  private byte[] ring = new byte[0];
  private int head;
  private int length;

  SendBuffer(int capacity) {
    this.capacity = capacity;
  }

  /** Bytes held. */
  int length() {
    return length;
  }

  /** Room left before the capacity is reached. */
  int free() {
    return capacity - length;
  }

  /** Appends as much of {@code data[offset, offset + count)} as fits; returns how much did. */
  int append(byte[] data, int offset, int count) {
    int taken = Math.min(count, free());
    if (length + taken > ring.length) {
      grow(length + taken);
    }
    int tail = (head + length) % Math.max(ring.length, 1);
    int first = Math.min(taken, ring.length - tail);
    System.arraycopy(data, offset, ring, tail, first);
    System.arraycopy(data, offset + first, ring, 0, taken - first);
    length += taken;
    return taken;
  }

  private void grow(int needed) {
    int size = Math.max(ring.length, INITIAL_SIZE);
    while (size < needed) {
      size *= 2;
    }
    byte[] larger = new byte[Math.min(size, capacity)];
    byte[] held = copy(0, length);
    System.arraycopy(held, 0, larger, 0, length);
    ring = larger;
    head = 0;
  }

  /** A copy of {@code count} bytes starting {@code from} bytes after the oldest. */
  byte[] copy(int from, int count) {
    if (from < 0 || count < 0 || from + count > length) {
      throw new IllegalArgumentException(
          "send buffer range " + from + "+" + count + " is outside 0.." + length);
    }
    byte[] out = new byte[count];
    if (count == 0) {
      return out;
    }
    int start = (head + from) % ring.length;
    int first = Math.min(count, ring.length - start);
    System.arraycopy(ring, start, out, 0, first);
    System.arraycopy(ring, 0, out, first, count - first);
    return out;
  }

  /**
   * Drops the oldest {@code count} bytes (acknowledged); an emptied buffer gives back its memory.
   */
  void consume(int count) {
    if (count < 0 || count > length) {
      throw new IllegalArgumentException(
          "send buffer cannot drop " + count + " bytes, it holds " + length);
    }
    length -= count;
    head = length == 0 ? 0 : (head + count) % ring.length;
    if (length == 0 && ring.length > INITIAL_SIZE) {
      ring = new byte[0];
    }
  }
}
