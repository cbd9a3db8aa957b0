package dev.oasis.compiler.gen;

import java.math.BigInteger;

/** Reading and writing bit fields of a frame, most significant bit first. */
final class FrameBits {
  private FrameBits() {}

  static BigInteger readBits(byte[] frame, long bit, int width) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < width; i++) {
      long b = bit + i;
      int byteValue = frame[(int) (b / 8)] & 0xff;
      int set = (byteValue >> (7 - (int) (b % 8))) & 1;
      v = v.shiftLeft(1).or(BigInteger.valueOf(set));
    }
    return v;
  }

  static void writeBits(byte[] frame, long bit, int width, BigInteger value) {
    for (int i = 0; i < width; i++) {
      long b = bit + i;
      int index = (int) (b / 8);
      int shift = 7 - (int) (b % 8);
      if (value.testBit(width - 1 - i)) {
        frame[index] |= (byte) (1 << shift);
      } else {
        frame[index] &= (byte) ~(1 << shift);
      }
    }
  }
}
