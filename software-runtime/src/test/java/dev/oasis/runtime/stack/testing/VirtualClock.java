package dev.oasis.runtime.stack.testing;

import dev.oasis.runtime.stack.Clock;

/** A clock that moves only when told to, for reproducible runs of the stack's timers. */
public final class VirtualClock implements Clock {

  private long now;

  /** A clock at {@code start} nanoseconds. */
  public VirtualClock(long start) {
    this.now = start;
  }

  @Override
  public long nanos() {
    return now;
  }

  /** Moves to {@code time}; never backwards. */
  public void advanceTo(long time) {
    if (time < now) {
      throw new IllegalArgumentException(
          "virtual clock cannot go back from " + now + " ns to " + time + " ns");
    }
    now = time;
  }

  /** Moves forward by {@code nanos}. */
  public void advanceBy(long nanos) {
    advanceTo(now + nanos);
  }
}
