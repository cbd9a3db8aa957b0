package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;

/**
 * Builds the ICMP frames the slow path sends, numbering their IPv4 identification field from 0 in
 * the order they are built (so runs are reproducible).
 */
final class ReplyFrames {

  /** TTL of every datagram the slow path originates. */
  static final int TTL = 64;

  private int nextIdentification;

  /**
   * A frame carrying {@code icmp} from {@code source} to {@code destination}, sent back to the
   * sender of {@code received} from {@code port}'s MAC on the same VLAN.
   */
  byte[] icmp(
      EthernetHeader received,
      ApplianceInterface port,
      Ipv4Address source,
      Ipv4Address destination,
      int dscp,
      IcmpMessage icmp) {
    Ipv4Header header =
        Ipv4Header.builder()
            .protocol(Ipv4Wire.PROTOCOL_ICMP)
            .source(source)
            .destination(destination)
            .ttl(TTL)
            .dscp(dscp)
            .identification(nextIdentification)
            .payloadLength(icmp.length())
            .build();
    nextIdentification = (nextIdentification + 1) & 0xffff;
    return received
        .replyFrom(port.mac(), EthernetWire.ETHERTYPE_IPV4)
        .frame(header.datagram(icmp.toBytes()));
  }
}
