package dev.oasis.compiler.interp;

import java.math.BigInteger;
import java.util.Arrays;

/** Reading bit fields out of a frame, most significant bit first. */
final class Bits {
  private Bits() {}

  /** The {@code width} bits of {@code data} starting at bit {@code start}; they must exist. */
  static BigInteger read(byte[] data, long start, int width) {
    if (width == 0) {
      return BigInteger.ZERO;
    }
    int first = (int) (start / 8);
    int last = (int) ((start + width - 1) / 8);
    BigInteger v = new BigInteger(1, Arrays.copyOfRange(data, first, last + 1));
    long trailing = (long) (last + 1) * 8 - (start + width);
    return v.shiftRight((int) trailing)
        .and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
  }
}
