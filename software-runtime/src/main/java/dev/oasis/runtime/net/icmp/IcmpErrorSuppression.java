package dev.oasis.runtime.net.icmp;

/**
 * A reason, from RFC 1812 section 4.3.2.7 (and RFC 1122 section 3.2.2), why no ICMP error may be
 * sent about a datagram.
 */
public enum IcmpErrorSuppression {
  /** The datagram is itself an ICMP error message (or an ICMP message too short to tell). */
  ABOUT_ICMP_ERROR("the datagram is an icmp error message"),
  /** The frame was sent to an Ethernet broadcast or multicast address. */
  LINK_LAYER_BROADCAST("the frame was sent to a link-layer broadcast or multicast address"),
  /** The datagram's destination is a broadcast or multicast address. */
  BROADCAST_OR_MULTICAST_DESTINATION("the destination is a broadcast or multicast address"),
  /** The datagram is a fragment other than the first. */
  NON_FIRST_FRAGMENT("the datagram is a fragment other than the first"),
  /** The source is 0.0.0.0, broadcast, multicast, loopback or class E: not a single host. */
  SOURCE_NOT_A_HOST("the source address does not define a single host");

  private final String description;

  IcmpErrorSuppression(String description) {
    this.description = description;
  }

  /** Why the error is not sent, lowercase. */
  public String description() {
    return description;
  }
}
