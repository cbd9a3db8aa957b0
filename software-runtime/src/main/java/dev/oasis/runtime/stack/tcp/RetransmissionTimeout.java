package dev.oasis.runtime.stack.tcp;

/**
 * The retransmission timeout of RFC 6298, in nanoseconds.
 *
 * <ul>
 *   <li>Before any measurement: the initial RTO (2.1).
 *   <li>First measurement R: SRTT = R, RTTVAR = R/2 (2.2).
 *   <li>Later ones: RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R|, then SRTT = 7/8 SRTT + 1/8 R (2.3).
 *   <li>RTO = SRTT + max(G, 4 RTTVAR), with G = {@value #GRANULARITY_NANOS} ns, clamped to the
 *       configured minimum and maximum (2.4, 2.5).
 *   <li>Each expiry doubles it, up to the maximum (5.5). The backoff ends with the next
 *       measurement, or when an acknowledgement of new data shows the path works again ({@link
 *       #endBackOff}, as lwIP does): without timestamps, losses would otherwise keep every
 *       measurement ambiguous and the backoff in place for the rest of the connection.
 * </ul>
 *
 * <p>Measurements follow Karn's rule, enforced by the caller: none from retransmitted segments.
 */
final class RetransmissionTimeout {

  /** The clock granularity G. */
  static final long GRANULARITY_NANOS = 1_000_000L;

  private final long min;
  private final long max;
  private final long initial;
  private long srtt;
  private long rttvar;
  private boolean measured;
  private long rto;

  RetransmissionTimeout(TcpConfig config) {
    this.min = config.minRtoNanos();
    this.max = config.maxRtoNanos();
    this.initial = Math.min(max, Math.max(min, config.initialRtoNanos()));
    this.rto = initial;
  }

  /** The current timeout. */
  long current() {
    return rto;
  }

  /** Takes a round-trip measurement. */
  void measure(long rtt) {
    long r = Math.max(0, rtt);
    if (!measured) {
      measured = true;
      srtt = r;
      rttvar = r / 2;
    } else {
      rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
      srtt = (7 * srtt + r) / 8;
    }
    rto = computed();
  }

  private long computed() {
    return Math.min(max, Math.max(min, srtt + Math.max(GRANULARITY_NANOS, 4 * rttvar)));
  }

  /** Drops any backoff: the timeout computed from the measurements, or the initial one. */
  void endBackOff() {
    rto = measured ? computed() : initial;
  }

  /** Doubles the timeout after an expiry, up to the maximum. */
  void backOff() {
    rto = Math.min(max, rto * 2);
  }
}
