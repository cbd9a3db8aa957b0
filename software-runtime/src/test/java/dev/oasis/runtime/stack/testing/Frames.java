package dev.oasis.runtime.stack.testing;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.tcp.TcpHeader;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.net.udp.UdpDatagram;
import java.util.Arrays;
import java.util.Optional;

/**
 * Builds the frames a scripted peer sends and takes apart the frames a stack sends, with the wire
 * layers of {@code dev.oasis.runtime.net} (whose own tests check them against scapy and tshark).
 */
public final class Frames {

  private Frames() {}

  /** An Ethernet frame carrying an IPv4 datagram with {@code header} and {@code payload}. */
  public static byte[] ipv4(MacAddress to, MacAddress from, Ipv4Header header, byte[] payload) {
    return EthernetHeader.of(to, from, EthernetWire.ETHERTYPE_IPV4).frame(header.datagram(payload));
  }

  /** An unfragmented datagram of {@code protocol}, TTL 64, identification {@code id}. */
  public static byte[] ipv4(
      MacAddress to,
      MacAddress from,
      Ipv4Address source,
      Ipv4Address destination,
      int protocol,
      int id,
      byte[] payload) {
    Ipv4Header header =
        Ipv4Header.builder()
            .source(source)
            .destination(destination)
            .protocol(protocol)
            .identification(id)
            .payloadLength(payload.length)
            .build();
    return ipv4(to, from, header, payload);
  }

  /**
   * A fragment of a datagram from {@code source} to {@code destination}: {@code data} at byte
   * offset {@code offset} (a multiple of 8), MF as {@code more}, TTL 64.
   */
  public static byte[] fragment(
      MacAddress to,
      MacAddress from,
      Ipv4Address source,
      Ipv4Address destination,
      int protocol,
      int id,
      int offset,
      boolean more,
      byte[] data) {
    Ipv4Header header =
        new Ipv4Header(
            0,
            0,
            Ipv4Wire.MIN_HEADER_LENGTH + data.length,
            id,
            false,
            more,
            offset / 8,
            64,
            protocol,
            0,
            source,
            destination,
            new byte[0]);
    return ipv4(to, from, header, data);
  }

  /** A UDP datagram in a frame. */
  public static byte[] udp(
      MacAddress to,
      MacAddress from,
      Ipv4Address source,
      int sourcePort,
      Ipv4Address destination,
      int destinationPort,
      byte[] data) {
    byte[] udp = new UdpDatagram(sourcePort, destinationPort, data).toBytes(source, destination);
    return ipv4(to, from, source, destination, Ipv4Wire.PROTOCOL_UDP, 1, udp);
  }

  /** A TCP segment without options in a frame. */
  public static byte[] tcp(
      MacAddress to,
      MacAddress from,
      Ipv4Address source,
      int sourcePort,
      Ipv4Address destination,
      int destinationPort,
      long seq,
      long ack,
      int flags,
      int window,
      byte[] data) {
    TcpHeader header =
        new TcpHeader(
            sourcePort,
            destinationPort,
            seq & 0xffff_ffffL,
            ack & 0xffff_ffffL,
            flags,
            window,
            0,
            0,
            new byte[0]);
    return tcp(to, from, source, destination, new TcpSegment(header, data));
  }

  /** A TCP segment in a frame, its checksum computed. */
  public static byte[] tcp(
      MacAddress to,
      MacAddress from,
      Ipv4Address source,
      Ipv4Address destination,
      TcpSegment segment) {
    byte[] bytes = segment.toBytes(source, destination);
    return ipv4(to, from, source, destination, Ipv4Wire.PROTOCOL_TCP, 1, bytes);
  }

  /** An ARP packet in a frame. */
  public static byte[] arp(MacAddress to, MacAddress from, ArpPacket packet) {
    return EthernetHeader.of(to, from, EthernetWire.ETHERTYPE_ARP).frame(packet.toBytes());
  }

  /**
   * A frame taken apart down to IPv4.
   *
   * @param ethernet its Ethernet header
   * @param ip its IPv4 header
   * @param payload the IPv4 payload
   */
  public record Ip(EthernetHeader ethernet, Ipv4Header ip, byte[] payload) {}

  /** The IPv4 layer of {@code frame}, or empty if it is not a valid IPv4 frame. */
  public static Optional<Ip> ip(byte[] frame) {
    ParseResult<EthernetHeader> ethernet = EthernetHeader.parse(frame, 0, frame.length);
    if (!ethernet.isOk() || ethernet.value().etherType() != EthernetWire.ETHERTYPE_IPV4) {
      return Optional.empty();
    }
    int offset = ethernet.value().headerLength();
    ParseResult<Ipv4Header> ip = Ipv4Header.parse(frame, offset, frame.length - offset);
    if (!ip.isOk()) {
      return Optional.empty();
    }
    int start = offset + ip.value().headerLength();
    byte[] payload = Arrays.copyOfRange(frame, start, offset + ip.value().totalLength());
    return Optional.of(new Ip(ethernet.value(), ip.value(), payload));
  }

  /** The ARP packet in {@code frame}, or empty. */
  public static Optional<ArpPacket> arp(byte[] frame) {
    ParseResult<EthernetHeader> ethernet = EthernetHeader.parse(frame, 0, frame.length);
    if (!ethernet.isOk() || ethernet.value().etherType() != EthernetWire.ETHERTYPE_ARP) {
      return Optional.empty();
    }
    int offset = ethernet.value().headerLength();
    ParseResult<ArpPacket> arp = ArpPacket.parse(frame, offset, frame.length - offset);
    return arp.isOk() ? Optional.of(arp.value()) : Optional.empty();
  }

  /** The TCP segment in {@code frame} (checksum verified), or empty. */
  public static Optional<TcpSegment> tcp(byte[] frame) {
    Optional<Ip> ip = ip(frame);
    if (ip.isEmpty() || ip.get().ip().protocol() != Ipv4Wire.PROTOCOL_TCP) {
      return Optional.empty();
    }
    byte[] payload = ip.get().payload();
    ParseResult<TcpSegment> segment =
        TcpSegment.parse(
            payload, 0, payload.length, ip.get().ip().source(), ip.get().ip().destination());
    return segment.isOk() ? Optional.of(segment.value()) : Optional.empty();
  }

  /** The UDP datagram in {@code frame} (checksum verified), or empty. */
  public static Optional<UdpDatagram> udp(byte[] frame) {
    Optional<Ip> ip = ip(frame);
    if (ip.isEmpty() || ip.get().ip().protocol() != Ipv4Wire.PROTOCOL_UDP) {
      return Optional.empty();
    }
    byte[] payload = ip.get().payload();
    ParseResult<UdpDatagram> udp =
        UdpDatagram.parse(
            payload, 0, payload.length, ip.get().ip().source(), ip.get().ip().destination());
    return udp.isOk() ? Optional.of(udp.value()) : Optional.empty();
  }
}
