package dev.oasis.runtime.stack.udp;

import dev.oasis.runtime.net.Ipv4Address;

/** A UDP port bound with {@link UdpLayer#bind}: sends from that port, receives on it. */
public final class UdpSocket {

  private final UdpLayer layer;
  private final int port;
  private final UdpReceiver receiver;
  private boolean closed;

  UdpSocket(UdpLayer layer, int port, UdpReceiver receiver) {
    this.layer = layer;
    this.port = port;
    this.receiver = receiver;
  }

  /** The bound port. */
  public int port() {
    return port;
  }

  UdpReceiver receiver() {
    return receiver;
  }

  /**
   * Sends {@code data} (up to {@value UdpLayer#MAX_DATA_LENGTH} bytes; fragmented beyond the MTU)
   * to {@code destination} port {@code destinationPort}, with a checksum.
   *
   * @return whether it was sent or queued for ARP; false if there is no route
   * @throws IllegalStateException if the socket is closed
   * @throws IllegalArgumentException naming the value if the port or the length is out of range
   */
  public boolean send(Ipv4Address destination, int destinationPort, byte[] data) {
    if (closed) {
      throw new IllegalStateException("udp socket on port " + port + " is closed");
    }
    return layer.send(port, destination, destinationPort, data);
  }

  /** Releases the port; later datagrams to it are answered with port unreachable. */
  public void close() {
    if (!closed) {
      closed = true;
      layer.unbind(this);
    }
  }

  /** Whether {@link #close} was called. */
  public boolean isClosed() {
    return closed;
  }

  @Override
  public String toString() {
    return "UdpSocket[port " + port + (closed ? ", closed" : "") + "]";
  }
}
