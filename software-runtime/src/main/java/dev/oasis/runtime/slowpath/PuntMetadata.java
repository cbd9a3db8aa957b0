package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.List;
import java.util.Optional;

/**
 * The 8-byte header that precedes a punted frame on the host stream; the layout is described in the
 * {@linkplain dev.oasis.runtime.slowpath package documentation}.
 *
 * @param version header version, 1..255 ({@link #VERSION} is the only one defined)
 * @param flags flag bits, 0..255 (none defined in version 1)
 * @param reason punt reason code, 0..65535
 * @param ingressPort port the frame arrived on, 0..65535
 * @param originalLength length of the frame as received, 0..65535
 */
public record PuntMetadata(
    int version, int flags, int reason, int ingressPort, int originalLength) {

  /** The version this code writes and reads. */
  public static final int VERSION = 1;

  /** Length of the header. */
  public static final int LENGTH = 8;

  /** Offset of the version. */
  public static final int VERSION_OFFSET = 0;

  /** Offset of the flags. */
  public static final int FLAGS_OFFSET = 1;

  /** Offset of the reason. */
  public static final int REASON_OFFSET = 2;

  /** Offset of the ingress port. */
  public static final int INGRESS_PORT_OFFSET = 4;

  /** Offset of the original frame length. */
  public static final int ORIGINAL_LENGTH_OFFSET = 6;

  /** The header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("version", VERSION_OFFSET, 1),
          new WireField("flags", FLAGS_OFFSET, 1),
          new WireField("reason", REASON_OFFSET, 2),
          new WireField("ingress port", INGRESS_PORT_OFFSET, 2),
          new WireField("original length", ORIGINAL_LENGTH_OFFSET, 2));

  private static final String PROTOCOL = "punt metadata";

  /** Checks that every field fits its width. */
  public PuntMetadata {
    check("version", version, 0xff);
    check("flags", flags, 0xff);
    check("reason", reason, 0xffff);
    check("ingress port", ingressPort, 0xffff);
    check("original length", originalLength, 0xffff);
  }

  private static void check(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          "punt metadata " + field + " " + value + " is out of range, expected 0.." + max);
    }
  }

  /** Version-1 metadata without flags. */
  public static PuntMetadata of(int reason, int ingressPort, int originalLength) {
    return new PuntMetadata(VERSION, 0, reason, ingressPort, originalLength);
  }

  /**
   * Decodes the header from the first 8 of {@code length} bytes at {@code offset}.
   *
   * <p>Refused, naming the field: fewer than 8 bytes, a version other than 1, non-zero flags.
   */
  public static ParseResult<PuntMetadata> decode(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    int version = Bytes.u8(buffer, offset + VERSION_OFFSET);
    if (version != VERSION) {
      return ParseResult.failed(
          ParseError.invalid(PROTOCOL, "version", VERSION_OFFSET, version, "1"));
    }
    int flags = Bytes.u8(buffer, offset + FLAGS_OFFSET);
    if (flags != 0) {
      return ParseResult.failed(
          ParseError.invalid(
              PROTOCOL, "flags", FLAGS_OFFSET, flags, "0 (no flags are defined in version 1)"));
    }
    return ParseResult.ok(
        new PuntMetadata(
            version,
            flags,
            Bytes.u16(buffer, offset + REASON_OFFSET),
            Bytes.u16(buffer, offset + INGRESS_PORT_OFFSET),
            Bytes.u16(buffer, offset + ORIGINAL_LENGTH_OFFSET)));
  }

  /** Writes the 8 bytes at {@code offset}; returns 8. */
  public int writeTo(byte[] buffer, int offset) {
    Bytes.put8(buffer, offset + VERSION_OFFSET, version);
    Bytes.put8(buffer, offset + FLAGS_OFFSET, flags);
    Bytes.put16(buffer, offset + REASON_OFFSET, reason);
    Bytes.put16(buffer, offset + INGRESS_PORT_OFFSET, ingressPort);
    Bytes.put16(buffer, offset + ORIGINAL_LENGTH_OFFSET, originalLength);
    return LENGTH;
  }

  /** The 8 bytes of the header. */
  public byte[] encode() {
    byte[] bytes = new byte[LENGTH];
    writeTo(bytes, 0);
    return bytes;
  }
}
