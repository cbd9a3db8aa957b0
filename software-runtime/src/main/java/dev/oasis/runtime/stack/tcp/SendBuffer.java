package dev.oasis.runtime.stack.tcp;

/**
 * The bytes a connection was given to send and has not yet seen acknowledged, in a ring of fixed
 * capacity. Offsets are from the oldest unacknowledged byte.
 */
final class SendBuffer {

  private final byte[] ring;
  private int head;
  private int length;

  SendBuffer(int capacity) {
    this.ring = new byte[capacity];
  }

  /** Bytes held. */
  int length() {
    return length;
  }

  /** Room left. */
  int free() {
    return ring.length - length;
  }

  /** Appends as much of {@code data[offset, offset + count)} as fits; returns how much did. */
  int append(byte[] data, int offset, int count) {
    int taken = Math.min(count, free());
    int tail = (head + length) % ring.length;
    int first = Math.min(taken, ring.length - tail);
    System.arraycopy(data, offset, ring, tail, first);
    System.arraycopy(data, offset + first, ring, 0, taken - first);
    length += taken;
    return taken;
  }

  /** A copy of {@code count} bytes starting {@code from} bytes after the oldest. */
  byte[] copy(int from, int count) {
    if (from < 0 || count < 0 || from + count > length) {
      throw new IllegalArgumentException(
          "send buffer range " + from + "+" + count + " is outside 0.." + length);
    }
    byte[] out = new byte[count];
    int start = (head + from) % ring.length;
    int first = Math.min(count, ring.length - start);
    System.arraycopy(ring, start, out, 0, first);
    System.arraycopy(ring, 0, out, first, count - first);
    return out;
  }

  /** Drops the oldest {@code count} bytes (acknowledged). */
  void consume(int count) {
    if (count < 0 || count > length) {
      throw new IllegalArgumentException(
          "send buffer cannot drop " + count + " bytes, it holds " + length);
    }
    head = (head + count) % ring.length;
    length -= count;
  }
}
