package dev.oasis.sim.verilator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins transferred AXI-Stream beats into frames at {@code tlast}.
 *
 * <p>A frame keeps the bytes whose {@code tkeep} bit is set (bytes with {@code tkeep} low are null
 * bytes in AXI-Stream and carry nothing) and the {@code tuser} of its first beat. A frame whose
 * beats all had {@code tkeep} zero has no byte; it is counted, not listed.
 */
public final class FrameAssembler {

  private final List<TimedFrame> frames = new ArrayList<>();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private long partialUser;
  private long partialFirstCycle = -1;
  private long beats;
  private long emptyFrames;

  /** Adds a beat transferred in {@code cycle}. */
  public void add(AxisBeat beat, long cycle) {
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

  /** The complete frames so far, in order. */
  public List<TimedFrame> frames() {
    return List.copyOf(frames);
  }

  /** Forgets the complete frames so far; a frame in progress is kept. */
  public void clear() {
    frames.clear();
  }

  /** Beats added so far, including those of a frame in progress. */
  public long beats() {
    return beats;
  }

  /** Frames that carried no byte. */
  public long emptyFrames() {
    return emptyFrames;
  }

  /** Whether a frame has started and not ended. */
  public boolean inFrame() {
    return partialFirstCycle >= 0;
  }
}
