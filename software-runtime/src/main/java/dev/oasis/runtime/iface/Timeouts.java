package dev.oasis.runtime.iface;

/** Checks and conversions of receive timeouts. */
final class Timeouts {

  private Timeouts() {}

  /** Checks that {@code timeoutNanos} is not negative. */
  static void check(long timeoutNanos) {
    if (timeoutNanos < 0) {
      throw new IllegalArgumentException(
          "receive timeout " + timeoutNanos + " ns is negative; expected 0 or more");
    }
  }

  /** The milliseconds {@code poll} waits for the time left until {@code deadline}, rounded up. */
  static int pollMillis(long deadlineNanos) {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
  }

  /** {@code System.nanoTime() + timeoutNanos}, saturated. */
  static long deadline(long timeoutNanos) {
    long now = System.nanoTime();
    long deadline = now + timeoutNanos;
    return deadline < now ? Long.MAX_VALUE : deadline;
  }
}
