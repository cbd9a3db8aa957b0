package dev.oasis.sim.verilator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Feeds whole frames into a device's AXI-Stream sink ({@code s_axis_*}).
 *
 * <p>{@link #send} cuts a frame into beats (full {@code tkeep} except on the last beat, {@code
 * tuser} on every beat) and queues them in the harness, which presents them in order and holds each
 * until the design accepts it. Between beats, {@code tvalid} may stay low for a while: the
 * {@linkplain #validPattern pattern} decides in which cycles a new beat may be offered. The driver
 * records when each frame's first and last beat were accepted.
 */
public final class AxisDriver {

  private final VerilatedDevice device;
  private final StreamPort port;
  private final int dataBytes;
  private final Deque<AxisFrame> unaccepted = new ArrayDeque<>();
  private final List<TimedFrame> accepted = new ArrayList<>();
  private HandshakePattern validPattern = HandshakePattern.always();

  AxisDriver(VerilatedDevice device, StreamPort port, int dataBytes) {
    this.device = device;
    this.port = port;
    this.dataBytes = dataBytes;
  }

  /** Offers new beats only in cycles where {@code pattern} is high (default: every cycle). */
  public AxisDriver validPattern(HandshakePattern pattern) {
    this.validPattern = pattern;
    return this;
  }

  /** The pattern in use. */
  public HandshakePattern validPattern() {
    return validPattern;
  }

  /**
   * Queues one frame.
   *
   * @throws IllegalArgumentException when {@code tuser} does not fit the sink's {@code tuser}
   */
  public void send(AxisFrame frame) {
    checkUser(frame.user());
    byte[] data = frame.rawData();
    int beats = frame.beats(dataBytes);
    byte[] records = new byte[beats * BeatRecords.size(dataBytes)];
    for (int i = 0; i < beats; i++) {
      int offset = i * dataBytes;
      int length = Math.min(dataBytes, data.length - offset);
      long keep = BeatRecords.keepMask(length);
      boolean last = i == beats - 1;
      BeatRecords.write(records, i, dataBytes, data, offset, length, keep, frame.user(), last);
    }
    device.pushSink(records, beats);
    unaccepted.add(frame);
  }

  /** Queues frames in order. */
  public void send(List<AxisFrame> frames) {
    frames.forEach(this::send);
  }

  /** Beats queued and not yet accepted by the design. */
  public int pendingBeats() {
    return device.sinkPending();
  }

  /** Frames whose last beat the design accepted, in order, with their cycles. */
  public List<TimedFrame> accepted() {
    for (long[] span : device.popSinkFrames()) {
      accepted.add(new TimedFrame(unaccepted.remove(), span[0], span[1]));
    }
    return List.copyOf(accepted);
  }

  private void checkUser(long user) {
    int width = port.userWidth();
    boolean fits = width == 64 || (user >>> width) == 0;
    if (!fits) {
      throw new IllegalArgumentException(
          "tuser 0x"
              + Long.toHexString(user)
              + " does not fit the "
              + width
              + "-bit "
              + port.signal("tuser"));
    }
  }
}
