package dev.oasis.runtime.net;

/**
 * The Internet checksum (RFC 1071), its incremental update (RFC 1624) and the IPv4 pseudo header
 * used by UDP and TCP (RFC 768, RFC 793).
 *
 * <p>The checksum is the 16-bit ones' complement of the ones' complement sum of the data taken as
 * big-endian 16-bit words, an odd final byte padded with a zero byte. Sums are accumulated in a
 * long and folded (end-around carry) only at the end, so partial sums from {@link #sum} and {@link
 * #pseudoHeaderSum} can simply be added.
 *
 * <p>A received header or message verifies when the folded sum over it, checksum field included, is
 * {@code 0xffff} ({@link #verifies}).
 */
public final class Checksums {

  private Checksums() {}

  /**
   * The unfolded sum of {@code length} bytes from {@code offset} as big-endian 16-bit words.
   * Lengths up to 2^30 cannot overflow the long.
   */
  public static long sum(byte[] buffer, int offset, int length) {
    long sum = 0;
    int end = offset + length;
    int i = offset;
    for (; i + 1 < end; i += 2) {
      sum += ((buffer[i] & 0xff) << 8) | (buffer[i + 1] & 0xff);
    }
    if (i < end) {
      sum += (buffer[i] & 0xff) << 8;
    }
    return sum;
  }

  /** Folds carries above bit 15 back into the low 16 bits (ones' complement addition). */
  public static int fold(long sum) {
    while ((sum >>> 16) != 0) {
      sum = (sum & 0xffff) + (sum >>> 16);
    }
    return (int) sum;
  }

  /** The checksum of an unfolded sum: the ones' complement of its folded value. */
  public static int complement(long sum) {
    return ~fold(sum) & 0xffff;
  }

  /** The RFC 1071 Internet checksum of {@code length} bytes from {@code offset}. */
  public static int internetChecksum(byte[] buffer, int offset, int length) {
    return complement(sum(buffer, offset, length));
  }

  /** Whether data that includes its own checksum field verifies (folded sum is 0xffff). */
  public static boolean verifies(byte[] buffer, int offset, int length) {
    return fold(sum(buffer, offset, length)) == 0xffff;
  }

  /**
   * The checksum after one 16-bit word of the covered data changes from {@code oldWord} to {@code
   * newWord}, by RFC 1624 equation 3: {@code HC' = ~(~HC + ~m + m')}.
   *
   * <p>Unlike the older RFC 1141 form this never turns a correct {@code 0x0000} into {@code
   * 0xffff}. Per RFC 1624 errata 4782, call it only when the word actually changes: with {@code
   * oldWord == newWord} and a checksum of 0 it returns {@code 0xffff}.
   *
   * @param oldChecksum the checksum field as it is now, 0..0xffff
   * @param oldWord the word's old value, 0..0xffff
   * @param newWord the word's new value, 0..0xffff
   */
  public static int incrementalUpdate(int oldChecksum, int oldWord, int newWord) {
    long sum = (~oldChecksum & 0xffff) + (~oldWord & 0xffff) + (newWord & 0xffff);
    return complement(sum);
  }

  /**
   * The IPv4 header checksum of the {@code headerLength} bytes at {@code offset}, computed as if
   * the checksum field (bytes 10 and 11) were zero; the buffer is not modified.
   */
  public static int ipv4HeaderChecksum(byte[] buffer, int offset, int headerLength) {
    long sum = sum(buffer, offset, headerLength) - Bytes.u16(buffer, offset + 10);
    return complement(sum);
  }

  /**
   * The unfolded sum of the IPv4 pseudo header: source, destination, zero byte, protocol and the
   * transport length.
   */
  public static long pseudoHeaderSum(
      Ipv4Address source, Ipv4Address destination, int protocol, int transportLength) {
    return (source.bits() >>> 16)
        + (source.bits() & 0xffff)
        + (destination.bits() >>> 16)
        + (destination.bits() & 0xffff)
        + (protocol & 0xff)
        + (transportLength & 0xffff);
  }

  /**
   * The checksum of a transport segment with the IPv4 pseudo header (UDP, TCP). The segment's own
   * checksum field must be zero when this is used to fill it in; UDP then sends a result of 0 as
   * {@code 0xffff} (RFC 768).
   */
  public static int transportChecksum(
      Ipv4Address source,
      Ipv4Address destination,
      int protocol,
      byte[] buffer,
      int offset,
      int length) {
    return complement(
        pseudoHeaderSum(source, destination, protocol, length) + sum(buffer, offset, length));
  }

  /** Whether a received transport segment, checksum field included, verifies. */
  public static boolean transportVerifies(
      Ipv4Address source,
      Ipv4Address destination,
      int protocol,
      byte[] buffer,
      int offset,
      int length) {
    long sum = pseudoHeaderSum(source, destination, protocol, length) + sum(buffer, offset, length);
    return fold(sum) == 0xffff;
  }
}
