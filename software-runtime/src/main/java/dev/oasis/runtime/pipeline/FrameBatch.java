package dev.oasis.runtime.pipeline;

/**
 * A batch of frames for {@link CompiledPipeline#process(FrameBatch)}, with one reusable {@link
 * PacketOutput} per slot. Fill it with {@link #add}, process it, read {@link #output}, {@link
 * #clear} it and fill it again: nothing is allocated after construction.
 */
public final class FrameBatch {
  private final byte[][] frames;
  private final int[] lengths;
  private final int[] ports;
  private final long[] timestamps;
  private final PacketOutput[] outputs;
  private int size;

  public FrameBatch(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("batch capacity " + capacity + " is not 1 or more");
    }
    frames = new byte[capacity][];
    lengths = new int[capacity];
    ports = new int[capacity];
    timestamps = new long[capacity];
    outputs = new PacketOutput[capacity];
    for (int i = 0; i < capacity; i++) {
      outputs[i] = new PacketOutput();
    }
  }

  public int capacity() {
    return frames.length;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  /**
   * Adds the first {@code length} bytes of {@code frame} (not copied: keep it unchanged until the
   * batch is processed); false if the batch is full.
   */
  public boolean add(byte[] frame, int length, int ingressPort, long timestampNanos) {
    if (size == frames.length) {
      return false;
    }
    frames[size] = frame;
    lengths[size] = length;
    ports[size] = ingressPort;
    timestamps[size] = timestampNanos;
    size++;
    return true;
  }

  public byte[] frame(int i) {
    return frames[i];
  }

  public int length(int i) {
    return lengths[i];
  }

  public int port(int i) {
    return ports[i];
  }

  public long timestamp(int i) {
    return timestamps[i];
  }

  /** The outcome of frame {@code i} once the batch is processed. */
  public PacketOutput output(int i) {
    return outputs[i];
  }
}
