package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.stack.Limits;

/**
 * The parameters of the TCP layer. Times are in nanoseconds.
 *
 * @param receiveWindow the window advertised, also the bound of the out-of-order queue, 1..65535
 *     (window scaling is not offered)
 * @param sendBufferBytes data a connection accepts from {@code write} before it is acknowledged,
 *     1..64 MiB
 * @param initialRtoNanos the retransmission timeout before any round trip was measured (RFC 6298
 *     2.1: 1 s), 1 ms..60 s
 * @param minRtoNanos the least retransmission timeout (RFC 6298 2.4: 1 s), 1 ms..60 s
 * @param maxRtoNanos the greatest retransmission timeout after backoff (RFC 6298 2.5: at least 60
 *     s), at least {@code minRtoNanos}, up to 10 minutes
 * @param maxRetransmissions retransmissions of one segment before the connection is dropped, 1..30
 * @param maxSynRetransmissions retransmissions of a SYN or SYN-ACK before giving up, 1..30
 * @param timeWaitNanos how long a connection stays in TIME_WAIT, 0..10 minutes: shorter than RFC
 *     9293's 2 MSL (4 minutes), long enough to acknowledge a peer's FIN retransmitted after a lost
 *     ACK or two
 * @param finWait2TimeoutNanos how long a connection waits in FIN_WAIT_2 for the peer's FIN, 1 ms..
 *     10 minutes
 * @param maxConnections connections in any state, 1..65536
 * @param backlog connections per listener still in SYN_RECEIVED, 1..65536
 */
public record TcpConfig(
    int receiveWindow,
    int sendBufferBytes,
    long initialRtoNanos,
    long minRtoNanos,
    long maxRtoNanos,
    int maxRetransmissions,
    int maxSynRetransmissions,
    long timeWaitNanos,
    long finWait2TimeoutNanos,
    int maxConnections,
    int backlog) {

  private static final long MILLISECOND = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;
  private static final long TEN_MINUTES = 600 * SECOND;

  /**
   * A 65535-byte window, 256 KiB send buffers, RTO 1 s initially and at least 1 s, backoff up to 60
   * s, 8 retransmissions (5 for the handshake), 2 s TIME_WAIT, 60 s FIN_WAIT_2, 1024 connections,
   * backlog 128.
   */
  public static final TcpConfig DEFAULT =
      new TcpConfig(
          65535,
          256 * 1024,
          SECOND,
          SECOND,
          60 * SECOND,
          8,
          5,
          30 * SECOND,
          60 * SECOND,
          1024,
          128);

  /** Checks the ranges. */
  public TcpConfig {
    Limits.check("tcp receive window", receiveWindow, 1, 65535);
    Limits.check("tcp send buffer bytes", sendBufferBytes, 1, 64 * 1024 * 1024);
    Limits.check("tcp initial rto ns", initialRtoNanos, MILLISECOND, 60 * SECOND);
    Limits.check("tcp min rto ns", minRtoNanos, MILLISECOND, 60 * SECOND);
    Limits.check("tcp max rto ns", maxRtoNanos, minRtoNanos, TEN_MINUTES);
    Limits.check("tcp max retransmissions", maxRetransmissions, 1, 30);
    Limits.check("tcp max syn retransmissions", maxSynRetransmissions, 1, 30);
    Limits.check("tcp time wait ns", timeWaitNanos, 0, TEN_MINUTES);
    Limits.check("tcp fin wait 2 timeout ns", finWait2TimeoutNanos, MILLISECOND, TEN_MINUTES);
    Limits.check("tcp max connections", maxConnections, 1, 65536);
    Limits.check("tcp backlog", backlog, 1, 65536);
  }

  /** This configuration with another TIME_WAIT duration. */
  public TcpConfig withTimeWaitNanos(long nanos) {
    return new TcpConfig(
        receiveWindow,
        sendBufferBytes,
        initialRtoNanos,
        minRtoNanos,
        maxRtoNanos,
        maxRetransmissions,
        maxSynRetransmissions,
        nanos,
        finWait2TimeoutNanos,
        maxConnections,
        backlog);
  }

  /** This configuration with other retransmission limits. */
  public TcpConfig withRetransmissions(int data, int syn) {
    return new TcpConfig(
        receiveWindow,
        sendBufferBytes,
        initialRtoNanos,
        minRtoNanos,
        maxRtoNanos,
        data,
        syn,
        timeWaitNanos,
        finWait2TimeoutNanos,
        maxConnections,
        backlog);
  }

  /** This configuration with other connection limits. */
  public TcpConfig withConnectionLimits(int connections, int listenBacklog) {
    return new TcpConfig(
        receiveWindow,
        sendBufferBytes,
        initialRtoNanos,
        minRtoNanos,
        maxRtoNanos,
        maxRetransmissions,
        maxSynRetransmissions,
        timeWaitNanos,
        finWait2TimeoutNanos,
        connections,
        listenBacklog);
  }

  /** This configuration with another receive window. */
  public TcpConfig withReceiveWindow(int window) {
    return new TcpConfig(
        window,
        sendBufferBytes,
        initialRtoNanos,
        minRtoNanos,
        maxRtoNanos,
        maxRetransmissions,
        maxSynRetransmissions,
        timeWaitNanos,
        finWait2TimeoutNanos,
        maxConnections,
        backlog);
  }
}
