package dev.oasis.runtime.slowpath;

import java.util.List;

/**
 * What the slow path did with a punted packet: the frames to send, and whether the runner should
 * write the packet, with its {@link PuntMetadata}, to the host port.
 *
 * @param emissions frames to send, in order
 * @param deliverToHost whether the packet goes to the host port unchanged (no standard handler)
 */
public record SlowPathResult(List<Emission> emissions, boolean deliverToHost) {

  private static final SlowPathResult NOTHING = new SlowPathResult(List.of(), false);
  private static final SlowPathResult TO_HOST = new SlowPathResult(List.of(), true);

  /** Copies the list. */
  public SlowPathResult {
    emissions = List.copyOf(emissions);
  }

  /** Nothing to send, nothing for the host. */
  public static SlowPathResult nothing() {
    return NOTHING;
  }

  /** Deliver the packet to the host port; nothing to send. */
  public static SlowPathResult toHost() {
    return TO_HOST;
  }

  /** Send one frame. */
  public static SlowPathResult emit(Emission emission) {
    return new SlowPathResult(List.of(emission), false);
  }
}
