package dev.oasis.runtime.net;

import java.util.HexFormat;

/**
 * Big-endian (network order) reads and writes of unsigned fields in a byte array, and hex
 * conversion.
 *
 * <p>Callers check bounds before reading: the parsers do it field by field so that a short buffer
 * becomes a {@link ParseError} naming the field rather than an exception from here.
 */
public final class Bytes {

  private static final HexFormat HEX = HexFormat.of();

  private Bytes() {}

  /** The unsigned byte at {@code offset}. */
  public static int u8(byte[] buffer, int offset) {
    return buffer[offset] & 0xff;
  }

  /** The unsigned 16-bit big-endian value at {@code offset}. */
  public static int u16(byte[] buffer, int offset) {
    return ((buffer[offset] & 0xff) << 8) | (buffer[offset + 1] & 0xff);
  }

  /** The unsigned 32-bit big-endian value at {@code offset}, in the low half of a long. */
  public static long u32(byte[] buffer, int offset) {
    return ((long) u16(buffer, offset) << 16) | u16(buffer, offset + 2);
  }

  /** Writes the low 8 bits of {@code value} at {@code offset}. */
  public static void put8(byte[] buffer, int offset, int value) {
    buffer[offset] = (byte) value;
  }

  /** Writes the low 16 bits of {@code value} big-endian at {@code offset}. */
  public static void put16(byte[] buffer, int offset, int value) {
    buffer[offset] = (byte) (value >>> 8);
    buffer[offset + 1] = (byte) value;
  }

  /** Writes the low 32 bits of {@code value} big-endian at {@code offset}. */
  public static void put32(byte[] buffer, int offset, long value) {
    put16(buffer, offset, (int) (value >>> 16));
    put16(buffer, offset + 2, (int) value);
  }

  /** Lowercase hex of the whole array, two digits a byte, no separators. */
  public static String toHex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /**
   * Parses hex digits (either case; spaces, colons and newlines between bytes are ignored).
   *
   * @throws IllegalArgumentException naming the offending text if it is not whole bytes of hex
   */
  public static byte[] fromHex(String hex) {
    String digits = hex.replaceAll("[\\s:]", "");
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "hex text has " + digits.length() + " digits, expected an even number");
    }
    try {
      return HEX.parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("hex text '" + abbreviate(hex) + "' is not valid hex", e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
