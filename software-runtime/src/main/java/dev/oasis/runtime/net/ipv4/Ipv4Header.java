package dev.oasis.runtime.net.ipv4;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Checksums;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 header, options included.
 *
 * <p>{@link #writeTo} always writes a freshly computed header checksum; the {@code checksum}
 * component is the value found by {@link #parse} (or 0 for a built header). The reserved flag bit
 * is ignored when parsing and written as zero.
 *
 * @param dscp differentiated services code point, 0..63
 * @param ecn explicit congestion notification, 0..3
 * @param totalLength header and payload length in bytes, at least {@link #headerLength()}
 * @param identification 0..0xffff
 * @param dontFragment the DF flag
 * @param moreFragments the MF flag
 * @param fragmentOffset in 8-byte units, 0..8191
 * @param ttl time to live, 0..255
 * @param protocol payload protocol number, 0..255
 * @param checksum the header checksum as received, 0..0xffff
 * @param source source address
 * @param destination destination address
 * @param options raw option bytes, a multiple of 4 and at most 40 (copied in and out)
 */
public record Ipv4Header(
    int dscp,
    int ecn,
    int totalLength,
    int identification,
    boolean dontFragment,
    boolean moreFragments,
    int fragmentOffset,
    int ttl,
    int protocol,
    int checksum,
    Ipv4Address source,
    Ipv4Address destination,
    byte[] options) {

  private static final String PROTOCOL = "ipv4";

  /** Checks every range; copies the options. */
  public Ipv4Header {
    checkRange("dscp", dscp, 63);
    checkRange("ecn", ecn, 3);
    checkRange("identification", identification, 0xffff);
    checkRange("fragment offset", fragmentOffset, Ipv4Wire.FRAGMENT_OFFSET_MASK);
    checkRange("ttl", ttl, 255);
    checkRange("protocol", protocol, 255);
    checkRange("checksum", checksum, 0xffff);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    options = Objects.requireNonNull(options, "options").clone();
    if (options.length % 4 != 0 || options.length > 40) {
      throw new IllegalArgumentException(
          "ipv4 options length "
              + options.length
              + " is invalid, expected a multiple of 4 up to 40");
    }
    int headerLength = Ipv4Wire.MIN_HEADER_LENGTH + options.length;
    if (totalLength < headerLength || totalLength > 0xffff) {
      throw new IllegalArgumentException(
          "ipv4 total length "
              + totalLength
              + " is out of range, expected "
              + headerLength
              + "..65535");
    }
  }

  private static void checkRange(String name, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          "ipv4 " + name + " " + value + " is out of range, expected 0.." + max);
    }
  }

  /** A builder with TTL 64 and every other field zero or empty. */
  public static Ipv4HeaderBuilder builder() {
    return new Ipv4HeaderBuilder();
  }

  /**
   * Parses and validates the header at {@code offset}; {@code length} is what the buffer holds from
   * there (Ethernet padding beyond the total length is allowed and ignored).
   *
   * <p>Refused, naming the field: truncation of the fixed header or the options, version other than
   * 4, IHL below 5, a total length below the header length or beyond {@code length}, a header
   * checksum that does not verify.
   */
  public static ParseResult<Ipv4Header> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, Ipv4Wire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }

    // version and IHL share the first byte
    int versionIhl = Bytes.u8(buffer, offset + Ipv4Wire.VERSION_IHL);
    int version = versionIhl >>> 4;
    if (version != Ipv4Wire.VERSION) {
      return ParseResult.failed(
          ParseError.invalid(PROTOCOL, "version", Ipv4Wire.VERSION_IHL, version, "4"));
    }
    int headerLength = (versionIhl & 0xf) * 4;
    if (headerLength < Ipv4Wire.MIN_HEADER_LENGTH) {
      return ParseResult.failed(
          ParseError.invalid(
              PROTOCOL, "ihl", Ipv4Wire.VERSION_IHL, versionIhl & 0xf, "5..15 (32-bit words)"));
    }
    if (headerLength > length) {
      return ParseResult.failed(
          ParseError.truncated(PROTOCOL, "options", Ipv4Wire.OPTIONS, length, headerLength));
    }

    // the total length must cover the header and fit the buffer
    int totalLength = Bytes.u16(buffer, offset + Ipv4Wire.TOTAL_LENGTH);
    if (totalLength < headerLength || totalLength > length) {
      return ParseResult.failed(
          ParseError.invalid(
              PROTOCOL,
              "total length",
              Ipv4Wire.TOTAL_LENGTH,
              totalLength,
              headerLength + ".." + length + " (header length .. bytes available)"));
    }

    if (!Checksums.verifies(buffer, offset, headerLength)) {
      return ParseResult.failed(
          ParseError.badChecksum(
              PROTOCOL,
              "header checksum",
              Ipv4Wire.CHECKSUM,
              Bytes.u16(buffer, offset + Ipv4Wire.CHECKSUM),
              Checksums.ipv4HeaderChecksum(buffer, offset, headerLength)));
    }

    int typeOfService = Bytes.u8(buffer, offset + Ipv4Wire.TYPE_OF_SERVICE);
    int flagsFragment = Bytes.u16(buffer, offset + Ipv4Wire.FLAGS_FRAGMENT_OFFSET);
    return ParseResult.ok(
        new Ipv4Header(
            typeOfService >>> 2,
            typeOfService & 0x3,
            totalLength,
            Bytes.u16(buffer, offset + Ipv4Wire.IDENTIFICATION),
            (flagsFragment & Ipv4Wire.FLAG_DONT_FRAGMENT) != 0,
            (flagsFragment & Ipv4Wire.FLAG_MORE_FRAGMENTS) != 0,
            flagsFragment & Ipv4Wire.FRAGMENT_OFFSET_MASK,
            Bytes.u8(buffer, offset + Ipv4Wire.TTL),
            Bytes.u8(buffer, offset + Ipv4Wire.PROTOCOL),
            Bytes.u16(buffer, offset + Ipv4Wire.CHECKSUM),
            Ipv4Address.read(buffer, offset + Ipv4Wire.SOURCE),
            Ipv4Address.read(buffer, offset + Ipv4Wire.DESTINATION),
            Arrays.copyOfRange(buffer, offset + Ipv4Wire.OPTIONS, offset + headerLength)));
  }

  /** The options, copied. */
  @Override
  public byte[] options() {
    return options.clone();
  }

  /** The header length in bytes, 20..60. */
  public int headerLength() {
    return Ipv4Wire.MIN_HEADER_LENGTH + options.length;
  }

  /** The payload length: total length minus header length. */
  public int payloadLength() {
    return totalLength - headerLength();
  }

  /** Whether this datagram is a fragment (MF set or a non-zero fragment offset). */
  public boolean isFragment() {
    return moreFragments || fragmentOffset != 0;
  }

  /** Whether this is the first (or only) fragment: fragment offset 0. */
  public boolean isFirstFragment() {
    return fragmentOffset == 0;
  }

  /**
   * Writes the header at {@code offset} with a freshly computed checksum and returns the header
   * length.
   */
  public int writeTo(byte[] buffer, int offset) {
    int headerLength = headerLength();
    Bytes.put8(buffer, offset + Ipv4Wire.VERSION_IHL, (Ipv4Wire.VERSION << 4) | (headerLength / 4));
    Bytes.put8(buffer, offset + Ipv4Wire.TYPE_OF_SERVICE, (dscp << 2) | ecn);
    Bytes.put16(buffer, offset + Ipv4Wire.TOTAL_LENGTH, totalLength);
    Bytes.put16(buffer, offset + Ipv4Wire.IDENTIFICATION, identification);
    int flags =
        (dontFragment ? Ipv4Wire.FLAG_DONT_FRAGMENT : 0)
            | (moreFragments ? Ipv4Wire.FLAG_MORE_FRAGMENTS : 0);
    Bytes.put16(buffer, offset + Ipv4Wire.FLAGS_FRAGMENT_OFFSET, flags | fragmentOffset);
    Bytes.put8(buffer, offset + Ipv4Wire.TTL, ttl);
    Bytes.put8(buffer, offset + Ipv4Wire.PROTOCOL, protocol);
    Bytes.put16(buffer, offset + Ipv4Wire.CHECKSUM, 0);
    source.writeTo(buffer, offset + Ipv4Wire.SOURCE);
    destination.writeTo(buffer, offset + Ipv4Wire.DESTINATION);
    System.arraycopy(options, 0, buffer, offset + Ipv4Wire.OPTIONS, options.length);
    Bytes.put16(
        buffer,
        offset + Ipv4Wire.CHECKSUM,
        Checksums.internetChecksum(buffer, offset, headerLength));
    return headerLength;
  }

  /** A new datagram: this header followed by {@code payload}, whose length must match. */
  public byte[] datagram(byte[] payload) {
    if (payload.length != payloadLength()) {
      throw new IllegalArgumentException(
          "ipv4 payload of "
              + payload.length
              + " bytes does not match the header's payload "
              + "length "
              + payloadLength());
    }
    byte[] datagram = new byte[totalLength];
    int headerLength = writeTo(datagram, 0);
    System.arraycopy(payload, 0, datagram, headerLength, payload.length);
    return datagram;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ipv4Header that
        && dscp == that.dscp
        && ecn == that.ecn
        && totalLength == that.totalLength
        && identification == that.identification
        && dontFragment == that.dontFragment
        && moreFragments == that.moreFragments
        && fragmentOffset == that.fragmentOffset
        && ttl == that.ttl
        && protocol == that.protocol
        && checksum == that.checksum
        && source.equals(that.source)
        && destination.equals(that.destination)
        && Arrays.equals(options, that.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        dscp,
        ecn,
        totalLength,
        identification,
        dontFragment,
        moreFragments,
        fragmentOffset,
        ttl,
        protocol,
        checksum,
        source,
        destination,
        Arrays.hashCode(options));
  }

  @Override
  public String toString() {
    return "Ipv4Header["
        + source
        + " -> "
        + destination
        + ", protocol "
        + protocol
        + ", ttl "
        + ttl
        + ", total length "
        + totalLength
        + ", id "
        + identification
        + (dontFragment ? ", df" : "")
        + (moreFragments ? ", mf" : "")
        + ", fragment offset "
        + fragmentOffset
        + ", dscp "
        + dscp
        + ", ecn "
        + ecn
        + String.format(", checksum 0x%04x", checksum)
        + (options.length > 0 ? ", options " + HexFormat.of().formatHex(options) : "")
        + "]";
  }
}
