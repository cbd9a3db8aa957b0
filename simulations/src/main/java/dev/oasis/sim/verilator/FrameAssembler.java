package dev.oasis.sim.verilator;

import java.util.ArrayList;
import java.util.Arrays;
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
  private byte[] partial = new byte[2048];
  private int partialLength;
  private long partialUser;
  private long partialFirstCycle = -1;
  private long beats;
  private long emptyFrames;
  private long abandonedFrames;

  /** Adds a beat transferred in {@code cycle}. */
  public void add(AxisBeat beat, long cycle) {
    byte[] data = beat.data();
    add(data, 0, data.length, beat.keep(), beat.last(), beat.user(), cycle);
  }

  /**
   * Adds a beat whose {@code tdata} is {@code length} bytes of {@code data} from {@code offset}.
   */
  void add(byte[] data, int offset, int length, long keep, boolean last, long user, long cycle) {
    beats++;
    if (partialFirstCycle < 0) {
      partialFirstCycle = cycle;
      partialUser = user;
    }
    if (partialLength + length > partial.length) {
      partial = Arrays.copyOf(partial, Math.max(2 * partial.length, partialLength + length));
    }
    if (keep == BeatRecords.keepMask(length)) {
      System.arraycopy(data, offset, partial, partialLength, length);
      partialLength += length;
    } else {
      for (int i = 0; i < length; i++) {
        if ((keep >>> i & 1) != 0) {
          partial[partialLength++] = data[offset + i];
        }
      }
    }
    if (last) {
      if (partialLength > 0) {
        AxisFrame frame = new AxisFrame(Arrays.copyOf(partial, partialLength), partialUser);
        frames.add(new TimedFrame(frame, partialFirstCycle, cycle));
      } else {
        emptyFrames++;
      }
      partialLength = 0;
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

  /** Drops a frame in progress (its source was reset before its last beat), counting it. */
  public void abandonPartial() {
    if (inFrame()) {
      abandonedFrames++;
      partialLength = 0;
      partialFirstCycle = -1;
    }
  }

  /** Frames dropped by {@link #abandonPartial()}. */
  public long abandonedFrames() {
    return abandonedFrames;
  }

  /** Whether a frame has started and not ended. */
  public boolean inFrame() {
    return partialFirstCycle >= 0;
  }
}
