package dev.oasis.runtime.stack;

/**
 * The source of time for the stack's timers: ARP aging and retries, IPv4 reassembly timeouts, the
 * ICMP rate limit and TCP retransmission.
 *
 * <p>Protocol logic never reads the wall clock; it asks the clock it was given. A test gives a
 * virtual clock and moves it, a slow path can give the timestamps of the packets it handles (so a
 * replayed capture behaves the same), and a live appliance gives {@link #system()}.
 */
@FunctionalInterface
public interface Clock {

  /**
   * The current time in nanoseconds. Only differences matter; the value must never go backwards.
   */
  long nanos();

  /** The JVM's monotonic clock ({@link System#nanoTime()}), for a stack on a live interface. */
  static Clock system() {
    return System::nanoTime;
  }
}
