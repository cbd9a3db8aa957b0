package dev.oasis.runtime.iface;

/**
 * A reusable set of frame buffers with, for each frame, its length, port and timestamp.
 *
 * <p>A batch is allocated once with a fixed number of buffers ({@link #capacity()}) of a fixed size
 * ({@link #bufferBytes()}); receiving and sending then move bytes in and out of these buffers, so
 * the packet path allocates nothing. Frames occupy indexes {@code 0 .. size() - 1}.
 *
 * <pre>{@code
 * PacketBatch batch = new PacketBatch(64, PacketBatch.DEFAULT_BUFFER_BYTES);
 * while (running) {
 *   batch.clear();
 *   if (in.receive(batch, 10_000_000L) == PacketInterface.END_OF_INPUT) break;
 *   ... process batch.buffer(i)[0 .. batch.length(i)) ...
 *   out.send(batch);
 * }
 * }</pre>
 *
 * <p>Filling by hand: {@link #add} copies a frame in; a backend that writes straight into {@link
 * #nextBuffer()} then calls {@link #commit}. A batch is not thread-safe.
 */
public final class PacketBatch {

  /** Buffer size that holds any Ethernet frame of a 1500-byte MTU, VLAN tags included: 2048. */
  public static final int DEFAULT_BUFFER_BYTES = 2048;

  /** The largest buffer size: the largest IPv4 datagram plus an Ethernet and a VLAN header. */
  public static final int MAX_BUFFER_BYTES = 65_535 + 18;

  /** The largest port number. */
  public static final int MAX_PORT = 0xffff;

  private final byte[][] buffers;
  private final int[] lengths;
  private final int[] ports;
  private final long[] timestamps;
  private final int bufferBytes;
  private int size;

  /**
   * A batch of {@code capacity} buffers of {@code bufferBytes} bytes each.
   *
   * @throws IllegalArgumentException if {@code capacity} is below 1 or {@code bufferBytes} is
   *     outside 14 (an Ethernet header) .. {@link #MAX_BUFFER_BYTES}
   */
  public PacketBatch(int capacity, int bufferBytes) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "batch capacity " + capacity + " is below 1; expected 1 or more frames");
    }
    if (bufferBytes < 14 || bufferBytes > MAX_BUFFER_BYTES) {
      throw new IllegalArgumentException(
          "batch buffer size "
              + bufferBytes
              + " is out of range; expected 14 to "
              + MAX_BUFFER_BYTES
              + " bytes");
    }
    this.buffers = new byte[capacity][bufferBytes];
    this.lengths = new int[capacity];
    this.ports = new int[capacity];
    this.timestamps = new long[capacity];
    this.bufferBytes = bufferBytes;
  }

  /** How many frames the batch holds at most. */
  public int capacity() {
    return buffers.length;
  }

  /** The size of each buffer: the longest frame the batch holds. */
  public int bufferBytes() {
    return bufferBytes;
  }

  /** How many frames the batch holds now. */
  public int size() {
    return size;
  }

  /** Whether no frame can be added. */
  public boolean isFull() {
    return size == buffers.length;
  }

  /** Whether the batch holds no frame. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Empties the batch; the buffers are kept. */
  public void clear() {
    size = 0;
  }

  /** The buffer of frame {@code index}; its first {@link #length(int)} bytes are the frame. */
  public byte[] buffer(int index) {
    checkIndex(index);
    return buffers[index];
  }

  /** The length of frame {@code index} in bytes. */
  public int length(int index) {
    checkIndex(index);
    return lengths[index];
  }

  /** The port of frame {@code index}: where it came from, or where it goes. */
  public int port(int index) {
    checkIndex(index);
    return ports[index];
  }

  /** The timestamp of frame {@code index}, nanoseconds since 1970 (0 when unknown). */
  public long timestampNanos(int index) {
    checkIndex(index);
    return timestamps[index];
  }

  /** Changes the port of frame {@code index}, e.g. to route it before sending. */
  public void setPort(int index, int port) {
    checkIndex(index);
    ports[index] = checkPort(port);
  }

  /**
   * The buffer the next frame goes into, to be filled and then {@link #commit committed}.
   *
   * @throws IllegalStateException if the batch is full
   */
  public byte[] nextBuffer() {
    if (isFull()) {
      throw new IllegalStateException("batch is full at " + size + " frames");
    }
    return buffers[size];
  }

  /**
   * Appends the frame written into {@link #nextBuffer()}.
   *
   * @return the frame's index
   * @throws IllegalArgumentException if {@code length} or {@code port} is out of range
   * @throws IllegalStateException if the batch is full
   */
  public int commit(int length, int port, long timestampNanos) {
    if (isFull()) {
      throw new IllegalStateException("batch is full at " + size + " frames");
    }
    if (length < 0 || length > bufferBytes) {
      throw new IllegalArgumentException(
          "frame length " + length + " is out of range; expected 0 to " + bufferBytes + " bytes");
    }
    lengths[size] = length;
    ports[size] = checkPort(port);
    timestamps[size] = timestampNanos;
    return size++;
  }

  /**
   * Copies {@code length} bytes of {@code frame} from {@code offset} into the next buffer.
   *
   * @return the frame's index
   * @throws IllegalArgumentException if {@code length} exceeds {@link #bufferBytes()} or the port
   *     is out of range
   * @throws IllegalStateException if the batch is full
   */
  public int add(byte[] frame, int offset, int length, int port, long timestampNanos) {
    if (length < 0 || length > bufferBytes) {
      throw new IllegalArgumentException(
          "frame length " + length + " is out of range; expected 0 to " + bufferBytes + " bytes");
    }
    System.arraycopy(frame, offset, nextBuffer(), 0, length);
    return commit(length, port, timestampNanos);
  }

  /** Copies a whole frame in, with timestamp 0. See {@link #add(byte[], int, int, int, long)}. */
  public int add(byte[] frame, int port) {
    return add(frame, 0, frame.length, port, 0);
  }

  /** A copy of frame {@code index}'s bytes (allocates; for tests and the slow path). */
  public byte[] copyOf(int index) {
    byte[] copy = new byte[length(index)];
    System.arraycopy(buffers[index], 0, copy, 0, copy.length);
    return copy;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "frame index " + index + " is out of range; the batch holds " + size + " frames");
    }
  }

  private static int checkPort(int port) {
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException(
          "port " + port + " is out of range; expected 0 to " + MAX_PORT);
    }
    return port;
  }
}
