package dev.oasis.runtime.net.tcp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Checksums;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import java.util.Arrays;
import java.util.Objects;

/**
 * A whole TCP segment over IPv4: header and data. The checksum is computed when it is written and
 * verified when it is parsed; unlike UDP, a TCP checksum of zero is not special (RFC 9293 3.1).
 *
 * @param header the header; its checksum is the received one after {@link #parse}, and ignored by
 *     {@link #toBytes}
 * @param payload the data (copied in and out)
 */
public record TcpSegment(TcpHeader header, byte[] payload) {

  /** Checks that nothing is null and that the segment fits an IPv4 datagram; copies the data. */
  public TcpSegment {
    Objects.requireNonNull(header, "header");
    payload = Objects.requireNonNull(payload, "payload").clone();
    int limit = 0xffff - Ipv4Wire.MAX_HEADER_LENGTH - header.headerLength();
    if (payload.length > limit) {
      throw new IllegalArgumentException(
          "tcp payload of " + payload.length + " bytes is too long, expected at most " + limit);
    }
  }

  /**
   * Parses the segment that fills {@code length} bytes of IPv4 payload at {@code offset}, and
   * verifies its checksum against the pseudo header of {@code source} and {@code destination}.
   *
   * <p>Refused, naming the field: anything {@link TcpHeader#parse} refuses, a checksum that does
   * not verify.
   */
  public static ParseResult<TcpSegment> parse(
      byte[] buffer, int offset, int length, Ipv4Address source, Ipv4Address destination) {
    ParseResult<TcpHeader> parsed = TcpHeader.parse(buffer, offset, length);
    if (parsed instanceof ParseResult.Failed<TcpHeader> failed) {
      return failed.cast();
    }
    TcpHeader header = parsed.value();
    if (!Checksums.transportVerifies(
        source, destination, Ipv4Wire.PROTOCOL_TCP, buffer, offset, length)) {
      long sumWithoutField =
          Checksums.pseudoHeaderSum(source, destination, Ipv4Wire.PROTOCOL_TCP, length)
              + Checksums.sum(buffer, offset, length)
              - header.checksum();
      return ParseResult.failed(
          ParseError.badChecksum(
              TcpHeader.PROTOCOL,
              "checksum",
              TcpWire.CHECKSUM,
              header.checksum(),
              Checksums.complement(sumWithoutField)));
    }
    byte[] payload = Arrays.copyOfRange(buffer, offset + header.headerLength(), offset + length);
    return ParseResult.ok(new TcpSegment(header, payload));
  }

  /** The data, copied. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** The number of data bytes. */
  public int payloadLength() {
    return payload.length;
  }

  /**
   * The sequence space the segment occupies (RFC 9293 3.4): its data, plus one for SYN and one for
   * FIN.
   */
  public int sequenceLength() {
    return payload.length + (header.has(TcpWire.SYN) ? 1 : 0) + (header.has(TcpWire.FIN) ? 1 : 0);
  }

  /** Header and data length. */
  public int length() {
    return header.headerLength() + payload.length;
  }

  /**
   * The segment bytes with the pseudo-header checksum for {@code source} and {@code destination}
   * filled in.
   */
  public byte[] toBytes(Ipv4Address source, Ipv4Address destination) {
    byte[] bytes = new byte[length()];
    int headerLength = header.writeTo(bytes, 0);
    Bytes.put16(bytes, TcpWire.CHECKSUM, 0);
    System.arraycopy(payload, 0, bytes, headerLength, payload.length);
    int checksum =
        Checksums.transportChecksum(
            source, destination, Ipv4Wire.PROTOCOL_TCP, bytes, 0, bytes.length);
    Bytes.put16(bytes, TcpWire.CHECKSUM, checksum);
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TcpSegment that
        && header.equals(that.header)
        && Arrays.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return 31 * header.hashCode() + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "TcpSegment[" + header + ", " + payload.length + " data bytes]";
  }
}
