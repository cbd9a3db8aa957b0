package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.net.ipv4.Ipv4Header;

/**
 * An IPv4 datagram in a received Ethernet frame, with both headers parsed and validated.
 *
 * @param frame the whole frame
 * @param ethernet its Ethernet header
 * @param ip its IPv4 header
 * @param ipOffset where the IPv4 header starts in {@code frame}
 */
record ReceivedDatagram(byte[] frame, EthernetHeader ethernet, Ipv4Header ip, int ipOffset) {

  /** Where the IPv4 payload starts in {@code frame}. */
  int payloadOffset() {
    return ipOffset + ip.headerLength();
  }

  /** Parses the Ethernet header, requires EtherType IPv4, and parses the IPv4 header. */
  static ParseResult<ReceivedDatagram> parse(byte[] frame) {
    ParseResult<EthernetHeader> ethernet = EthernetHeader.parse(frame, 0, frame.length);
    if (ethernet instanceof ParseResult.Failed<EthernetHeader> failed) {
      return failed.cast();
    }
    EthernetHeader header = ethernet.value();
    if (header.etherType() != EthernetWire.ETHERTYPE_IPV4) {
      int field = header.vlan().isPresent() ? EthernetWire.VLAN_ETHERTYPE : EthernetWire.ETHERTYPE;
      return ParseResult.failed(
          ParseError.invalid("ethernet", "ethertype", field, header.etherType(), "2048 (ipv4)"));
    }
    int ipOffset = header.headerLength();
    return Ipv4Header.parse(frame, ipOffset, frame.length - ipOffset)
        .map(ip -> new ReceivedDatagram(frame, header, ip, ipOffset));
  }
}
