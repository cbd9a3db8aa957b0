package dev.oasis.runtime.stack.tcp;

/**
 * The states of a connection (RFC 9293 3.3.2). A listening port is a {@link TcpListener}, not a
 * connection, so LISTEN is not among them.
 */
public enum TcpState {
  /** Our SYN is sent ({@code connect}); waiting for the peer's SYN-ACK. */
  SYN_SENT,
  /** The peer's SYN arrived and our SYN-ACK is sent; waiting for its acknowledgement. */
  SYN_RECEIVED,
  /** Open in both directions. */
  ESTABLISHED,
  /** We closed; our FIN is queued or sent and not yet acknowledged. */
  FIN_WAIT_1,
  /** Our FIN is acknowledged; waiting for the peer's FIN. */
  FIN_WAIT_2,
  /** The peer closed; we may still send until we close. */
  CLOSE_WAIT,
  /** Both closed at once; waiting for the acknowledgement of our FIN. */
  CLOSING,
  /** The peer closed, then we did; waiting for the acknowledgement of our FIN. */
  LAST_ACK,
  /** Both FINs acknowledged; lingering to answer a retransmitted FIN. */
  TIME_WAIT,
  /** Gone: closed, reset, timed out or aborted. */
  CLOSED;

  /** Whether sequence numbers are synchronised (every state after the handshake's first half). */
  boolean synchronised() {
    return this != SYN_SENT && this != CLOSED;
  }
}
