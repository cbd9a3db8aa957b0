package dev.oasis.runtime.stack.tcp;

import dev.oasis.runtime.net.Ipv4Address;
import java.util.Objects;

/**
 * The four numbers that name a connection.
 *
 * @param localAddress our address
 * @param localPort our port
 * @param remoteAddress the peer's address
 * @param remotePort the peer's port
 */
public record ConnectionId(
    Ipv4Address localAddress, int localPort, Ipv4Address remoteAddress, int remotePort) {

  /** Checks that no address is null. */
  public ConnectionId {
    Objects.requireNonNull(localAddress, "localAddress");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
  }

  @Override
  public String toString() {
    return localAddress + ":" + localPort + " <-> " + remoteAddress + ":" + remotePort;
  }
}
