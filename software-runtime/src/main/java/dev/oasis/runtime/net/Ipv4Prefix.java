package dev.oasis.runtime.net;

/**
 * An IPv4 address with a prefix length, e.g. an interface address {@code 10.0.1.1/24}.
 *
 * <p>The address keeps its host bits: {@code 10.0.1.1/24} is the interface address 10.0.1.1 on the
 * subnet 10.0.1.0/24.
 *
 * @param address the address, host bits included
 * @param length the prefix length, 0..32
 */
public record Ipv4Prefix(Ipv4Address address, int length) {

  /** Checks the prefix length. */
  public Ipv4Prefix {
    if (address == null) {
      throw new IllegalArgumentException("ipv4 prefix address is null");
    }
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException(
          "ipv4 prefix length " + length + " is out of range, expected 0..32");
    }
  }

  /**
   * Parses {@code a.b.c.d/n}.
   *
   * @throws IllegalArgumentException naming the text if it is not a prefix
   */
  public static Ipv4Prefix parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "ipv4 prefix '" + text + "' has no '/', expected a form like 10.0.1.1/24");
    }
    String lengthText = text.substring(slash + 1);
    if (lengthText.isEmpty()
        || lengthText.length() > 2
        || !lengthText.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "ipv4 prefix '" + text + "' has length '" + lengthText + "', expected 0..32");
    }
    return new Ipv4Prefix(
        Ipv4Address.parse(text.substring(0, slash)), Integer.parseInt(lengthText));
  }

  /** The network mask as an int, e.g. {@code 0xffffff00} for /24. */
  public int mask() {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  /** The network address (host bits cleared). */
  public Ipv4Address network() {
    return new Ipv4Address(address.bits() & mask());
  }

  /** The directed broadcast address of the subnet (host bits set). */
  public Ipv4Address directedBroadcast() {
    return new Ipv4Address(address.bits() | ~mask());
  }

  /** Whether {@code other} is on this subnet. */
  public boolean contains(Ipv4Address other) {
    return (other.bits() & mask()) == (address.bits() & mask());
  }

  @Override
  public String toString() {
    return address + "/" + length;
  }
}
