package dev.oasis.runtime.net.arp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Objects;
import java.util.Optional;

/**
 * An ARP request or reply for IPv4 over Ethernet.
 *
 * @param operation {@link ArpWire#OPERATION_REQUEST} or {@link ArpWire#OPERATION_REPLY}
 * @param senderMac sender hardware address
 * @param senderIp sender protocol address
 * @param targetMac target hardware address (usually zero in a request)
 * @param targetIp target protocol address
 */
public record ArpPacket(
    int operation,
    MacAddress senderMac,
    Ipv4Address senderIp,
    MacAddress targetMac,
    Ipv4Address targetIp) {

  private static final String PROTOCOL = "arp";

  /** Checks the operation and that no address is null. */
  public ArpPacket {
    if (operation != ArpWire.OPERATION_REQUEST && operation != ArpWire.OPERATION_REPLY) {
      throw new IllegalArgumentException(
          "arp operation " + operation + " is not supported, expected 1 (request) or 2 (reply)");
    }
    Objects.requireNonNull(senderMac, "senderMac");
    Objects.requireNonNull(senderIp, "senderIp");
    Objects.requireNonNull(targetMac, "targetMac");
    Objects.requireNonNull(targetIp, "targetIp");
  }

  /** A request from {@code senderMac}/{@code senderIp} asking who has {@code targetIp}. */
  public static ArpPacket request(
      MacAddress senderMac, Ipv4Address senderIp, Ipv4Address targetIp) {
    return new ArpPacket(ArpWire.OPERATION_REQUEST, senderMac, senderIp, MacAddress.ZERO, targetIp);
  }

  /**
   * Parses an ARP packet from {@code length} bytes at {@code offset}. Bytes beyond the 28 of the
   * packet (Ethernet padding) are ignored.
   *
   * <p>Refused, naming the field: truncation, a hardware type other than Ethernet (1), a protocol
   * type other than IPv4 (0x0800), address lengths other than 6 and 4, operations other than 1 and
   * 2.
   */
  public static ParseResult<ArpPacket> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, ArpWire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    int hardwareType = Bytes.u16(buffer, offset + ArpWire.HARDWARE_TYPE);
    if (hardwareType != ArpWire.HARDWARE_TYPE_ETHERNET) {
      return invalid("hardware type", ArpWire.HARDWARE_TYPE, hardwareType, "1 (ethernet)");
    }
    int protocolType = Bytes.u16(buffer, offset + ArpWire.PROTOCOL_TYPE);
    if (protocolType != ArpWire.PROTOCOL_TYPE_IPV4) {
      return invalid("protocol type", ArpWire.PROTOCOL_TYPE, protocolType, "2048 (0x0800, ipv4)");
    }
    int hardwareLength = Bytes.u8(buffer, offset + ArpWire.HARDWARE_LENGTH);
    if (hardwareLength != MacAddress.LENGTH) {
      return invalid("hardware address length", ArpWire.HARDWARE_LENGTH, hardwareLength, "6");
    }
    int protocolLength = Bytes.u8(buffer, offset + ArpWire.PROTOCOL_LENGTH);
    if (protocolLength != Ipv4Address.LENGTH) {
      return invalid("protocol address length", ArpWire.PROTOCOL_LENGTH, protocolLength, "4");
    }
    int operation = Bytes.u16(buffer, offset + ArpWire.OPERATION);
    if (operation != ArpWire.OPERATION_REQUEST && operation != ArpWire.OPERATION_REPLY) {
      return invalid("operation", ArpWire.OPERATION, operation, "1 (request) or 2 (reply)");
    }

    return ParseResult.ok(
        new ArpPacket(
            operation,
            MacAddress.read(buffer, offset + ArpWire.SENDER_HARDWARE_ADDRESS),
            Ipv4Address.read(buffer, offset + ArpWire.SENDER_PROTOCOL_ADDRESS),
            MacAddress.read(buffer, offset + ArpWire.TARGET_HARDWARE_ADDRESS),
            Ipv4Address.read(buffer, offset + ArpWire.TARGET_PROTOCOL_ADDRESS)));
  }

  private static ParseResult<ArpPacket> invalid(
      String field, int fieldOffset, int value, String expected) {
    return ParseResult.failed(ParseError.invalid(PROTOCOL, field, fieldOffset, value, expected));
  }

  /** Whether this is a request. */
  public boolean isRequest() {
    return operation == ArpWire.OPERATION_REQUEST;
  }

  /** Whether this is a reply. */
  public boolean isReply() {
    return operation == ArpWire.OPERATION_REPLY;
  }

  /**
   * Whether this is a gratuitous ARP (an announcement): the sender protocol address equals the
   * target protocol address. An ARP probe (RFC 5227, sender 0.0.0.0) is not gratuitous.
   */
  public boolean isGratuitous() {
    return senderIp.equals(targetIp);
  }

  /**
   * The reply to this request from the owner of {@link #targetIp()}: sender {@code ownMac} and this
   * request's target address, target this request's sender.
   */
  public ArpPacket answer(MacAddress ownMac) {
    return new ArpPacket(ArpWire.OPERATION_REPLY, ownMac, targetIp, senderMac, senderIp);
  }

  /** Writes the 28 bytes at {@code offset} and returns the length written. */
  public int writeTo(byte[] buffer, int offset) {
    Bytes.put16(buffer, offset + ArpWire.HARDWARE_TYPE, ArpWire.HARDWARE_TYPE_ETHERNET);
    Bytes.put16(buffer, offset + ArpWire.PROTOCOL_TYPE, ArpWire.PROTOCOL_TYPE_IPV4);
    Bytes.put8(buffer, offset + ArpWire.HARDWARE_LENGTH, MacAddress.LENGTH);
    Bytes.put8(buffer, offset + ArpWire.PROTOCOL_LENGTH, Ipv4Address.LENGTH);
    Bytes.put16(buffer, offset + ArpWire.OPERATION, operation);
    senderMac.writeTo(buffer, offset + ArpWire.SENDER_HARDWARE_ADDRESS);
    senderIp.writeTo(buffer, offset + ArpWire.SENDER_PROTOCOL_ADDRESS);
    targetMac.writeTo(buffer, offset + ArpWire.TARGET_HARDWARE_ADDRESS);
    targetIp.writeTo(buffer, offset + ArpWire.TARGET_PROTOCOL_ADDRESS);
    return ArpWire.LENGTH;
  }

  /** The 28 bytes of this packet. */
  public byte[] toBytes() {
    byte[] bytes = new byte[ArpWire.LENGTH];
    writeTo(bytes, 0);
    return bytes;
  }
}
