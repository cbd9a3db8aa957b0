package dev.oasis.runtime.stack.udp;

/** Receives the datagrams that arrive on a {@link UdpSocket}. */
@FunctionalInterface
public interface UdpReceiver {

  /** Handles one datagram; called on the stack's thread. */
  void receive(UdpSocket socket, UdpMessage message);
}
