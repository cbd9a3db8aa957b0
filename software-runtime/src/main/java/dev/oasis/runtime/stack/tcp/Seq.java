package dev.oasis.runtime.stack.tcp;

/**
 * Sequence number comparisons modulo 2^32 (RFC 9293 3.4): {@code a} is before {@code b} when {@code
 * b - a}, as a signed 32-bit value, is positive. Valid while the numbers compared are less than
 * 2^31 apart, which windows of at most 65535 bytes guarantee.
 */
final class Seq {

  private Seq() {}

  static boolean lt(int a, int b) {
    return a - b < 0;
  }

  static boolean le(int a, int b) {
    return a - b <= 0;
  }

  static boolean gt(int a, int b) {
    return a - b > 0;
  }

  static boolean ge(int a, int b) {
    return a - b >= 0;
  }

  /** Whether {@code low <= x < high}. */
  static boolean inWindow(int x, int low, int high) {
    return le(low, x) && lt(x, high);
  }

  /** The later of two sequence numbers. */
  static int max(int a, int b) {
    return gt(a, b) ? a : b;
  }

  /** A sequence number as the unsigned value the wire carries. */
  static long unsigned(int seq) {
    return Integer.toUnsignedLong(seq);
  }
}
