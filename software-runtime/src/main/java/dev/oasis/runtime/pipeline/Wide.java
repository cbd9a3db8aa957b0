package dev.oasis.runtime.pipeline;

/**
 * Arithmetic on {@code bit<N>} values of 65 to 128 bits held as two longs: {@code hi} (the top
 * {@code N - 64} bits, kept below {@code 2^(N-64)}) and {@code lo} (the low 64 bits). Generated
 * code computes each half of a result with one call, so the methods come in {@code Hi}/{@code Lo}
 * pairs; shift amounts are unsigned longs.
 */
public final class Wide {
  private Wide() {}

  /** 1 if {@code sum = a + b} carried out of 64 bits. */
  public static long carry(long sum, long a) {
    return Long.compareUnsigned(sum, a) < 0 ? 1 : 0;
  }

  /** 1 if {@code a - b} borrows (a is below b, unsigned). */
  public static long borrow(long a, long b) {
    return Long.compareUnsigned(a, b) < 0 ? 1 : 0;
  }

  /** The high 64 bits of the unsigned 128-bit product {@code a * b}. */
  public static long mulHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** Hi half of {@code (hi:lo) << n} in {@code width} bits. */
  public static long shlHi(long hi, long lo, long n, int width) {
    if (Long.compareUnsigned(n, width) >= 0) {
      return 0;
    }
    int s = (int) n;
    long r;
    if (s == 0) {
      r = hi;
    } else if (s < 64) {
      r = (hi << s) | (lo >>> (64 - s));
    } else {
      r = lo << (s - 64);
    }
    return r & Bits.mask(width - 64);
  }

  /** Lo half of {@code (hi:lo) << n} in {@code width} bits. */
  public static long shlLo(long hi, long lo, long n, int width) {
    if (Long.compareUnsigned(n, width) >= 0 || n >= 64) {
      return 0;
    }
    return lo << n;
  }

  /** Hi half of {@code (hi:lo) >> n} in {@code width} bits. */
  public static long shrHi(long hi, long lo, long n, int width) {
    if (Long.compareUnsigned(n, width) >= 0 || n >= 64) {
      return 0;
    }
    return hi >>> n;
  }

  /** Lo half of {@code (hi:lo) >> n} in {@code width} bits. */
  public static long shrLo(long hi, long lo, long n, int width) {
    if (Long.compareUnsigned(n, width) >= 0) {
      return 0;
    }
    int s = (int) n;
    if (s == 0) {
      return lo;
    }
    if (s < 64) {
      return (lo >>> s) | (hi << (64 - s));
    }
    return hi >>> (s - 64);
  }

  public static boolean lt(long ah, long al, long bh, long bl) {
    return ah != bh ? Long.compareUnsigned(ah, bh) < 0 : Long.compareUnsigned(al, bl) < 0;
  }

  public static boolean le(long ah, long al, long bh, long bl) {
    return ah != bh ? Long.compareUnsigned(ah, bh) < 0 : Long.compareUnsigned(al, bl) <= 0;
  }

  /** A narrow shift amount from a wide one: unchanged, or all ones when the hi half is set. */
  public static long amount(long hi, long lo) {
    return hi != 0 ? -1L : lo;
  }

  /** An index from a wide value: unchanged, or -1 (out of every range) when hi is set. */
  public static long index(long hi, long lo) {
    return hi != 0 ? -1L : lo;
  }

  /** The unsigned 128-bit number {@code hi:lo} (for the control plane; allocates). */
  public static java.math.BigInteger toBigInteger(long hi, long lo) {
    java.math.BigInteger low = new java.math.BigInteger(Long.toUnsignedString(lo));
    if (hi == 0) {
      return low;
    }
    return new java.math.BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).or(low);
  }
}
