package dev.oasis.runtime.net.ethernet;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ethernet II header, optionally with one 802.1Q tag. The payload starts {@link #headerLength()}
 * bytes after the header.
 *
 * @param destination destination MAC address
 * @param source source MAC address
 * @param vlan the 802.1Q tag, if the frame is tagged
 * @param etherType the EtherType of the payload (the inner one when tagged), 0x0600..0xffff
 */
public record EthernetHeader(
    MacAddress destination, MacAddress source, Optional<VlanTag> vlan, int etherType) {

  private static final String PROTOCOL = "ethernet";

  /** Checks the components. */
  public EthernetHeader {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vlan, "vlan");
    if (etherType < EthernetWire.MIN_ETHERTYPE || etherType > 0xffff) {
      throw new IllegalArgumentException(
          String.format("ethertype 0x%04x is out of range, expected 0x0600..0xffff", etherType));
    }
  }

  /** An untagged header. */
  public static EthernetHeader of(MacAddress destination, MacAddress source, int etherType) {
    return new EthernetHeader(destination, source, Optional.empty(), etherType);
  }

  /**
   * Parses the header at the start of {@code length} bytes from {@code offset}.
   *
   * <p>Refused: a buffer shorter than the header (the error names the first field cut), an
   * EtherType below 0x0600 (an 802.3 length field).
   */
  public static ParseResult<EthernetHeader> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated =
        WireField.firstTruncated(PROTOCOL, EthernetWire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    MacAddress destination = MacAddress.read(buffer, offset + EthernetWire.DESTINATION);
    MacAddress source = MacAddress.read(buffer, offset + EthernetWire.SOURCE);
    int etherType = Bytes.u16(buffer, offset + EthernetWire.ETHERTYPE);
    if (etherType != EthernetWire.ETHERTYPE_VLAN) {
      return checkEtherType(etherType, "ethertype", EthernetWire.ETHERTYPE)
          .map(type -> of(destination, source, type));
    }

    // 802.1Q: the tag control information and the inner EtherType follow the TPID
    truncated = WireField.firstTruncated(PROTOCOL, EthernetWire.TAG_LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    VlanTag tag = VlanTag.fromTci(Bytes.u16(buffer, offset + EthernetWire.VLAN_TCI));
    int inner = Bytes.u16(buffer, offset + EthernetWire.VLAN_ETHERTYPE);
    return checkEtherType(inner, "vlan ethertype", EthernetWire.VLAN_ETHERTYPE)
        .map(type -> new EthernetHeader(destination, source, Optional.of(tag), type));
  }

  private static ParseResult<Integer> checkEtherType(int value, String field, int fieldOffset) {
    if (value < EthernetWire.MIN_ETHERTYPE) {
      return ParseResult.failed(
          ParseError.invalid(
              PROTOCOL,
              field,
              fieldOffset,
              value,
              "1536..65535 (0x0600..0xffff; 802.3 length fields are not supported)"));
    }
    return ParseResult.ok(value);
  }

  /** 14, or 18 with a VLAN tag. */
  public int headerLength() {
    return vlan.isPresent() ? EthernetWire.TAGGED_HEADER_LENGTH : EthernetWire.HEADER_LENGTH;
  }

  /** Writes the header at {@code offset} and returns its length. */
  public int writeTo(byte[] buffer, int offset) {
    destination.writeTo(buffer, offset + EthernetWire.DESTINATION);
    source.writeTo(buffer, offset + EthernetWire.SOURCE);
    if (vlan.isPresent()) {
      Bytes.put16(buffer, offset + EthernetWire.ETHERTYPE, EthernetWire.ETHERTYPE_VLAN);
      Bytes.put16(buffer, offset + EthernetWire.VLAN_TCI, vlan.get().tci());
      Bytes.put16(buffer, offset + EthernetWire.VLAN_ETHERTYPE, etherType);
    } else {
      Bytes.put16(buffer, offset + EthernetWire.ETHERTYPE, etherType);
    }
    return headerLength();
  }

  /** A new frame: this header followed by {@code payload}. */
  public byte[] frame(byte[] payload) {
    byte[] frame = new byte[headerLength() + payload.length];
    int length = writeTo(frame, 0);
    System.arraycopy(payload, 0, frame, length, payload.length);
    return frame;
  }

  /**
   * The header of a reply to a frame with this header: sent back to this frame's source from {@code
   * ownAddress}, on the same VLAN, carrying {@code replyEtherType}.
   */
  public EthernetHeader replyFrom(MacAddress ownAddress, int replyEtherType) {
    return new EthernetHeader(source, ownAddress, vlan, replyEtherType);
  }
}
