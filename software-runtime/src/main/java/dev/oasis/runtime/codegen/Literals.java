package dev.oasis.runtime.codegen;

import java.math.BigInteger;

/** Java literals for generated code. */
final class Literals {
  private Literals() {}

  /** A long literal: decimal below 10, hexadecimal otherwise ({@code 0xffffL}). */
  static String hex(long v) {
    if (v >= 0 && v < 10) {
      return v + "L";
    }
    return "0x" + Long.toHexString(v) + "L";
  }

  /** The low 64 bits of {@code v} as a long literal. */
  static String lo(BigInteger v) {
    return hex(v.longValue());
  }

  /** Bits 64 to 127 of {@code v} as a long literal. */
  static String hi(BigInteger v) {
    return hex(v.shiftRight(64).longValue());
  }

  /** A Java string literal (for comments and messages: printable ASCII, escapes otherwise). */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c >= 32 && c < 127) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append('"').toString();
  }
}
