package dev.oasis.runtime.stack.icmp;

import dev.oasis.runtime.slowpath.IcmpRateLimit;

/**
 * A token bucket for the ICMP errors a stack sends, in integer arithmetic on the stack's clock.
 *
 * <p>The bucket holds up to {@code burst} tokens and starts full; {@code perSecond} tokens flow in
 * each second. Tokens are counted in billionths so that a refill over any number of nanoseconds is
 * exact. Time that goes backwards adds nothing.
 */
public final class IcmpRateLimiter {

  private static final long UNITS_PER_TOKEN = 1_000_000_000L;

  private final long perSecond;
  private final long capacity;
  private long units;
  private long last;
  private boolean started;

  /** A full bucket for {@code limit}. */
  public IcmpRateLimiter(IcmpRateLimit limit) {
    this.perSecond = limit.perSecond();
    this.capacity = limit.burst() * UNITS_PER_TOKEN;
    this.units = capacity;
  }

  /** Whether an error may be sent at {@code now}; takes a token if so. */
  public boolean tryTake(long now) {
    refill(now);
    if (units < UNITS_PER_TOKEN) {
      return false;
    }
    units -= UNITS_PER_TOKEN;
    return true;
  }

  private void refill(long now) {
    if (!started) {
      started = true;
      last = now;
      return;
    }
    long elapsed = now - last;
    if (elapsed <= 0) {
      return;
    }
    last = now;
    // beyond the time an empty bucket takes to fill it is simply full; this also bounds the product
    long fillNanos = perSecond == 0 ? Long.MAX_VALUE : capacity / perSecond + 1;
    units = elapsed >= fillNanos ? capacity : Math.min(capacity, units + elapsed * perSecond);
  }
}
