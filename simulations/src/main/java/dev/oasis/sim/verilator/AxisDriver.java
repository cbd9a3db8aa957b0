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

  private static final int POP_FRAMES = 256;

  private final NativeSim sim;
  private final StreamPort port;
  private final int dataBytes;
  private final Deque<AxisFrame> unaccepted = new ArrayDeque<>();
  private final List<TimedFrame> accepted = new ArrayList<>();
  private HandshakePattern validPattern = HandshakePattern.always();

  AxisDriver(NativeSim sim, StreamPort port, int dataBytes) {
    this.sim = sim;
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

  /** The sink's port. */
  public StreamPort port() {
    return port;
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
    sim.check("oasis_sim_sink_push", sim.lib().oasis_sim_sink_push(sim.handle(), records, beats));
    unaccepted.add(frame);
  }

  /** Queues frames in order. */
  public void send(List<AxisFrame> frames) {
    frames.forEach(this::send);
  }

  /** Beats queued and not yet accepted by the design. */
  public int pendingBeats() {
    return sim.check("oasis_sim_sink_pending", sim.lib().oasis_sim_sink_pending(sim.handle()));
  }

  /** Frames whose last beat the design accepted, in order, with their cycles. */
  public List<TimedFrame> accepted() {
    long[] spans = new long[2 * POP_FRAMES];
    int n;
    do {
      n =
          sim.check(
              "oasis_sim_sink_frames_pop",
              sim.lib().oasis_sim_sink_frames_pop(sim.handle(), spans, POP_FRAMES));
      for (int i = 0; i < n; i++) {
        accepted.add(new TimedFrame(unaccepted.remove(), spans[2 * i], spans[2 * i + 1]));
      }
    } while (n == POP_FRAMES);
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
