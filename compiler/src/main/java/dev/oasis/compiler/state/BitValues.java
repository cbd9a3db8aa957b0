package dev.oasis.compiler.state;

import java.math.BigInteger;

/** Helpers for unsigned {@code bit<N>} values held as {@link BigInteger}. */
public final class BitValues {
  private BitValues() {}

  /** {@code 2^width - 1}. */
  public static BigInteger mask(int width) {
    return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
  }

  /** True if {@code value} is in {@code 0 .. 2^width - 1}. */
  public static boolean fits(BigInteger value, int width) {
    return value.signum() >= 0 && value.bitLength() <= width;
  }

  /** {@code value} modulo {@code 2^width}. */
  public static BigInteger truncate(BigInteger value, int width) {
    return value.and(mask(width));
  }

  /** The low {@code length * 8} bits of {@code value}, big-endian, zero-padded on the left. */
  public static byte[] toBytes(BigInteger value, int length) {
    byte[] out = new byte[length];
    byte[] raw = value.toByteArray();
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }

  /** Bytes needed for {@code width} bits. */
  public static int bytesFor(int width) {
    return (width + 7) / 8;
  }

  /** {@code 0x}-prefixed lowercase hexadecimal, as snapshots and messages print values. */
  public static String hex(BigInteger value) {
    return "0x" + value.toString(16);
  }

  /** The range text of a width for messages: {@code bit<8> (0 to 255)}. */
  public static String describeRange(int width) {
    return "bit<" + width + "> (0 to " + mask(width) + ")";
  }
}
