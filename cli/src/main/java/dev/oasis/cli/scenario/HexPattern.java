package dev.oasis.cli.scenario;

import java.util.Locale;

/**
 * The bytes of an expected frame, written in hexadecimal with {@code *} for a nibble that may hold
 * anything. Two nibbles make a byte; each byte has a value and a mask of the bits that must match.
 */
public final class HexPattern {
  private final byte[] values;
  private final byte[] masks;

  private HexPattern(byte[] values, byte[] masks) {
    this.values = values;
    this.masks = masks;
  }

  /** Parses all of {@code text}; see {@link #parse(String, int, boolean)}. */
  public static HexPattern parse(String text, boolean wildcards) {
    return parse(text, 0, wildcards);
  }

  /**
   * Parses {@code line} from index {@code start} to its end: hex digits (either case) and, when
   * {@code wildcards} is set, {@code *}; spaces and tabs are ignored.
   *
   * @throws IllegalArgumentException naming the offending character and its column in {@code line}
   *     (from 1), or an odd number of digits
   */
  public static HexPattern parse(String line, int start, boolean wildcards) {
    StringBuilder nibbles = new StringBuilder();
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      if (hexDigit(c) < 0 && !(wildcards && c == '*')) {
        throw new IllegalArgumentException(
            "character '"
                + printable(c)
                + "' at column "
                + (i + 1)
                + "; expected the frame in hex digits"
                + (wildcards ? " or '*'" : ""));
      }
      nibbles.append(c);
    }
    if (nibbles.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "the frame has "
              + nibbles.length()
              + " hex digits; expected an even number (two per byte)");
    }
    int length = nibbles.length() / 2;
    byte[] values = new byte[length];
    byte[] masks = new byte[length];
    for (int i = 0; i < length; i++) {
      int hi = hexDigit(nibbles.charAt(2 * i));
      int lo = hexDigit(nibbles.charAt(2 * i + 1));
      values[i] = (byte) ((Math.max(hi, 0) << 4) | Math.max(lo, 0));
      masks[i] = (byte) ((hi < 0 ? 0 : 0xf0) | (lo < 0 ? 0 : 0x0f));
    }
    return new HexPattern(values, masks);
  }

  /** The value of an ASCII hex digit, or -1 (also for non-ASCII digits). */
  private static int hexDigit(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }

  /** The frame's length in bytes. */
  public int length() {
    return values.length;
  }

  /** The bytes, wildcard nibbles as 0 (a packet line has none). */
  public byte[] bytes() {
    return values.clone();
  }

  /** Whether the pattern has any {@code *}. */
  public boolean hasWildcards() {
    for (byte m : masks) {
      if (m != (byte) 0xff) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code frame} has this length and every byte matches. */
  public boolean matches(byte[] frame) {
    if (frame.length != values.length) {
      return false;
    }
    for (int i = 0; i < frame.length; i++) {
      if (!matchesByte(i, frame[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether byte {@code index} of the pattern accepts {@code b}. */
  boolean matchesByte(int index, byte b) {
    return ((b ^ values[index]) & masks[index]) == 0;
  }

  /** Byte {@code index} as two characters, {@code *} for a wildcard nibble. */
  String byteText(int index) {
    int v = values[index] & 0xff;
    int m = masks[index] & 0xff;
    return nibbleText(v >> 4, (m & 0xf0) != 0) + nibbleText(v & 0xf, (m & 0x0f) != 0);
  }

  private static String nibbleText(int nibble, boolean fixed) {
    return fixed ? Integer.toHexString(nibble) : "*";
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7f
        ? String.format(Locale.ROOT, "\\u%04x", (int) c)
        : String.valueOf(c);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      s.append(byteText(i));
    }
    return s.toString();
  }
}
