package dev.oasis.runtime.stack.tcp;

/** Why a connection ended, as {@link TcpConnection#onClosed} reports it. */
public enum TcpCloseReason {
  /**
   * An orderly close: both FINs exchanged (reported on entering TIME_WAIT or CLOSED), or our FIN
   * acknowledged and the peer's never came within the FIN_WAIT_2 timeout.
   */
  CLOSED,
  /** The peer sent a reset, or refused our connection. */
  RESET,
  /** A segment was retransmitted the configured number of times without acknowledgement. */
  TIMED_OUT,
  /** We aborted it ({@link TcpConnection#abort}), sending a reset. */
  ABORTED
}
