package dev.oasis.runtime.pipeline;

/**
 * CRC-32/IEEE (reflected polynomial 0xEDB88320, initial value and final xor 0xFFFFFFFF: the CRC of
 * {@link java.util.zip.CRC32}) over the big-endian bytes of a key of up to 128 bits, without
 * allocating. This is the hash of the map contract.
 */
public final class Crc32 {
  private Crc32() {}

  private static final int[] TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      TABLE[n] = c;
    }
  }

  /**
   * The CRC of the last {@code nbytes} bytes (1 to 16) of the 128-bit big-endian number {@code
   * hi:lo}, as an unsigned 32-bit value.
   */
  public static long ofKey(long hi, long lo, int nbytes) {
    int crc = 0xFFFFFFFF;
    for (int i = nbytes - 1; i >= 0; i--) {
      int b = (int) (i >= 8 ? hi >>> ((i - 8) * 8) : lo >>> (i * 8)) & 0xff;
      crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
    }
    return ~crc & 0xFFFF_FFFFL;
  }
}
