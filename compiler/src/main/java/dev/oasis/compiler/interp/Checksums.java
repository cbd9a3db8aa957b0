package dev.oasis.compiler.interp;

/**
 * The Internet checksum builtins. {@code csum16} is the RFC 1071 one's-complement sum of the
 * big-endian 16-bit words of the data (an odd length padded with one zero byte), complemented: over
 * a header whose checksum field is correct it gives 0. {@code csum16_update} is RFC 1624 equation
 * 3, {@code HC' = ~(~HC + ~m + m')}, with m and m' summed as 16-bit words.
 */
public final class Checksums {
  private Checksums() {}

  /** RFC 1071 over {@code data}. */
  public static int csum16(byte[] data) {
    long sum = 0;
    for (int i = 0; i < data.length; i += 2) {
      int hi = data[i] & 0xff;
      int lo = i + 1 < data.length ? data[i + 1] & 0xff : 0;
      sum += (hi << 8) | lo;
    }
    return ~fold(sum) & 0xffff;
  }

  /**
   * RFC 1624 eqn 3: the checksum {@code hc} after the 16-bit words {@code oldWords} of the data
   * became {@code newWords} (same length, a multiple of 2 bytes).
   */
  public static int csum16Update(int hc, byte[] oldWords, byte[] newWords) {
    if (oldWords.length != newWords.length || oldWords.length % 2 != 0) {
      throw new IllegalArgumentException(
          "old and new data must have the same even length; got "
              + oldWords.length
              + " and "
              + newWords.length
              + " bytes");
    }
    long sum = ~hc & 0xffff;
    for (int i = 0; i < oldWords.length; i += 2) {
      int m = ((oldWords[i] & 0xff) << 8) | (oldWords[i + 1] & 0xff);
      int mNew = ((newWords[i] & 0xff) << 8) | (newWords[i + 1] & 0xff);
      sum += (~m & 0xffff) + mNew;
    }
    return ~fold(sum) & 0xffff;
  }

  private static int fold(long sum) {
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) sum;
  }
}
