package dev.oasis.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** 65 to 128-bit arithmetic on long pairs against BigInteger modulo 2^N. */
class WideTest {
  private final Random random = new Random(11);

  private BigInteger value(int width) {
    // Bias towards edges: all ones, zero, single bits.
    return switch (random.nextInt(5)) {
      case 0 -> BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
      case 1 -> BigInteger.ZERO;
      case 2 -> BigInteger.ONE.shiftLeft(random.nextInt(width));
      default -> new BigInteger(width, random);
    };
  }

  private static long hi(BigInteger v) {
    return v.shiftRight(64).longValue();
  }

  private static long lo(BigInteger v) {
    return v.longValue();
  }

  private static BigInteger of(long hi, long lo) {
    return new BigInteger(Long.toUnsignedString(hi))
        .shiftLeft(64)
        .add(new BigInteger(Long.toUnsignedString(lo)));
  }

  private static BigInteger mod(BigInteger v, int width) {
    return v.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
  }

  @Test
  void addSubMulMatchModularArithmetic() {
    for (int round = 0; round < 20_000; round++) {
      int w = 65 + random.nextInt(64);
      BigInteger a = value(w);
      BigInteger b = value(w);
      long hm = Bits.mask(w - 64);

      long lo = lo(a) + lo(b);
      long hi = (hi(a) + hi(b) + Wide.carry(lo, lo(a))) & hm;
      assertThat(of(hi, lo)).isEqualTo(mod(a.add(b), w));

      lo = lo(a) - lo(b);
      hi = (hi(a) - hi(b) - Wide.borrow(lo(a), lo(b))) & hm;
      assertThat(of(hi, lo)).isEqualTo(mod(a.subtract(b), w));

      lo = lo(a) * lo(b);
      hi = (Wide.mulHigh(lo(a), lo(b)) + hi(a) * lo(b) + lo(a) * hi(b)) & hm;
      assertThat(of(hi, lo)).isEqualTo(mod(a.multiply(b), w));

      assertThat(Wide.lt(hi(a), lo(a), hi(b), lo(b))).isEqualTo(a.compareTo(b) < 0);
      assertThat(Wide.le(hi(a), lo(a), hi(b), lo(b))).isEqualTo(a.compareTo(b) <= 0);
    }
  }

  @Test
  void shiftsByAnyAmountIncludingTheWidthAndMore() {
    for (int round = 0; round < 20_000; round++) {
      int w = 65 + random.nextInt(64);
      BigInteger a = value(w);
      long n = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(140);
      BigInteger expectedLeft =
          Long.compareUnsigned(n, w) >= 0 ? BigInteger.ZERO : mod(a.shiftLeft((int) n), w);
      BigInteger expectedRight =
          Long.compareUnsigned(n, w) >= 0 ? BigInteger.ZERO : a.shiftRight((int) n);
      assertThat(of(Wide.shlHi(hi(a), lo(a), n, w), Wide.shlLo(hi(a), lo(a), n, w)))
          .as("%s << %d in %d bits", a, n, w)
          .isEqualTo(expectedLeft);
      assertThat(of(Wide.shrHi(hi(a), lo(a), n, w), Wide.shrLo(hi(a), lo(a), n, w)))
          .as("%s >> %d in %d bits", a, n, w)
          .isEqualTo(expectedRight);
    }
  }

  @Test
  void narrowShiftsAndDivisionsMatchTheDefinitions() {
    for (int round = 0; round < 20_000; round++) {
      int w = 1 + random.nextInt(64);
      long a = random.nextLong() & Bits.mask(w);
      long n = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(70);
      BigInteger big = new BigInteger(Long.toUnsignedString(a));
      long left = Long.compareUnsigned(n, w) >= 0 ? 0 : mod(big.shiftLeft((int) n), w).longValue();
      long right = Long.compareUnsigned(n, w) >= 0 ? 0 : big.shiftRight((int) n).longValue();
      assertThat(Ops.shl(a, n, w)).isEqualTo(left);
      assertThat(Ops.shr(a, n, w)).isEqualTo(right);
    }
    assertThat(Ops.div(7, 0)).isZero();
    assertThat(Ops.mod(7, 0)).isZero();
    assertThat(Ops.div(-1L, 2)).isEqualTo(Long.MAX_VALUE);
    assertThat(Ops.mod(-1L, 10)).isEqualTo(5);
  }
}
