package dev.oasis.runtime.stack.arp;

import dev.oasis.runtime.stack.Limits;

/**
 * The bounds of an {@link ArpCache}.
 *
 * @param maxEntries entries the cache holds, resolved and unresolved, 1..65536
 * @param maxPendingPerAddress datagrams queued while one address is resolved, 1..1024 (the
 *     fragments of one datagram count once); the oldest is dropped when another arrives
 * @param entryLifetimeNanos how long a resolved entry lives after it was last confirmed by an ARP
 *     packet from its owner, 1 ms..1 day
 * @param requestIntervalNanos the time between requests for an unresolved address, 1 ms..1 minute
 * @param maxRequests requests sent for an address before giving up on it, 1..100
 */
public record ArpLimits(
    int maxEntries,
    int maxPendingPerAddress,
    long entryLifetimeNanos,
    long requestIntervalNanos,
    int maxRequests) {

  private static final long MILLISECOND = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;

  /**
   * 256 entries, 3 datagrams pending per address, 60 s lifetime, requests every second, give up
   * after 3 (RFC 1122 2.3.2.1 asks for a retry limit of about one a second).
   */
  public static final ArpLimits DEFAULT = new ArpLimits(256, 3, 60 * SECOND, SECOND, 3);

  /** Checks the ranges. */
  public ArpLimits {
    Limits.check("arp max entries", maxEntries, 1, 65536);
    Limits.check("arp max pending per address", maxPendingPerAddress, 1, 1024);
    Limits.check("arp entry lifetime ns", entryLifetimeNanos, MILLISECOND, 86_400 * SECOND);
    Limits.check("arp request interval ns", requestIntervalNanos, MILLISECOND, 60 * SECOND);
    Limits.check("arp max requests", maxRequests, 1, 100);
  }

  /** These limits with another entry lifetime. */
  public ArpLimits withEntryLifetimeNanos(long nanos) {
    return new ArpLimits(
        maxEntries, maxPendingPerAddress, nanos, requestIntervalNanos, maxRequests);
  }

  /** These limits with another number of entries. */
  public ArpLimits withMaxEntries(int entries) {
    return new ArpLimits(
        entries, maxPendingPerAddress, entryLifetimeNanos, requestIntervalNanos, maxRequests);
  }
}
