package dev.oasis.runtime.slowpath;

/**
 * The token bucket that limits the ICMP errors one slow path sends: up to {@code burst} at once,
 * refilled at {@code perSecond}. Echo replies and ARP replies are not limited.
 *
 * @param perSecond refill rate in errors per second, 0..1,000,000,000 (0 allows only the burst)
 * @param burst bucket size, 1..1,000,000
 */
public record IcmpRateLimit(long perSecond, long burst) {

  /** 1000 errors a second with bursts of 100. */
  public static final IcmpRateLimit DEFAULT = new IcmpRateLimit(1000, 100);

  /** Checks the ranges (chosen so the bucket's nanosecond arithmetic cannot overflow). */
  public IcmpRateLimit {
    if (perSecond < 0 || perSecond > 1_000_000_000L) {
      throw new IllegalArgumentException(
          "icmp rate limit of "
              + perSecond
              + " per second is out of range, expected "
              + "0..1000000000");
    }
    if (burst < 1 || burst > 1_000_000L) {
      throw new IllegalArgumentException(
          "icmp rate limit burst " + burst + " is out of range, expected 1..1000000");
    }
  }
}
