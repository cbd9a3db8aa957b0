package dev.oasis.runtime.pipeline;

/**
 * Operators on {@code bit<N>} values of up to 64 bits (unsigned longs below {@code 2^N}) that need
 * more than a Java operator: shifts by a run-time amount (by N or more gives 0) and division by a
 * run-time divisor (only constant powers of two pass the type checker; the rest is for
 * completeness, and divides by zero as 0, like the interpreter).
 */
public final class Ops {
  private Ops() {}

  /** {@code (a << n) mod 2^width}; 0 when {@code n >= width} (n unsigned). */
  public static long shl(long a, long n, int width) {
    if (Long.compareUnsigned(n, width) >= 0) {
      return 0;
    }
    return (a << n) & Bits.mask(width);
  }

  /** {@code a >> n}; 0 when {@code n >= width} (n unsigned). */
  public static long shr(long a, long n, int width) {
    if (Long.compareUnsigned(n, width) >= 0) {
      return 0;
    }
    return a >>> n;
  }

  /** Unsigned {@code a / b}; 0 when b is 0. */
  public static long div(long a, long b) {
    return b == 0 ? 0 : Long.divideUnsigned(a, b);
  }

  /** Unsigned {@code a % b}; 0 when b is 0. */
  public static long mod(long a, long b) {
    return b == 0 ? 0 : Long.remainderUnsigned(a, b);
  }
}
