package dev.oasis.runtime.stack.testing;

import dev.oasis.runtime.stack.Deadlines;

/** Something attached to an {@link InMemoryNetwork}: a stack, or a scripted peer. */
public interface Endpoint {

  /** Takes a frame the network delivers. */
  void receive(byte[] frame);

  /** Runs timers due at the network clock's time. */
  default void tick() {}

  /** When {@link #tick} next has work, or {@link Deadlines#NONE}. */
  default long nextDeadline() {
    return Deadlines.NONE;
  }
}
