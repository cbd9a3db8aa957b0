package dev.oasis.runtime.stack.udp;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.udp.UdpDatagram;
import dev.oasis.runtime.stack.Callbacks;
import dev.oasis.runtime.stack.StackConfig;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import dev.oasis.runtime.stack.icmp.IcmpLayer;
import dev.oasis.runtime.stack.ipv4.InboundDatagram;
import dev.oasis.runtime.stack.ipv4.Ipv4Layer;
import dev.oasis.runtime.stack.ipv4.Ipv4Protocol;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * UDP (RFC 768, RFC 1122 4.1): sockets bound to ports, checksums on everything sent, and port
 * unreachable for datagrams to a port nobody bound.
 *
 * <p>A received checksum of zero means none was computed and is accepted; any other must verify. A
 * datagram with no data (length 8) is delivered like any other. Datagrams to a broadcast address
 * are delivered to the bound port too, but never answered with an ICMP error.
 */
public final class UdpLayer implements Ipv4Protocol {

  /** The first port {@link #bind} picks when asked for port 0 (IANA's dynamic range). */
  public static final int FIRST_EPHEMERAL_PORT = 49152;

  /** The most data a datagram can carry over IPv4: 65535 less 20 bytes of IPv4, 8 of UDP. */
  public static final int MAX_DATA_LENGTH = 65507;

  private final StackConfig config;
  private final StackCounters counters;
  private final Ipv4Layer ip;
  private final IcmpLayer icmp;
  private final Map<Integer, UdpSocket> sockets = new HashMap<>();

  /** The layer for {@code config}'s addresses. */
  public UdpLayer(StackConfig config, StackCounters counters, Ipv4Layer ip, IcmpLayer icmp) {
    this.config = config;
    this.counters = counters;
    this.ip = ip;
    this.icmp = icmp;
  }

  /**
   * Binds {@code port}, or a free port from {@value #FIRST_EPHEMERAL_PORT} up if it is 0.
   *
   * @throws IllegalArgumentException if the port is outside 0..65535
   * @throws IllegalStateException if the port is bound already, or no ephemeral port is free
   */
  public UdpSocket bind(int port, UdpReceiver receiver) {
    Objects.requireNonNull(receiver, "receiver");
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException(
          "udp port " + port + " is out of range, expected 0..65535");
    }
    int chosen = port == 0 ? freeEphemeralPort() : port;
    if (sockets.containsKey(chosen)) {
      throw new IllegalStateException("udp port " + chosen + " is already bound");
    }
    UdpSocket socket = new UdpSocket(this, chosen, receiver);
    sockets.put(chosen, socket);
    return socket;
  }

  private int freeEphemeralPort() {
    for (int port = FIRST_EPHEMERAL_PORT; port <= 0xffff; port++) {
      if (!sockets.containsKey(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no udp port is free in " + FIRST_EPHEMERAL_PORT + "..65535");
  }

  void unbind(UdpSocket socket) {
    sockets.remove(socket.port(), socket);
  }

  boolean send(int sourcePort, Ipv4Address destination, int destinationPort, byte[] data) {
    if (data.length > MAX_DATA_LENGTH) {
      throw new IllegalArgumentException(
          "udp data length "
              + data.length
              + " is too long, expected at most "
              + MAX_DATA_LENGTH
              + " (65535 less the ipv4 and udp headers)");
    }
    UdpDatagram datagram = new UdpDatagram(sourcePort, destinationPort, data);
    Ipv4Address source = config.sourceFor(destination);
    boolean sent =
        ip.send(Ipv4Wire.PROTOCOL_UDP, source, destination, datagram.toBytes(source, destination));
    if (sent) {
      counters.increment(StackCounter.UDP_SENT);
    }
    return sent;
  }

  @Override
  public void receive(InboundDatagram datagram) {
    byte[] payload = datagram.payload();
    Ipv4Address source = datagram.header().source();
    Ipv4Address destination = datagram.header().destination();
    ParseResult<UdpDatagram> parsed =
        UdpDatagram.parse(payload, 0, payload.length, source, destination);
    if (!parsed.isOk()) {
      boolean checksum = parsed.error().kind() == ParseError.Kind.BAD_CHECKSUM;
      counters.increment(checksum ? StackCounter.UDP_BAD_CHECKSUM : StackCounter.UDP_MALFORMED);
      return;
    }
    UdpDatagram udp = parsed.value();
    UdpSocket socket = sockets.get(udp.destinationPort());
    if (socket == null) {
      counters.increment(StackCounter.UDP_NO_LISTENER);
      icmp.portUnreachable(datagram);
      return;
    }
    counters.increment(StackCounter.UDP_DELIVERED);
    UdpMessage message =
        new UdpMessage(source, udp.sourcePort(), destination, udp.destinationPort(), udp.data());
    Callbacks.run(counters, "udp receiver", () -> socket.receiver().receive(socket, message));
  }

  /** Bound ports. */
  public int boundPorts() {
    return sockets.size();
  }
}
