package dev.oasis.runtime.net;

/**
 * An IPv4 address, held in an int in network order (the first dotted-decimal number in the top
 * byte).
 *
 * @param bits the address; compare with {@link Integer#compareUnsigned} for ordering
 */
public record Ipv4Address(int bits) {

  /** The length of an IPv4 address on the wire, in bytes. */
  public static final int LENGTH = 4;

  /** {@code 0.0.0.0}. */
  public static final Ipv4Address ANY = new Ipv4Address(0);

  /** {@code 255.255.255.255}, the limited broadcast address. */
  public static final Ipv4Address BROADCAST = new Ipv4Address(0xffff_ffff);

  /**
   * Parses dotted-decimal text such as {@code 10.0.0.1}: four decimal numbers 0..255, no leading
   * zeros beyond a single {@code 0}.
   *
   * @throws IllegalArgumentException naming the text if it is not an IPv4 address
   */
  public static Ipv4Address parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != LENGTH) {
      throw new IllegalArgumentException(
          "ipv4 address '" + text + "' has " + parts.length + " parts, expected 4 like 10.0.0.1");
    }
    int bits = 0;
    for (String part : parts) {
      bits = (bits << 8) | parseOctet(text, part);
    }
    return new Ipv4Address(bits);
  }

  private static int parseOctet(String text, String part) {
    boolean digitsOnly =
        !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digitsOnly || (part.length() > 1 && part.charAt(0) == '0')) {
      throw new IllegalArgumentException(
          "ipv4 address '" + text + "' has part '" + part + "', expected a number 0..255");
    }
    int value = Integer.parseInt(part);
    if (value > 255) {
      throw new IllegalArgumentException(
          "ipv4 address '" + text + "' has part " + value + ", expected 0..255");
    }
    return value;
  }

  /** Reads four bytes at {@code offset}; the caller has checked that they exist. */
  public static Ipv4Address read(byte[] buffer, int offset) {
    return new Ipv4Address((int) Bytes.u32(buffer, offset));
  }

  /** Writes the four bytes at {@code offset}. */
  public void writeTo(byte[] buffer, int offset) {
    Bytes.put32(buffer, offset, bits);
  }

  /** Whether this is {@code 0.0.0.0}. */
  public boolean isUnspecified() {
    return bits == 0;
  }

  /** Whether this is the limited broadcast address {@code 255.255.255.255}. */
  public boolean isBroadcast() {
    return bits == BROADCAST.bits;
  }

  /** Whether this is in {@code 224.0.0.0/4}. */
  public boolean isMulticast() {
    return (bits >>> 28) == 0xe;
  }

  /** Whether this is in {@code 127.0.0.0/8}. */
  public boolean isLoopback() {
    return (bits >>> 24) == 127;
  }

  /** Whether this is in the reserved class E range {@code 240.0.0.0/4} (broadcast included). */
  public boolean isClassE() {
    return (bits >>> 28) == 0xf;
  }

  @Override
  public String toString() {
    return (bits >>> 24)
        + "."
        + ((bits >>> 16) & 0xff)
        + "."
        + ((bits >>> 8) & 0xff)
        + "."
        + (bits & 0xff);
  }
}
