package dev.oasis.runtime.pipeline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Big-endian bit fields in byte arrays: what generated code reads and writes header fields with.
 * Offsets of the {@code uN}/{@code putUN} methods are in bytes; those of {@link #get}, {@link #put}
 * and {@link #copy} in bits, bit 0 being the most significant bit of byte 0. Values are unsigned: a
 * field of {@code w < 64} bits reads as a non-negative long below {@code 2^w}.
 *
 * <p>Nothing is checked beyond what the JVM checks: callers pass offsets inside the arrays.
 */
public final class Bits {
  private Bits() {}

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /** {@code 2^width - 1} for {@code width} in 0 to 64. */
  public static long mask(int width) {
    return width >= 64 ? -1L : (1L << width) - 1;
  }

  public static long u8(byte[] b, int off) {
    return b[off] & 0xffL;
  }

  public static long u16(byte[] b, int off) {
    return (short) SHORT.get(b, off) & 0xffffL;
  }

  public static long u24(byte[] b, int off) {
    return (u16(b, off) << 8) | u8(b, off + 2);
  }

  public static long u32(byte[] b, int off) {
    return (int) INT.get(b, off) & 0xffff_ffffL;
  }

  public static long u40(byte[] b, int off) {
    return (u32(b, off) << 8) | u8(b, off + 4);
  }

  public static long u48(byte[] b, int off) {
    return (u32(b, off) << 16) | u16(b, off + 4);
  }

  public static long u56(byte[] b, int off) {
    return (u32(b, off) << 24) | u24(b, off + 4);
  }

  public static long u64(byte[] b, int off) {
    return (long) LONG.get(b, off);
  }

  /** The {@code n} bytes (1 to 8) at {@code off} as a big-endian number. */
  public static long uN(byte[] b, int off, int n) {
    return switch (n) {
      case 1 -> u8(b, off);
      case 2 -> u16(b, off);
      case 3 -> u24(b, off);
      case 4 -> u32(b, off);
      case 5 -> u40(b, off);
      case 6 -> u48(b, off);
      case 7 -> u56(b, off);
      case 8 -> u64(b, off);
      default -> throw new IllegalArgumentException("byte count " + n + " is not 1 to 8");
    };
  }

  public static void putU8(byte[] b, int off, long v) {
    b[off] = (byte) v;
  }

  public static void putU16(byte[] b, int off, long v) {
    SHORT.set(b, off, (short) v);
  }

  public static void putU24(byte[] b, int off, long v) {
    putU16(b, off, v >>> 8);
    b[off + 2] = (byte) v;
  }

  public static void putU32(byte[] b, int off, long v) {
    INT.set(b, off, (int) v);
  }

  public static void putU40(byte[] b, int off, long v) {
    putU32(b, off, v >>> 8);
    b[off + 4] = (byte) v;
  }

  public static void putU48(byte[] b, int off, long v) {
    putU32(b, off, v >>> 16);
    putU16(b, off + 4, v);
  }

  public static void putU56(byte[] b, int off, long v) {
    putU32(b, off, v >>> 24);
    putU24(b, off + 4, v);
  }

  public static void putU64(byte[] b, int off, long v) {
    LONG.set(b, off, v);
  }

  /** Writes the low {@code n * 8} bits of {@code v} (n from 1 to 8) big-endian at {@code off}. */
  public static void putN(byte[] b, int off, int n, long v) {
    switch (n) {
      case 1 -> putU8(b, off, v);
      case 2 -> putU16(b, off, v);
      case 3 -> putU24(b, off, v);
      case 4 -> putU32(b, off, v);
      case 5 -> putU40(b, off, v);
      case 6 -> putU48(b, off, v);
      case 7 -> putU56(b, off, v);
      case 8 -> putU64(b, off, v);
      default -> throw new IllegalArgumentException("byte count " + n + " is not 1 to 8");
    }
  }

  /** The {@code width} bits (1 to 64) starting at bit {@code bitOff}. */
  public static long get(byte[] b, int bitOff, int width) {
    int first = bitOff >>> 3;
    int last = (bitOff + width - 1) >>> 3;
    int n = last - first + 1;
    if (n <= 8) {
      int shift = n * 8 - (bitOff & 7) - width;
      return (uN(b, first, n) >>> shift) & mask(width);
    }
    // Nine bytes: a field of more than 56 bits that does not start on a byte boundary.
    int r = 72 - (bitOff & 7) - width;
    return ((u64(b, first) << (8 - r)) | (u8(b, first + 8) >>> r)) & mask(width);
  }

  /** Writes the low {@code width} bits (1 to 64) of {@code v} at bit {@code bitOff}. */
  public static void put(byte[] b, int bitOff, int width, long v) {
    if (width > 56) {
      put(b, bitOff, width - 32, v >>> 32);
      put(b, bitOff + width - 32, 32, v);
      return;
    }
    int first = bitOff >>> 3;
    int last = (bitOff + width - 1) >>> 3;
    int n = last - first + 1;
    int shift = n * 8 - (bitOff & 7) - width;
    long m = mask(width) << shift;
    long old = uN(b, first, n);
    putN(b, first, n, (old & ~m) | ((v << shift) & m));
  }

  /**
   * Copies {@code bits} bits from bit {@code srcBit} of {@code src} to bit {@code dstBit} of {@code
   * dst}; the arrays must be different or the ranges must not overlap.
   */
  public static void copy(byte[] src, int srcBit, byte[] dst, int dstBit, int bits) {
    if (((srcBit | dstBit | bits) & 7) == 0) {
      System.arraycopy(src, srcBit >>> 3, dst, dstBit >>> 3, bits >>> 3);
      return;
    }
    int done = 0;
    while (done < bits) {
      int chunk = Math.min(32, bits - done);
      put(dst, dstBit + done, chunk, get(src, srcBit + done, chunk));
      done += chunk;
    }
  }
}
