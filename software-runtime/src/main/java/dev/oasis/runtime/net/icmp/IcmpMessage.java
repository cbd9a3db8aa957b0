package dev.oasis.runtime.net.icmp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Checksums;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An ICMP message: the 8-byte header and the body.
 *
 * <p>{@link #writeTo} always writes a freshly computed checksum; the {@code checksum} component is
 * the value found by {@link #parse} (or 0 for a built message).
 *
 * @param type message type, 0..255
 * @param code message code, 0..255
 * @param checksum checksum as received, 0..0xffff
 * @param restOfHeader bytes 4..7 as a big-endian 32-bit value (identifier and sequence for echo)
 * @param body everything after the header (copied in and out)
 */
public record IcmpMessage(int type, int code, int checksum, int restOfHeader, byte[] body) {

  private static final String PROTOCOL = "icmp";

  /** Checks the ranges; copies the body. */
  public IcmpMessage {
    checkRange("type", type, 255);
    checkRange("code", code, 255);
    checkRange("checksum", checksum, 0xffff);
    body = Objects.requireNonNull(body, "body").clone();
  }

  private static void checkRange(String name, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          "icmp " + name + " " + value + " is out of range, expected 0.." + max);
    }
  }

  /** An echo request. */
  public static IcmpMessage echoRequest(int identifier, int sequence, byte[] data) {
    return echo(IcmpWire.TYPE_ECHO_REQUEST, identifier, sequence, data);
  }

  /** An echo reply. */
  public static IcmpMessage echoReply(int identifier, int sequence, byte[] data) {
    return echo(IcmpWire.TYPE_ECHO_REPLY, identifier, sequence, data);
  }

  private static IcmpMessage echo(int type, int identifier, int sequence, byte[] data) {
    checkRange("identifier", identifier, 0xffff);
    checkRange("sequence", sequence, 0xffff);
    return new IcmpMessage(type, 0, 0, (identifier << 16) | sequence, data);
  }

  /**
   * A time exceeded message quoting {@code quote} (see {@link IcmpErrors#quote}).
   *
   * @param code e.g. {@link IcmpWire#CODE_TTL_EXCEEDED_IN_TRANSIT}
   */
  public static IcmpMessage timeExceeded(int code, byte[] quote) {
    return new IcmpMessage(IcmpWire.TYPE_TIME_EXCEEDED, code, 0, 0, quote);
  }

  /**
   * A destination unreachable message quoting {@code quote} (see {@link IcmpErrors#quote}).
   *
   * @param code e.g. {@link IcmpWire#CODE_HOST_UNREACHABLE}
   */
  public static IcmpMessage destinationUnreachable(int code, byte[] quote) {
    return new IcmpMessage(IcmpWire.TYPE_DESTINATION_UNREACHABLE, code, 0, 0, quote);
  }

  /**
   * Parses the ICMP message that fills {@code length} bytes at {@code offset} (the IPv4 payload
   * length, not the rest of the frame: the checksum covers exactly the message).
   *
   * <p>Refused, naming the field: truncation of the header, a checksum that does not verify.
   */
  public static ParseResult<IcmpMessage> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, IcmpWire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    int checksum = Bytes.u16(buffer, offset + IcmpWire.CHECKSUM);
    if (!Checksums.verifies(buffer, offset, length)) {
      int correct = Checksums.complement(Checksums.sum(buffer, offset, length) - checksum);
      return ParseResult.failed(
          ParseError.badChecksum(PROTOCOL, "checksum", IcmpWire.CHECKSUM, checksum, correct));
    }
    return ParseResult.ok(
        new IcmpMessage(
            Bytes.u8(buffer, offset + IcmpWire.TYPE),
            Bytes.u8(buffer, offset + IcmpWire.CODE),
            checksum,
            (int) Bytes.u32(buffer, offset + IcmpWire.REST_OF_HEADER),
            Arrays.copyOfRange(buffer, offset + IcmpWire.HEADER_LENGTH, offset + length)));
  }

  /** The body, copied. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The message length: header and body. */
  public int length() {
    return IcmpWire.HEADER_LENGTH + body.length;
  }

  /** The identifier of an echo message (bytes 4-5). */
  public int identifier() {
    return restOfHeader >>> 16;
  }

  /** The sequence number of an echo message (bytes 6-7). */
  public int sequence() {
    return restOfHeader & 0xffff;
  }

  /** Whether this is an echo request. */
  public boolean isEchoRequest() {
    return type == IcmpWire.TYPE_ECHO_REQUEST;
  }

  /** Whether this is an error message (RFC 1812 4.3.2.7 never answers one with another). */
  public boolean isError() {
    return IcmpErrors.isErrorType(type);
  }

  /**
   * The echo reply to this echo request: same identifier, sequence number and data (RFC 792).
   *
   * @throws IllegalStateException if this is not an echo request
   */
  public IcmpMessage echoReply() {
    if (!isEchoRequest()) {
      throw new IllegalStateException(
          "icmp type " + type + " is not an echo request (8), there is nothing to reply to");
    }
    return new IcmpMessage(IcmpWire.TYPE_ECHO_REPLY, 0, 0, restOfHeader, body);
  }

  /** Writes the message at {@code offset} with a freshly computed checksum; returns its length. */
  public int writeTo(byte[] buffer, int offset) {
    Bytes.put8(buffer, offset + IcmpWire.TYPE, type);
    Bytes.put8(buffer, offset + IcmpWire.CODE, code);
    Bytes.put16(buffer, offset + IcmpWire.CHECKSUM, 0);
    Bytes.put32(buffer, offset + IcmpWire.REST_OF_HEADER, restOfHeader);
    System.arraycopy(body, 0, buffer, offset + IcmpWire.HEADER_LENGTH, body.length);
    int length = length();
    Bytes.put16(
        buffer, offset + IcmpWire.CHECKSUM, Checksums.internetChecksum(buffer, offset, length));
    return length;
  }

  /** The message bytes, checksum included. */
  public byte[] toBytes() {
    byte[] bytes = new byte[length()];
    writeTo(bytes, 0);
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IcmpMessage that
        && type == that.type
        && code == that.code
        && checksum == that.checksum
        && restOfHeader == that.restOfHeader
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, code, checksum, restOfHeader, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return String.format(
        "IcmpMessage[type %d, code %d, checksum 0x%04x, rest 0x%08x, body %s]",
        type, code, checksum, restOfHeader, HexFormat.of().formatHex(body));
  }
}
