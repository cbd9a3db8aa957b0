package dev.oasis.runtime.net.tcp;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A TCP header as found on the wire, options included. Use {@link TcpSegment} to check or compute
 * the checksum, which covers the IPv4 pseudo header and the data too.
 *
 * <p>The four reserved bits of byte 12 are ignored when parsing and written as zero.
 *
 * @param sourcePort 0..65535
 * @param destinationPort 0..65535
 * @param sequenceNumber 0..2^32-1
 * @param acknowledgementNumber 0..2^32-1
 * @param flags the flags byte, e.g. {@code TcpWire.SYN | TcpWire.ACK}, 0..255
 * @param window 0..65535
 * @param checksum the checksum as received (0 in a header built for sending), 0..65535
 * @param urgentPointer 0..65535
 * @param options raw option bytes, a multiple of 4 and at most 40 (copied in and out)
 */
public record TcpHeader(
    int sourcePort,
    int destinationPort,
    long sequenceNumber,
    long acknowledgementNumber,
    int flags,
    int window,
    int checksum,
    int urgentPointer,
    byte[] options) {

  static final String PROTOCOL = "tcp";

  /** Checks every range; copies the options. */
  public TcpHeader {
    checkRange("source port", sourcePort, 0xffff);
    checkRange("destination port", destinationPort, 0xffff);
    checkRange("sequence number", sequenceNumber, 0xffff_ffffL);
    checkRange("acknowledgement number", acknowledgementNumber, 0xffff_ffffL);
    checkRange("flags", flags, 0xff);
    checkRange("window", window, 0xffff);
    checkRange("checksum", checksum, 0xffff);
    checkRange("urgent pointer", urgentPointer, 0xffff);
    options = Objects.requireNonNull(options, "options").clone();
    if (options.length % 4 != 0 || options.length > 40) {
      throw new IllegalArgumentException(
          "tcp options length "
              + options.length
              + " is invalid, expected a multiple of 4 up to 40");
    }
  }

  static void checkRange(String name, long value, long max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          "tcp " + name + " " + value + " is out of range, expected 0.." + max);
    }
  }

  /**
   * Parses the header at {@code offset}; {@code length} is the IPv4 payload length (the segment).
   *
   * <p>Refused, naming the field: truncation of the fixed header or of the options, a data offset
   * below 5. The options are not interpreted here (see {@link TcpOptions#parse}).
   */
  public static ParseResult<TcpHeader> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, TcpWire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    int dataOffset = Bytes.u8(buffer, offset + TcpWire.DATA_OFFSET) >>> 4;
    int headerLength = dataOffset * 4;
    if (headerLength < TcpWire.MIN_HEADER_LENGTH) {
      return ParseResult.failed(
          ParseError.invalid(
              PROTOCOL, "data offset", TcpWire.DATA_OFFSET, dataOffset, "5..15 (32-bit words)"));
    }
    if (headerLength > length) {
      return ParseResult.failed(
          ParseError.truncated(PROTOCOL, "options", TcpWire.OPTIONS, length, headerLength));
    }
    return ParseResult.ok(
        new TcpHeader(
            Bytes.u16(buffer, offset + TcpWire.SOURCE_PORT),
            Bytes.u16(buffer, offset + TcpWire.DESTINATION_PORT),
            Bytes.u32(buffer, offset + TcpWire.SEQUENCE),
            Bytes.u32(buffer, offset + TcpWire.ACKNOWLEDGEMENT),
            Bytes.u8(buffer, offset + TcpWire.FLAGS),
            Bytes.u16(buffer, offset + TcpWire.WINDOW),
            Bytes.u16(buffer, offset + TcpWire.CHECKSUM),
            Bytes.u16(buffer, offset + TcpWire.URGENT_POINTER),
            Arrays.copyOfRange(buffer, offset + TcpWire.OPTIONS, offset + headerLength)));
  }

  /** The options, copied. */
  @Override
  public byte[] options() {
    return options.clone();
  }

  /** The header length in bytes, 20..60. */
  public int headerLength() {
    return TcpWire.MIN_HEADER_LENGTH + options.length;
  }

  /** Whether every flag in {@code mask} is set. */
  public boolean has(int mask) {
    return (flags & mask) == mask;
  }

  /** Writes the header, checksum as given, at {@code offset}; returns the header length. */
  public int writeTo(byte[] buffer, int offset) {
    Bytes.put16(buffer, offset + TcpWire.SOURCE_PORT, sourcePort);
    Bytes.put16(buffer, offset + TcpWire.DESTINATION_PORT, destinationPort);
    Bytes.put32(buffer, offset + TcpWire.SEQUENCE, sequenceNumber);
    Bytes.put32(buffer, offset + TcpWire.ACKNOWLEDGEMENT, acknowledgementNumber);
    Bytes.put8(buffer, offset + TcpWire.DATA_OFFSET, (headerLength() / 4) << 4);
    Bytes.put8(buffer, offset + TcpWire.FLAGS, flags);
    Bytes.put16(buffer, offset + TcpWire.WINDOW, window);
    Bytes.put16(buffer, offset + TcpWire.CHECKSUM, checksum);
    Bytes.put16(buffer, offset + TcpWire.URGENT_POINTER, urgentPointer);
    System.arraycopy(options, 0, buffer, offset + TcpWire.OPTIONS, options.length);
    return headerLength();
  }

  /** The flags as text, e.g. {@code "SYN|ACK"}, or {@code "none"}. */
  public static String flagNames(int flags) {
    String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    StringBuilder text = new StringBuilder();
    for (int bit = 0; bit < names.length; bit++) {
      if ((flags & (1 << bit)) != 0) {
        text.append(text.length() == 0 ? "" : "|").append(names[bit]);
      }
    }
    return text.length() == 0 ? "none" : text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TcpHeader that
        && sourcePort == that.sourcePort
        && destinationPort == that.destinationPort
        && sequenceNumber == that.sequenceNumber
        && acknowledgementNumber == that.acknowledgementNumber
        && flags == that.flags
        && window == that.window
        && checksum == that.checksum
        && urgentPointer == that.urgentPointer
        && Arrays.equals(options, that.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sourcePort,
        destinationPort,
        sequenceNumber,
        acknowledgementNumber,
        flags,
        window,
        checksum,
        urgentPointer,
        Arrays.hashCode(options));
  }

  @Override
  public String toString() {
    return "TcpHeader["
        + sourcePort
        + " -> "
        + destinationPort
        + ", "
        + flagNames(flags)
        + ", seq "
        + sequenceNumber
        + ", ack "
        + acknowledgementNumber
        + ", window "
        + window
        + String.format(", checksum 0x%04x", checksum)
        + (urgentPointer != 0 ? ", urgent " + urgentPointer : "")
        + (options.length > 0 ? ", options " + HexFormat.of().formatHex(options) : "")
        + "]";
  }
}
