package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.icmp.IcmpErrors;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.icmp.IcmpWire;
import java.util.Optional;

/**
 * Sends the ICMP error a punt reason asks for (reasons 2..5) about the punted datagram, following
 * RFC 792 and RFC 1812 section 4.3.2.
 *
 * <p>The error goes out of the ingress port, from the port's MAC to the offending frame's source
 * MAC (same VLAN), from the port's IPv4 address to the offending datagram's source, TTL 64,
 * precedence 6 (DSCP 48, RFC 1812 4.3.2.5). It quotes the offending IP header with its options and
 * the first 8 bytes of its payload, as received: a pipeline should punt the frame before changing
 * it.
 *
 * <p>Ignored (no error is sent): everything RFC 1812 4.3.2.7 forbids (see {@link
 * dev.oasis.runtime.net.icmp.IcmpErrorSuppression}), a datagram whose source is one of the
 * appliance's own addresses or whose Ethernet source is multicast, an ingress port without an
 * address. Malformed: a frame that is not a valid IPv4 datagram (bad version, IHL, length or header
 * checksum). Rate limited: an error that passed all checks when the bucket was empty.
 */
final class IcmpErrorSender {

  /** Precedence 6 (internetwork control) as a DSCP. */
  static final int DSCP_INTERNETWORK_CONTROL = 48;

  private final ApplianceInterfaces interfaces;
  private final TokenBucket bucket;
  private final ReplyFrames replies;

  IcmpErrorSender(ApplianceInterfaces interfaces, TokenBucket bucket, ReplyFrames replies) {
    this.interfaces = interfaces;
    this.bucket = bucket;
    this.replies = replies;
  }

  HandlerResult handle(PuntedPacket packet, PuntReason reason) {
    ParseResult<ReceivedDatagram> parsed = ReceivedDatagram.parse(packet.frame());
    if (!parsed.isOk()) {
      return HandlerResult.malformed();
    }
    ReceivedDatagram offending = parsed.value();

    Optional<ApplianceInterface> port = interfaces.forPort(packet.ingressPort());
    boolean suppressed =
        port.isEmpty()
            || offending.ethernet().source().isMulticast()
            || interfaces.ownsAddress(offending.ip().source())
            || IcmpErrors.suppression(
                    offending.ethernet(),
                    offending.ip(),
                    offending.frame(),
                    offending.ipOffset(),
                    interfaces::isDirectedBroadcast)
                .isPresent();
    if (suppressed) {
      return HandlerResult.ignored();
    }
    if (!bucket.tryTake(packet.timestampNanos())) {
      return HandlerResult.rateLimited();
    }

    byte[] quote = IcmpErrors.quote(offending.frame(), offending.ipOffset(), offending.ip());
    byte[] frame =
        replies.icmp(
            offending.ethernet(),
            port.get(),
            port.get().ip(),
            offending.ip().source(),
            DSCP_INTERNETWORK_CONTROL,
            message(reason, quote));
    return HandlerResult.replied(new Emission(packet.ingressPort(), frame));
  }

  private static IcmpMessage message(PuntReason reason, byte[] quote) {
    return switch (reason) {
      case ICMP_TIME_EXCEEDED ->
          IcmpMessage.timeExceeded(IcmpWire.CODE_TTL_EXCEEDED_IN_TRANSIT, quote);
      case ICMP_NET_UNREACHABLE ->
          IcmpMessage.destinationUnreachable(IcmpWire.CODE_NET_UNREACHABLE, quote);
      case ICMP_HOST_UNREACHABLE ->
          IcmpMessage.destinationUnreachable(IcmpWire.CODE_HOST_UNREACHABLE, quote);
      case ICMP_PORT_UNREACHABLE ->
          IcmpMessage.destinationUnreachable(IcmpWire.CODE_PORT_UNREACHABLE, quote);
      default -> throw new IllegalArgumentException("punt reason " + reason + " is no icmp error");
    };
  }
}
