package dev.oasis.runtime.net.icmp;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When a router may send an ICMP error about a datagram, and what the error quotes.
 *
 * <p>The quote is the offending datagram's IP header, options included, and the first {@value
 * IcmpWire#QUOTED_PAYLOAD_BYTES} bytes of its payload (RFC 792), or the whole payload if it is
 * shorter. RFC 1812 4.3.2.3 allows quoting more, up to 576 bytes in all; Oasis quotes the RFC 792
 * minimum so that software and hardware produce the same bytes.
 */
public final class IcmpErrors {

  private IcmpErrors() {}

  /** Whether an ICMP type is an error message: 3, 4, 5, 11 or 12. */
  public static boolean isErrorType(int type) {
    return type == IcmpWire.TYPE_DESTINATION_UNREACHABLE
        || type == IcmpWire.TYPE_SOURCE_QUENCH
        || type == IcmpWire.TYPE_REDIRECT
        || type == IcmpWire.TYPE_TIME_EXCEEDED
        || type == IcmpWire.TYPE_PARAMETER_PROBLEM;
  }

  /**
   * The first rule of RFC 1812 4.3.2.7 that forbids an ICMP error about this datagram, or empty if
   * an error may be sent.
   *
   * @param ethernet the frame's Ethernet header (for the link-layer broadcast rule)
   * @param ip the offending datagram's parsed header
   * @param buffer the buffer holding the datagram
   * @param ipOffset where the datagram's IP header starts in {@code buffer}
   * @param isDirectedBroadcast whether an address is the directed broadcast address of a subnet the
   *     caller knows (limited broadcast and multicast are recognised here)
   */
  public static Optional<IcmpErrorSuppression> suppression(
      EthernetHeader ethernet,
      Ipv4Header ip,
      byte[] buffer,
      int ipOffset,
      Predicate<Ipv4Address> isDirectedBroadcast) {
    if (ethernet.destination().isMulticast()) {
      return Optional.of(IcmpErrorSuppression.LINK_LAYER_BROADCAST);
    }
    Ipv4Address destination = ip.destination();
    if (destination.isBroadcast()
        || destination.isMulticast()
        || isDirectedBroadcast.test(destination)) {
      return Optional.of(IcmpErrorSuppression.BROADCAST_OR_MULTICAST_DESTINATION);
    }
    if (!ip.isFirstFragment()) {
      return Optional.of(IcmpErrorSuppression.NON_FIRST_FRAGMENT);
    }
    Ipv4Address source = ip.source();
    if (source.isUnspecified()
        || source.isClassE()
        || source.isMulticast()
        || source.isLoopback()
        || isDirectedBroadcast.test(source)) {
      return Optional.of(IcmpErrorSuppression.SOURCE_NOT_A_HOST);
    }
    if (ip.protocol() == Ipv4Wire.PROTOCOL_ICMP) {
      // an ICMP payload too short to hold its type cannot be shown not to be an error
      boolean errorOrUnknown =
          ip.payloadLength() < 1 || isErrorType(buffer[ipOffset + ip.headerLength()] & 0xff);
      if (errorOrUnknown) {
        return Optional.of(IcmpErrorSuppression.ABOUT_ICMP_ERROR);
      }
    }
    return Optional.empty();
  }

  /**
   * The part of the offending datagram an error quotes: its header with options and the first 8
   * bytes of its payload (fewer if the payload is shorter). Bytes beyond the total length, such as
   * Ethernet padding, are never quoted.
   */
  public static byte[] quote(byte[] buffer, int ipOffset, Ipv4Header ip) {
    int quoted = ip.headerLength() + Math.min(ip.payloadLength(), IcmpWire.QUOTED_PAYLOAD_BYTES);
    return Arrays.copyOfRange(buffer, ipOffset, ipOffset + quoted);
  }
}
