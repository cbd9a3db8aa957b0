package dev.oasis.runtime.slowpath;

/**
 * A token bucket driven by packet timestamps, in exact integer arithmetic so that any two
 * implementations given the same timestamps make the same decisions.
 *
 * <p>Tokens are counted in units of 1/10^9 of a token. The bucket starts full at the first
 * timestamp it sees; each later timestamp adds {@code elapsed nanoseconds * perSecond} units, up to
 * {@code burst * 10^9}. A timestamp earlier than the last one (a capture out of order) adds nothing
 * and does not move the clock back. Each permitted event takes 10^9 units.
 */
final class TokenBucket {

  private static final long UNITS_PER_TOKEN = 1_000_000_000L;

  private final long perSecond;
  private final long capacity;
  private long units;
  private long lastNanos;
  private boolean started;

  TokenBucket(IcmpRateLimit limit) {
    this.perSecond = limit.perSecond();
    this.capacity = limit.burst() * UNITS_PER_TOKEN;
  }

  /** Whether an event at {@code nowNanos} is allowed; takes a token if so. */
  boolean tryTake(long nowNanos) {
    refill(nowNanos);
    if (units < UNITS_PER_TOKEN) {
      return false;
    }
    units -= UNITS_PER_TOKEN;
    return true;
  }

  private void refill(long nowNanos) {
    if (!started) {
      started = true;
      units = capacity;
      lastNanos = nowNanos;
      return;
    }
    if (nowNanos <= lastNanos) {
      return;
    }
    long elapsed = nowNanos - lastNanos;
    lastNanos = nowNanos;
    // time to fill an empty bucket; beyond it the bucket is simply full (and nothing overflows)
    if (perSecond == 0) {
      return;
    }
    long fillNanos = capacity / perSecond + 1;
    boolean fills = elapsed < 0 || elapsed >= fillNanos; // elapsed < 0: the subtraction overflowed
    units = fills ? capacity : Math.min(capacity, units + elapsed * perSecond);
  }
}
