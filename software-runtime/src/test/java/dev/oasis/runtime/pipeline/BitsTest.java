package dev.oasis.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bit fields in byte arrays against the plain definition: the array as one big-endian number, a
 * field being {@code width} bits at a bit offset counted from the most significant bit.
 */
class BitsTest {
  private final Random random = new Random(7);

  private static BigInteger number(byte[] b) {
    return new BigInteger(1, b);
  }

  private static long expected(byte[] b, int bitOff, int width) {
    int total = b.length * 8;
    return number(b)
        .shiftRight(total - bitOff - width)
        .and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE))
        .longValue();
  }

  @Test
  void getReadsEveryOffsetAndWidth() {
    byte[] b = new byte[12];
    for (int round = 0; round < 20; round++) {
      random.nextBytes(b);
      for (int width = 1; width <= 64; width++) {
        for (int off = 0; off + width <= b.length * 8; off++) {
          assertThat(Bits.get(b, off, width))
              .as("width %d at bit %d", width, off)
              .isEqualTo(expected(b, off, width));
        }
      }
    }
  }

  @Test
  void putWritesOnlyItsBits() {
    byte[] b = new byte[12];
    for (int round = 0; round < 2000; round++) {
      random.nextBytes(b);
      int width = 1 + random.nextInt(64);
      int off = random.nextInt(b.length * 8 - width + 1);
      long v = random.nextLong();
      BigInteger before = number(b);
      Bits.put(b, off, width, v);

      int total = b.length * 8;
      BigInteger mask =
          BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE).shiftLeft(total - off - width);
      BigInteger value =
          new BigInteger(Long.toUnsignedString(v))
              .and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE))
              .shiftLeft(total - off - width);
      assertThat(number(b)).isEqualTo(before.andNot(mask).or(value));
    }
  }

  @Test
  void alignedReadersAgreeWithGet() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    for (int n = 1; n <= 8; n++) {
      for (int off = 0; off + n <= b.length; off++) {
        assertThat(Bits.uN(b, off, n)).isEqualTo(Bits.get(b, off * 8, n * 8));
        byte[] c = b.clone();
        Bits.putN(c, off, n, 0x0123456789abcdefL);
        assertThat(Bits.get(c, off * 8, n * 8)).isEqualTo(0x0123456789abcdefL & Bits.mask(n * 8));
      }
    }
  }

  @Test
  void copyMovesBitRangesAtAnyAlignment() {
    for (int round = 0; round < 500; round++) {
      byte[] src = new byte[20];
      byte[] dst = new byte[20];
      random.nextBytes(src);
      random.nextBytes(dst);
      int bits = random.nextInt(100);
      int from = random.nextInt(160 - bits + 1);
      int to = random.nextInt(160 - bits + 1);
      byte[] expected = dst.clone();
      for (int i = 0; i < bits; i++) {
        Bits.put(expected, to + i, 1, Bits.get(src, from + i, 1));
      }
      Bits.copy(src, from, dst, to, bits);
      assertThat(dst).isEqualTo(expected);
    }
  }
}
