package dev.oasis.runtime.stack.icmp;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.icmp.IcmpErrors;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.icmp.IcmpWire;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.stack.Callbacks;
import dev.oasis.runtime.stack.Clock;
import dev.oasis.runtime.stack.StackConfig;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import dev.oasis.runtime.stack.ipv4.InboundDatagram;
import dev.oasis.runtime.stack.ipv4.Ipv4Events;
import dev.oasis.runtime.stack.ipv4.Ipv4Layer;
import dev.oasis.runtime.stack.ipv4.Ipv4Protocol;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * ICMP for a host (RFC 792, RFC 1122 3.2.2): answers echo requests, passes echo replies to a
 * listener, and sends the errors the other layers ask for, rate limited.
 *
 * <h2>Echo</h2>
 *
 * <p>A request to one of our addresses is answered from that address with the same identifier,
 * sequence number and data, and the request's DSCP; its IP options are not returned. Requests to a
 * broadcast address are ignored (RFC 1122 3.2.2.6 allows it; Linux does the same by default). Echo
 * replies are not rate limited.
 *
 * <h2>Errors sent</h2>
 *
 * <ul>
 *   <li>destination unreachable, port unreachable (3/3): UDP to a port nobody bound;
 *   <li>destination unreachable, protocol unreachable (3/2): a protocol nobody serves;
 *   <li>time exceeded, fragment reassembly time exceeded (11/1): a reassembly timed out after its
 *       first fragment came.
 * </ul>
 *
 * <p>Each quotes the offending header with options and 8 bytes of its payload, goes from the
 * address it was sent to, with DSCP 48 (precedence 6), and is suppressed where RFC 1812 4.3.2.7
 * forbids it ({@link IcmpErrors#suppression}). Errors that pass take a token from an {@link
 * IcmpRateLimiter} driven by the stack's clock. Received errors are counted and passed to an
 * optional listener.
 */
public final class IcmpLayer implements Ipv4Protocol, Ipv4Events {

  /** The DSCP of errors: precedence 6, internetwork control. */
  public static final int ERROR_DSCP = 48;

  private final StackConfig config;
  private final Clock clock;
  private final StackCounters counters;
  private final Ipv4Layer ip;
  private final IcmpRateLimiter rateLimiter;
  private Consumer<EchoReply> echoReplies = reply -> {};
  private Consumer<IcmpMessage> errors = error -> {};

  /** The layer for {@code config}'s addresses, sending through {@code ip}. */
  public IcmpLayer(StackConfig config, Clock clock, StackCounters counters, Ipv4Layer ip) {
    this.config = config;
    this.clock = clock;
    this.counters = counters;
    this.ip = ip;
    this.rateLimiter = new IcmpRateLimiter(config.icmpRateLimit());
  }

  /** Sets who receives echo replies. */
  public void onEchoReply(Consumer<EchoReply> listener) {
    echoReplies = Objects.requireNonNull(listener, "listener");
  }

  /** Sets who receives ICMP error messages addressed to us. */
  public void onError(Consumer<IcmpMessage> listener) {
    errors = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Sends an echo request to {@code destination}.
   *
   * @return whether it was sent (or queued for ARP); false if there is no route
   */
  public boolean ping(Ipv4Address destination, int identifier, int sequence, byte[] data) {
    IcmpMessage request = IcmpMessage.echoRequest(identifier, sequence, data);
    return ip.send(
        Ipv4Wire.PROTOCOL_ICMP, config.sourceFor(destination), destination, request.toBytes());
  }

  @Override
  public void receive(InboundDatagram datagram) {
    byte[] payload = datagram.payload();
    ParseResult<IcmpMessage> parsed = IcmpMessage.parse(payload, 0, payload.length);
    if (!parsed.isOk()) {
      counters.increment(StackCounter.ICMP_MALFORMED);
      return;
    }
    IcmpMessage message = parsed.value();
    Ipv4Address destination = datagram.header().destination();
    if (message.isEchoRequest() && config.owns(destination)) {
      IcmpMessage reply = message.echoReply();
      ip.send(
          Ipv4Wire.PROTOCOL_ICMP,
          destination,
          datagram.header().source(),
          datagram.header().dscp(),
          false,
          new byte[0],
          reply.toBytes());
      counters.increment(StackCounter.ICMP_ECHO_ANSWERED);
    } else if (message.type() == IcmpWire.TYPE_ECHO_REPLY && config.owns(destination)) {
      counters.increment(StackCounter.ICMP_ECHO_REPLIES_RECEIVED);
      EchoReply reply =
          new EchoReply(
              datagram.header().source(), message.identifier(), message.sequence(), message.body());
      Callbacks.run(counters, "icmp echo reply listener", () -> echoReplies.accept(reply));
    } else if (message.isError()) {
      counters.increment(StackCounter.ICMP_ERRORS_RECEIVED);
      Callbacks.run(counters, "icmp error listener", () -> errors.accept(message));
    } else {
      counters.increment(StackCounter.ICMP_IGNORED);
    }
  }

  /** Sends destination unreachable, port unreachable, about {@code datagram}, if allowed. */
  public void portUnreachable(InboundDatagram datagram) {
    sendError(
        datagram,
        IcmpMessage.destinationUnreachable(IcmpWire.CODE_PORT_UNREACHABLE, datagram.quote()));
  }

  @Override
  public void protocolUnreachable(InboundDatagram datagram) {
    sendError(
        datagram,
        IcmpMessage.destinationUnreachable(IcmpWire.CODE_PROTOCOL_UNREACHABLE, datagram.quote()));
  }

  @Override
  public void reassemblyTimedOut(InboundDatagram firstFragment) {
    sendError(
        firstFragment,
        IcmpMessage.timeExceeded(IcmpWire.CODE_REASSEMBLY_TIME_EXCEEDED, firstFragment.quote()));
  }

  private void sendError(InboundDatagram about, IcmpMessage error) {
    byte[] offending = about.toBytes();
    boolean suppressed =
        !config.owns(about.header().destination())
            || IcmpErrors.suppression(
                    about.ethernet(), about.header(), offending, 0, config::isBroadcast)
                .isPresent();
    if (suppressed) {
      counters.increment(StackCounter.ICMP_ERRORS_SUPPRESSED);
      return;
    }
    if (!rateLimiter.tryTake(clock.nanos())) {
      counters.increment(StackCounter.ICMP_ERRORS_RATE_LIMITED);
      return;
    }
    ip.send(
        Ipv4Wire.PROTOCOL_ICMP,
        about.header().destination(),
        about.header().source(),
        ERROR_DSCP,
        false,
        new byte[0],
        error.toBytes());
    counters.increment(StackCounter.ICMP_ERRORS_SENT);
  }
}
