package dev.oasis.runtime.pipeline;

import java.util.Arrays;

/**
 * Byte-string values of generated code ({@code bytes<MAX>} fields, string constants, {@code
 * lower()}), each given as an array, an offset and a length: comparison, ASCII lower-casing and
 * packing into the words of a table key.
 */
public final class ByteStrings {
  private ByteStrings() {}

  public static boolean equal(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    return Arrays.equals(a, aOff, aOff + aLen, b, bOff, bOff + bLen);
  }

  /** Copies {@code len} bytes to {@code dst} (from 0) with A-Z turned into a-z; returns dst. */
  public static byte[] lower(byte[] src, int off, int len, byte[] dst) {
    for (int i = 0; i < len; i++) {
      byte c = src[off + i];
      dst[i] = c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
    }
    return dst;
  }

  /**
   * Writes a byte string into {@code 1 + words} key words from {@code at}: its length, then its
   * bytes big-endian, eight to a word, zero after the end.
   */
  public static void pack(long[] key, int at, int words, byte[] src, int off, int len) {
    key[at] = len;
    for (int w = 0; w < words; w++) {
      long v = 0;
      int base = w * 8;
      for (int i = 0; i < 8; i++) {
        int p = base + i;
        v = (v << 8) | (p < len ? src[off + p] & 0xffL : 0);
      }
      key[at + 1 + w] = v;
    }
  }

  /** The number of key words after the length word for a byte string of at most {@code max}. */
  public static int words(int maxBytes) {
    return (maxBytes + 7) / 8;
  }
}
