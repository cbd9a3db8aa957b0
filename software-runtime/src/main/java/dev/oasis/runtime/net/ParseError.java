package dev.oasis.runtime.net;

import java.util.Objects;

/**
 * Why a parser refused its input: the protocol, the field, where the field starts (relative to the
 * start of that protocol's header), the value found and what was expected.
 *
 * <p>A truncated field is reported with {@link Kind#TRUNCATED}, its value being the number of bytes
 * that were available from the start of the header; {@link #message()} then reads for example
 * {@code "ipv4 field destination (offset 16) is truncated: 18 bytes available, expected at least
 * 20"}.
 *
 * @param protocol short lowercase protocol name, e.g. {@code "ipv4"}
 * @param field the field name as the protocol's specification calls it, lowercase
 * @param offset byte offset of the field from the start of the protocol's header
 * @param kind what is wrong with the field
 * @param value the value found (the bytes available, for {@link Kind#TRUNCATED})
 * @param expected what would have been accepted, e.g. {@code "4"} or {@code "20..65535"}
 */
public record ParseError(
    String protocol, String field, int offset, Kind kind, long value, String expected) {

  /** What is wrong with a field. */
  public enum Kind {
    /** The buffer ends before the field does. */
    TRUNCATED,
    /** The field is present but its value is not allowed. */
    INVALID,
    /** A checksum over the header or message does not verify. */
    BAD_CHECKSUM
  }

  /** Checks that no component is null. */
  public ParseError {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expected, "expected");
  }

  /** A field that does not fit: {@code available} bytes remain, {@code needed} are required. */
  public static ParseError truncated(
      String protocol, String field, int offset, int available, int needed) {
    return new ParseError(
        protocol, field, offset, Kind.TRUNCATED, available, "at least " + needed + " bytes");
  }

  /** A field whose value is outside what the protocol allows. */
  public static ParseError invalid(
      String protocol, String field, int offset, long value, String expected) {
    return new ParseError(protocol, field, offset, Kind.INVALID, value, expected);
  }

  /** A checksum field that does not verify; {@code expected} is the correct checksum. */
  public static ParseError badChecksum(
      String protocol, String field, int offset, int found, int correct) {
    return new ParseError(
        protocol, field, offset, Kind.BAD_CHECKSUM, found, String.format("0x%04x", correct));
  }

  /** The human-readable form, lowercase and without a final period. */
  public String message() {
    String where = protocol + " field " + field + " (offset " + offset + ")";
    return switch (kind) {
      case TRUNCATED ->
          where + " is truncated: " + value + " bytes available, expected " + expected;
      case INVALID -> where + " has value " + value + ", expected " + expected;
      case BAD_CHECKSUM ->
          where + String.format(" is 0x%04x, which does not verify; expected %s", value, expected);
    };
  }

  @Override
  public String toString() {
    return message();
  }
}
