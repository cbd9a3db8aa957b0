package dev.oasis.runtime.stack.tcp;

/**
 * Receives the connections a {@link TcpListener} accepts, once each completes the three-way
 * handshake. It should set the connection's callbacks before returning: data in the segment that
 * completed the handshake is delivered right after.
 */
@FunctionalInterface
public interface TcpAcceptor {

  /** Handles a newly established connection; called on the stack's thread. */
  void accept(TcpConnection connection);
}
