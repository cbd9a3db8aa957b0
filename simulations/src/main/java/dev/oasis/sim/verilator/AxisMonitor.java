package dev.oasis.sim.verilator;

import java.util.List;

/**
 * Collects the frames a device hands out on one AXI-Stream source ({@code m_axis_*} or another).
 *
 * <p>{@code tready} follows the {@linkplain #readyPattern pattern} (default: always high). Every
 * transferred beat is recorded by the harness with its cycle; the monitor joins beats into frames
 * with a {@link FrameAssembler}.
 */
public final class AxisMonitor {

  private final StreamPort port;
  private final int index;
  private final FrameAssembler frames = new FrameAssembler();
  private HandshakePattern readyPattern = HandshakePattern.always();

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
    return frames.frames();
  }

  /** The complete frames received so far, without cycles. */
  public List<AxisFrame> payloads() {
    return frames.frames().stream().map(TimedFrame::frame).toList();
  }

  /** Forgets the frames received so far (a frame in progress is kept). */
  public void clear() {
    frames.clear();
  }

  /** Beats received so far, including those of a frame in progress. */
  public long beats() {
    return frames.beats();
  }

  /** Frames whose beats all had {@code tkeep} zero; they carry no byte and are not listed. */
  public long emptyFrames() {
    return frames.emptyFrames();
  }

  /** Frames cut short by a reset: begun before it, never ended; they are not listed. */
  public long abandonedFrames() {
    return frames.abandonedFrames();
  }

  /** Whether a frame has started and not ended. */
  public boolean inFrame() {
    return frames.inFrame();
  }

  FrameAssembler assembler() {
    return frames;
  }
}
