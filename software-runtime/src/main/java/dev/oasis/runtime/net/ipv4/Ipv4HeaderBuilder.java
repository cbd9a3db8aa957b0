package dev.oasis.runtime.net.ipv4;

import dev.oasis.runtime.net.Ipv4Address;

/**
 * Builds an {@link Ipv4Header} for sending (from {@link Ipv4Header#builder()}): unset fields are
 * zero or empty, the TTL is 64, the total length is derived from the payload length and options,
 * and the datagram is never a fragment.
 */
public final class Ipv4HeaderBuilder {
  private int dscp;
  private int ecn;
  private int payloadLength;
  private int identification;
  private boolean dontFragment;
  private int ttl = 64;
  private int protocol;
  private Ipv4Address source = Ipv4Address.ANY;
  private Ipv4Address destination = Ipv4Address.ANY;
  private byte[] options = new byte[0];

  Ipv4HeaderBuilder() {}

  /** Sets the DSCP, 0..63. */
  public Ipv4HeaderBuilder dscp(int value) {
    dscp = value;
    return this;
  }

  /** Sets the ECN bits, 0..3. */
  public Ipv4HeaderBuilder ecn(int value) {
    ecn = value;
    return this;
  }

  /** Sets the payload length; the total length is derived from it and the options. */
  public Ipv4HeaderBuilder payloadLength(int value) {
    payloadLength = value;
    return this;
  }

  /** Sets the identification, 0..0xffff. */
  public Ipv4HeaderBuilder identification(int value) {
    identification = value;
    return this;
  }

  /** Sets the DF flag. */
  public Ipv4HeaderBuilder dontFragment(boolean value) {
    dontFragment = value;
    return this;
  }

  /** Sets the TTL, 0..255. */
  public Ipv4HeaderBuilder ttl(int value) {
    ttl = value;
    return this;
  }

  /** Sets the protocol number, e.g. {@link Ipv4Wire#PROTOCOL_ICMP}. */
  public Ipv4HeaderBuilder protocol(int value) {
    protocol = value;
    return this;
  }

  /** Sets the source address. */
  public Ipv4HeaderBuilder source(Ipv4Address value) {
    source = value;
    return this;
  }

  /** Sets the destination address. */
  public Ipv4HeaderBuilder destination(Ipv4Address value) {
    destination = value;
    return this;
  }

  /** Sets raw options, a multiple of 4 bytes up to 40. */
  public Ipv4HeaderBuilder options(byte[] value) {
    options = value.clone();
    return this;
  }

  /**
   * The header.
   *
   * @throws IllegalArgumentException naming the field if a value is out of range
   */
  public Ipv4Header build() {
    return new Ipv4Header(
        dscp,
        ecn,
        Ipv4Wire.MIN_HEADER_LENGTH + options.length + payloadLength,
        identification,
        dontFragment,
        false,
        0,
        ttl,
        protocol,
        0,
        source,
        destination,
        options);
  }
}
