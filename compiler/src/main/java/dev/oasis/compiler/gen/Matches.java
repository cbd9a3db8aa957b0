package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Matching a value against a keyset component, and choosing values that match one. */
final class Matches {
  private Matches() {}

  static boolean matches(Match m, Object value, Type type) {
    if (m instanceof Match.Any) {
      return true;
    }
    if (m instanceof Match.BytesExact b) {
      return value instanceof byte[] v && Arrays.equals(v, b.value());
    }
    BigInteger v = (BigInteger) value;
    if (m instanceof Match.Exact e) {
      return v.equals(e.value());
    }
    if (m instanceof Match.Ternary t) {
      return v.and(t.mask()).equals(t.value().and(t.mask()));
    }
    if (m instanceof Match.Range r) {
      return v.compareTo(r.low()) >= 0 && v.compareTo(r.high()) <= 0;
    }
    Match.Lpm l = (Match.Lpm) m;
    int width = type.width();
    BigInteger mask = ModelEval.mask(l.prefixLength()).shiftLeft(width - l.prefixLength());
    return v.and(mask).equals(l.value().and(mask));
  }

  /** A random value of {@code width} bits. */
  static BigInteger random(int width, SplittableRandom rnd) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < width; i += 31) {
      v = v.shiftLeft(31).or(BigInteger.valueOf(rnd.nextInt() & 0x7fffffff));
    }
    return v.and(ModelEval.mask(width));
  }

  /**
   * A value matching {@code m}; {@code variant} 0 picks the low bound of a range, 1 the high bound,
   * others a random value inside (and random bits outside masks and prefixes).
   */
  static BigInteger sample(Match m, int width, int variant, SplittableRandom rnd) {
    BigInteger r = random(width, rnd);
    if (m instanceof Match.Exact e) {
      return e.value();
    }
    if (m instanceof Match.Range range) {
      if (variant == 0) {
        return range.low();
      }
      if (variant == 1) {
        return range.high();
      }
      BigInteger span = range.high().subtract(range.low()).add(BigInteger.ONE);
      return range.low().add(r.mod(span));
    }
    if (m instanceof Match.Ternary t) {
      return t.value().and(t.mask()).or(r.andNot(t.mask()));
    }
    if (m instanceof Match.Lpm l) {
      BigInteger mask = ModelEval.mask(l.prefixLength()).shiftLeft(width - l.prefixLength());
      return l.value().and(mask).or(r.andNot(mask));
    }
    return r;
  }

  /** A value near the edges of {@code m} (one past a bound, a flipped masked bit), or random. */
  static BigInteger nearMiss(Match m, int width, SplittableRandom rnd) {
    BigInteger max = ModelEval.mask(width);
    BigInteger v;
    if (m instanceof Match.Exact e) {
      v = rnd.nextBoolean() ? e.value().add(BigInteger.ONE) : e.value().subtract(BigInteger.ONE);
    } else if (m instanceof Match.Range r) {
      v = rnd.nextBoolean() ? r.low().subtract(BigInteger.ONE) : r.high().add(BigInteger.ONE);
    } else if (m instanceof Match.Ternary t && t.mask().signum() != 0) {
      v = t.value().flipBit(t.mask().getLowestSetBit());
    } else {
      v = random(width, rnd);
    }
    return v.signum() < 0 || v.compareTo(max) > 0 ? random(width, rnd) : v.and(max);
  }
}
