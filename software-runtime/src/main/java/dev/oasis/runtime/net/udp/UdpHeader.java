package dev.oasis.runtime.net.udp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Optional;

/**
 * A UDP header as found on the wire. Use {@link UdpDatagram} to check or compute the checksum.
 *
 * @param sourcePort 0..65535
 * @param destinationPort 0..65535
 * @param length header and data length, 8..65535
 * @param checksum checksum as received, 0 if none was computed
 */
public record UdpHeader(int sourcePort, int destinationPort, int length, int checksum) {

  static final String PROTOCOL = "udp";

  /** Checks the ranges. */
  public UdpHeader {
    checkRange("source port", sourcePort, 0, 0xffff);
    checkRange("destination port", destinationPort, 0, 0xffff);
    checkRange("length", length, UdpWire.HEADER_LENGTH, 0xffff);
    checkRange("checksum", checksum, 0, 0xffff);
  }

  static void checkRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "udp " + name + " " + value + " is out of range, expected " + min + ".." + max);
    }
  }

  /**
   * Parses the header at {@code offset}; {@code length} is the IPv4 payload length.
   *
   * <p>Refused, naming the field: truncation, a length field below 8 or beyond {@code length}.
   */
  public static ParseResult<UdpHeader> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, UdpWire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    int udpLength = Bytes.u16(buffer, offset + UdpWire.LENGTH);
    if (udpLength < UdpWire.HEADER_LENGTH || udpLength > length) {
      return ParseResult.failed(
          ParseError.invalid(
              PROTOCOL,
              "length",
              UdpWire.LENGTH,
              udpLength,
              UdpWire.HEADER_LENGTH + ".." + length + " (header length .. bytes available)"));
    }
    return ParseResult.ok(
        new UdpHeader(
            Bytes.u16(buffer, offset + UdpWire.SOURCE_PORT),
            Bytes.u16(buffer, offset + UdpWire.DESTINATION_PORT),
            udpLength,
            Bytes.u16(buffer, offset + UdpWire.CHECKSUM)));
  }

  /** The data length: length minus the 8-byte header. */
  public int dataLength() {
    return length - UdpWire.HEADER_LENGTH;
  }

  /** Writes the header, checksum as given, at {@code offset}; returns 8. */
  public int writeTo(byte[] buffer, int offset) {
    Bytes.put16(buffer, offset + UdpWire.SOURCE_PORT, sourcePort);
    Bytes.put16(buffer, offset + UdpWire.DESTINATION_PORT, destinationPort);
    Bytes.put16(buffer, offset + UdpWire.LENGTH, length);
    Bytes.put16(buffer, offset + UdpWire.CHECKSUM, checksum);
    return UdpWire.HEADER_LENGTH;
  }
}
