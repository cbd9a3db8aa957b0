package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import java.util.Optional;

/**
 * Answers ICMP echo requests to any of the appliance's addresses (punt reason 6), whichever port
 * they arrive on, as routers do: a ping to 10.0.2.1 arriving on port 1 is answered.
 *
 * <p>The reply keeps the identifier, sequence number and data; it goes out of the ingress port,
 * from the port's MAC to the request's source MAC (same VLAN), from the pinged address to the
 * request's source, TTL 64, with the request's DSCP. IP options of the request are not echoed. Echo
 * replies are not rate limited.
 *
 * <p>Ignored: requests to addresses the appliance does not own (broadcast and multicast included),
 * fragments (the slow path does not reassemble), sources that are not a single host, well-formed
 * ICMP messages other than echo requests, other IP protocols, an ingress port without an address.
 * Malformed: an invalid IPv4 header, or an ICMP message that is truncated or fails its checksum.
 */
final class EchoResponder {

  private final ApplianceInterfaces interfaces;
  private final ReplyFrames replies;

  EchoResponder(ApplianceInterfaces interfaces, ReplyFrames replies) {
    this.interfaces = interfaces;
    this.replies = replies;
  }

  HandlerResult handle(PuntedPacket packet) {
    ParseResult<ReceivedDatagram> parsed = ReceivedDatagram.parse(packet.frame());
    if (!parsed.isOk()) {
      return HandlerResult.malformed();
    }
    ReceivedDatagram request = parsed.value();

    Optional<ApplianceInterface> port = interfaces.forPort(packet.ingressPort());
    Ipv4Address source = request.ip().source();
    boolean answerable =
        port.isPresent()
            && request.ip().protocol() == Ipv4Wire.PROTOCOL_ICMP
            && !request.ip().isFragment()
            && interfaces.ownsAddress(request.ip().destination())
            && !request.ethernet().source().isMulticast()
            && !(source.isUnspecified()
                || source.isMulticast()
                || source.isClassE()
                || source.isLoopback()
                || interfaces.isDirectedBroadcast(source));
    if (!answerable) {
      return HandlerResult.ignored();
    }

    ParseResult<IcmpMessage> icmp =
        IcmpMessage.parse(packet.frame(), request.payloadOffset(), request.ip().payloadLength());
    if (!icmp.isOk()) {
      return HandlerResult.malformed();
    }
    if (!icmp.value().isEchoRequest()) {
      return HandlerResult.ignored();
    }

    byte[] frame =
        replies.icmp(
            request.ethernet(),
            port.get(),
            request.ip().destination(),
            source,
            request.ip().dscp(),
            icmp.value().echoReply());
    return HandlerResult.replied(new Emission(packet.ingressPort(), frame));
  }
}
