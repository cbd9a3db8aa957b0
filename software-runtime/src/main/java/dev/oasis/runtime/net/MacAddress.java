package dev.oasis.runtime.net;

/**
 * A 48-bit IEEE 802 MAC address, held in the low 48 bits of a long.
 *
 * <p>Written and parsed as six colon-separated pairs of hex digits, e.g. {@code 02:00:00:00:00:10}.
 *
 * @param bits the address, most significant (first transmitted) byte in bits 47..40
 */
public record MacAddress(long bits) {

  /** The length of a MAC address on the wire, in bytes. */
  public static final int LENGTH = 6;

  /** {@code ff:ff:ff:ff:ff:ff}. */
  public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);

  /** {@code 00:00:00:00:00:00}, e.g. the unknown target hardware address of an ARP request. */
  public static final MacAddress ZERO = new MacAddress(0);

  /** Checks that only the low 48 bits are set. */
  public MacAddress {
    if ((bits & ~0xffff_ffff_ffffL) != 0) {
      throw new IllegalArgumentException(
          String.format("mac address bits 0x%x exceed 48 bits", bits));
    }
  }

  /**
   * Parses {@code aa:bb:cc:dd:ee:ff} (hex digits in either case; {@code -} is accepted in place of
   * {@code :}).
   *
   * @throws IllegalArgumentException naming the text if it is not a MAC address
   */
  public static MacAddress parse(String text) {
    String[] parts = text.split("[:-]", -1);
    if (parts.length != LENGTH) {
      throw new IllegalArgumentException(
          "mac address '"
              + text
              + "' has "
              + parts.length
              + " groups, expected 6 like "
              + "02:00:00:00:00:10");
    }
    long bits = 0;
    for (String part : parts) {
      if (part.length() != 2
          || Character.digit(part.charAt(0), 16) < 0
          || Character.digit(part.charAt(1), 16) < 0) {
        throw new IllegalArgumentException(
            "mac address '" + text + "' has group '" + part + "', expected two hex digits");
      }
      bits = (bits << 8) | Integer.parseInt(part, 16);
    }
    return new MacAddress(bits);
  }

  /** Reads six bytes at {@code offset}; the caller has checked that they exist. */
  public static MacAddress read(byte[] buffer, int offset) {
    long bits = 0;
    for (int i = 0; i < LENGTH; i++) {
      bits = (bits << 8) | (buffer[offset + i] & 0xff);
    }
    return new MacAddress(bits);
  }

  /** Writes the six bytes at {@code offset}. */
  public void writeTo(byte[] buffer, int offset) {
    for (int i = 0; i < LENGTH; i++) {
      buffer[offset + i] = (byte) (bits >>> (8 * (LENGTH - 1 - i)));
    }
  }

  /** Whether this is the all-ones broadcast address. */
  public boolean isBroadcast() {
    return equals(BROADCAST);
  }

  /** Whether the group bit (least significant bit of the first byte) is set; true for broadcast. */
  public boolean isMulticast() {
    return (bits & 0x0100_0000_0000L) != 0;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(17);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0) {
        text.append(':');
      }
      text.append(String.format("%02x", (bits >>> (8 * (LENGTH - 1 - i))) & 0xff));
    }
    return text.toString();
  }
}
