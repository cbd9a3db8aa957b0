package dev.oasis.runtime.net.udp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Checksums;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A whole UDP datagram over IPv4: ports and data. The length and checksum are derived when it is
 * written and checked when it is parsed.
 *
 * @param sourcePort 0..65535
 * @param destinationPort 0..65535
 * @param data the payload (copied in and out), at most 65527 bytes
 */
public record UdpDatagram(int sourcePort, int destinationPort, byte[] data) {

  /** Checks the ranges; copies the data. */
  public UdpDatagram {
    UdpHeader.checkRange("source port", sourcePort, 0, 0xffff);
    UdpHeader.checkRange("destination port", destinationPort, 0, 0xffff);
    data = Objects.requireNonNull(data, "data").clone();
    UdpHeader.checkRange("data length", data.length, 0, 0xffff - UdpWire.HEADER_LENGTH);
  }

  /**
   * Parses the datagram in the {@code length} bytes of IPv4 payload at {@code offset}, verifying a
   * non-zero checksum against the pseudo header of {@code source} and {@code destination}. Payload
   * bytes beyond the UDP length are ignored.
   *
   * <p>Refused, naming the field: anything {@link UdpHeader#parse} refuses, a checksum that does
   * not verify.
   */
  public static ParseResult<UdpDatagram> parse(
      byte[] buffer, int offset, int length, Ipv4Address source, Ipv4Address destination) {
    ParseResult<UdpHeader> parsed = UdpHeader.parse(buffer, offset, length);
    if (parsed instanceof ParseResult.Failed<UdpHeader> failed) {
      return failed.cast();
    }
    UdpHeader header = parsed.value();
    boolean checked = header.checksum() != 0;
    if (checked
        && !Checksums.transportVerifies(
            source, destination, Ipv4Wire.PROTOCOL_UDP, buffer, offset, header.length())) {
      long sumWithoutField =
          Checksums.pseudoHeaderSum(source, destination, Ipv4Wire.PROTOCOL_UDP, header.length())
              + Checksums.sum(buffer, offset, header.length())
              - header.checksum();
      return ParseResult.failed(
          ParseError.badChecksum(
              UdpHeader.PROTOCOL,
              "checksum",
              UdpWire.CHECKSUM,
              header.checksum(),
              nonZero(Checksums.complement(sumWithoutField))));
    }
    byte[] data =
        Arrays.copyOfRange(buffer, offset + UdpWire.HEADER_LENGTH, offset + header.length());
    return ParseResult.ok(new UdpDatagram(header.sourcePort(), header.destinationPort(), data));
  }

  /** The data, copied. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Header and data length. */
  public int length() {
    return UdpWire.HEADER_LENGTH + data.length;
  }

  /**
   * The datagram bytes with the length and the pseudo-header checksum for {@code source} and {@code
   * destination} filled in.
   */
  public byte[] toBytes(Ipv4Address source, Ipv4Address destination) {
    byte[] bytes = new byte[length()];
    new UdpHeader(sourcePort, destinationPort, bytes.length, 0).writeTo(bytes, 0);
    System.arraycopy(data, 0, bytes, UdpWire.HEADER_LENGTH, data.length);
    int checksum =
        Checksums.transportChecksum(
            source, destination, Ipv4Wire.PROTOCOL_UDP, bytes, 0, bytes.length);
    Bytes.put16(bytes, UdpWire.CHECKSUM, nonZero(checksum));
    return bytes;
  }

  private static int nonZero(int checksum) {
    return checksum == 0 ? 0xffff : checksum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UdpDatagram that
        && sourcePort == that.sourcePort
        && destinationPort == that.destinationPort
        && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourcePort, destinationPort, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "UdpDatagram["
        + sourcePort
        + " -> "
        + destinationPort
        + ", data "
        + HexFormat.of().formatHex(data)
        + "]";
  }
}
