package dev.oasis.runtime.stack.udp;

import dev.oasis.runtime.net.Ipv4Address;
import java.util.Objects;

/**
 * A UDP datagram delivered to a {@link UdpSocket}.
 *
 * @param source the sender's address
 * @param sourcePort the sender's port, 0 if it expects no answer
 * @param destination the address it was sent to: ours, or a broadcast address
 * @param destinationPort the socket's port
 * @param data the data (the receiver owns the array)
 */
public record UdpMessage(
    Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort, byte[] data) {

  /** Checks that nothing is null. */
  public UdpMessage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(data, "data");
  }
}
