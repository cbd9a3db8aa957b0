package dev.oasis.sim.verilator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the frames a device hands out on one AXI-Stream source ({@code m_axis_*} or another).
 *
 * <p>{@code tready} follows the {@linkplain #readyPattern pattern} (default: always high). Every
 * transferred beat is recorded by the harness with its cycle; the monitor joins beats into frames
 * at {@code tlast}, keeping the bytes whose {@code tkeep} bit is set (bytes with {@code tkeep} low
 * are null bytes in AXI-Stream and carry nothing).
 */
public final class AxisMonitor {

  private final StreamPort port;
  private final int index;
  private final List<TimedFrame> frames = new ArrayList<>();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private HandshakePattern readyPattern = HandshakePattern.always();
  private long partialUser;
  private long partialFirstCycle = -1;
  private long beats;
  private long emptyFrames;

  AxisMonitor(StreamPort port, int index) {
    this.port = port;
    this.index = index;
  }

  /** Holds {@code tready} high only in cycles where {@code pattern} is high. */
  public AxisMonitor readyPattern(HandshakePattern pattern) {
    this.readyPattern = pattern;
    return this;
  }

  /** The pattern in use. */
  public HandshakePattern readyPattern() {
    return readyPattern;
  }

  /** The source's port. */
  public StreamPort port() {
    return port;
  }

  /** The source's index in the device interface. */
  public int index() {
    return index;
  }

  /** The complete frames received so far, in order, with their cycles. */
  public List<TimedFrame> frames() {
    return List.copyOf(frames);
  }

  /** The complete frames received so far, without cycles. */
  public List<AxisFrame> payloads() {
    return frames.stream().map(TimedFrame::frame).toList();
  }

  /** Forgets the frames received so far (a frame in progress is kept). */
  public void clear() {
    frames.clear();
  }

  /** Beats received so far, including those of a frame in progress. */
  public long beats() {
    return beats;
  }

  /** Frames whose beats all had {@code tkeep} zero; they carry no byte and are not listed. */
  public long emptyFrames() {
    return emptyFrames;
  }

  /** Whether a frame has started and not ended. */
  public boolean inFrame() {
    return partialFirstCycle >= 0;
  }

  void accept(AxisBeat beat, long cycle) {
    beats++;
    if (partialFirstCycle < 0) {
      partialFirstCycle = cycle;
      partialUser = beat.user();
    }
    byte[] data = beat.data();
    for (int i = 0; i < data.length; i++) {
      if ((beat.keep() >>> i & 1) != 0) {
        partial.write(data[i]);
      }
    }
    if (beat.last()) {
      byte[] bytes = partial.toByteArray();
      if (bytes.length > 0) {
        frames.add(new TimedFrame(new AxisFrame(bytes, partialUser), partialFirstCycle, cycle));
      } else {
        emptyFrames++;
      }
      partial.reset();
      partialFirstCycle = -1;
    }
  }
}
