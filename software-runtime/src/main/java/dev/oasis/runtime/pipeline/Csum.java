package dev.oasis.runtime.pipeline;

/**
 * The Internet checksum (RFC 1071) computed incrementally over a byte string given in pieces, and
 * the incremental update of RFC 1624 (equation 3).
 *
 * <p>A running sum is one long: the sum of the 16-bit big-endian words so far in the low bits, and
 * in bit 62 whether an odd number of bytes has been added (the next byte is then the low byte of
 * the current word). Start from 0, add pieces in order, and {@link #finish}: an odd total is padded
 * with one zero byte, as RFC 1071 says.
 */
public final class Csum {
  private Csum() {}

  private static final long ODD = 1L << 62;

  public static long addByte(long state, int b) {
    long v = b & 0xff;
    if ((state & ODD) != 0) {
      return (state & ~ODD) + v;
    }
    return (state + (v << 8)) | ODD;
  }

  /** Adds {@code len} bytes of {@code a} from {@code off}. */
  public static long addBytes(long state, byte[] a, int off, int len) {
    int i = off;
    int end = off + len;
    if (len > 0 && (state & ODD) != 0) {
      state = addByte(state, a[i++]);
    }
    long sum = state;
    // Four words at a time; a frame adds at most 2^15 words of 2^16, far below the odd flag.
    for (; i + 7 < end; i += 8) {
      long w = Bits.u64(a, i);
      sum += (w >>> 48) + ((w >>> 32) & 0xffff) + ((w >>> 16) & 0xffff) + (w & 0xffff);
    }
    for (; i + 1 < end; i += 2) {
      sum += ((a[i] & 0xff) << 8) | (a[i + 1] & 0xff);
    }
    if (i < end) {
      sum = addByte(sum, a[i]);
    }
    return sum;
  }

  /** Adds the low {@code nbytes} bytes (1 to 8) of {@code v}, big-endian. */
  public static long addValue(long state, long v, int nbytes) {
    for (int i = nbytes - 1; i >= 0; i--) {
      state = addByte(state, (int) (v >>> (i * 8)));
    }
    return state;
  }

  /** Adds the low {@code nbytes} bytes (9 to 16) of the 128-bit value {@code hi:lo}. */
  public static long addWide(long state, long hi, long lo, int nbytes) {
    return addValue(addValue(state, hi, nbytes - 8), lo, 8);
  }

  /** The complemented one's-complement sum: the checksum. */
  public static long finish(long state) {
    return ~fold(state & ~ODD) & 0xffff;
  }

  /**
   * RFC 1624 eqn 3 for data of {@code words} 16-bit words (1 to 4) held in the low bits of {@code
   * old} and {@code neu}: {@code ~(~hc + ~m + m')}.
   */
  public static long update(long hc, long old, long neu, int words) {
    long sum = ~hc & 0xffff;
    for (int i = words - 1; i >= 0; i--) {
      int m = (int) (old >>> (i * 16)) & 0xffff;
      int mNew = (int) (neu >>> (i * 16)) & 0xffff;
      sum += (~m & 0xffff) + mNew;
    }
    return ~fold(sum) & 0xffff;
  }

  /** {@link #update} for 128-bit data of {@code words} words (5 to 8). */
  public static long updateWide(
      long hc, long oldHi, long oldLo, long newHi, long newLo, int words) {
    long sum = ~hc & 0xffff;
    sum = addUpdate(sum, oldHi, newHi, words - 4);
    sum = addUpdate(sum, oldLo, newLo, 4);
    return ~fold(sum) & 0xffff;
  }

  private static long addUpdate(long sum, long old, long neu, int words) {
    for (int i = words - 1; i >= 0; i--) {
      int m = (int) (old >>> (i * 16)) & 0xffff;
      int mNew = (int) (neu >>> (i * 16)) & 0xffff;
      sum += (~m & 0xffff) + mNew;
    }
    return sum;
  }

  private static long fold(long sum) {
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return sum;
  }
}
