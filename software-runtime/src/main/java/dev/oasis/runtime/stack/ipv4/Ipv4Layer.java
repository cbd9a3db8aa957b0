package dev.oasis.runtime.stack.ipv4;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Options;
import dev.oasis.runtime.stack.Clock;
import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.Seeds;
import dev.oasis.runtime.stack.StackConfig;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import dev.oasis.runtime.stack.arp.ArpLayer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * IPv4 for a host (RFC 791, RFC 1122 3.2.1): validates what arrives, reassembles fragments and
 * hands whole datagrams to the protocol registered for them; sends datagrams, fragmenting them for
 * the MTU. It never forwards.
 *
 * <h2>Validation of a received datagram, in order</h2>
 *
 * <ol>
 *   <li>The header parses: version 4, IHL at least 5, total length covering the header and within
 *       the frame, header checksum ({@link Ipv4Header#parse}); bytes after the total length
 *       (Ethernet padding) are ignored.
 *   <li>Every option's length is in range ({@link Ipv4Options#validate}); options are kept, not
 *       acted on.
 *   <li>TTL is not 0.
 *   <li>The destination is one of our addresses or a broadcast address of ours; the source is a
 *       single host that is not us (not 0.0.0.0, broadcast, multicast, class E or loopback).
 * </ol>
 */
public final class Ipv4Layer {

  private final StackConfig config;
  private final Clock clock;
  private final StackCounters counters;
  private final ArpLayer arp;
  private final Reassembler reassembler;
  private final Ipv4Protocol[] protocols = new Ipv4Protocol[256];
  private Ipv4Events events = Ipv4Events.NONE;
  private int nextIdentification;

  /** The layer for {@code config}'s addresses, sending through {@code arp}. */
  public Ipv4Layer(StackConfig config, Clock clock, StackCounters counters, ArpLayer arp) {
    this.config = config;
    this.clock = clock;
    this.counters = counters;
    this.arp = arp;
    this.reassembler = new Reassembler(config.reassembly(), counters);
    this.nextIdentification = (int) (Seeds.mix(config.seed()) & 0xffff);
  }

  /** Routes datagrams of {@code protocol} (0..255) to {@code handler}. */
  public void register(int protocol, Ipv4Protocol handler) {
    protocols[protocol] = Objects.requireNonNull(handler, "handler");
  }

  /** Sets who hears about unreachable protocols and reassembly timeouts (ICMP). */
  public void events(Ipv4Events listener) {
    events = Objects.requireNonNull(listener, "listener");
  }

  /** The reassembler, for inspection. */
  public Reassembler reassembler() {
    return reassembler;
  }

  /** Handles the datagram at {@code offset} of a frame with the given Ethernet header. */
  public void receive(EthernetHeader ethernet, byte[] frame, int offset) {
    ParseResult<Ipv4Header> parsed = Ipv4Header.parse(frame, offset, frame.length - offset);
    if (!parsed.isOk()) {
      boolean checksum = parsed.error().kind() == ParseError.Kind.BAD_CHECKSUM;
      counters.increment(checksum ? StackCounter.IPV4_BAD_CHECKSUM : StackCounter.IPV4_MALFORMED);
      return;
    }
    Ipv4Header header = parsed.value();
    if (Ipv4Options.validate(header.options()).isPresent()) {
      counters.increment(StackCounter.IPV4_BAD_OPTIONS);
      return;
    }
    if (header.ttl() == 0) {
      counters.increment(StackCounter.IPV4_TTL_ZERO);
      return;
    }
    Ipv4Address destination = header.destination();
    if (!config.owns(destination) && !config.isBroadcast(destination)) {
      counters.increment(StackCounter.IPV4_NOT_FOR_US);
      return;
    }
    Ipv4Address source = header.source();
    boolean notAHost =
        source.isUnspecified()
            || source.isMulticast()
            || source.isClassE()
            || source.isLoopback()
            || config.isBroadcast(source)
            || config.owns(source);
    if (notAHost) {
      counters.increment(StackCounter.IPV4_BAD_SOURCE);
      return;
    }

    int headerEnd = offset + header.headerLength();
    InboundDatagram datagram =
        new InboundDatagram(
            ethernet,
            header,
            Arrays.copyOfRange(frame, offset, headerEnd),
            Arrays.copyOfRange(frame, headerEnd, offset + header.totalLength()),
            false);
    if (header.isFragment()) {
      reassembler.accept(datagram, clock.nanos()).ifPresent(this::deliver);
    } else {
      deliver(datagram);
    }
  }

  private void deliver(InboundDatagram datagram) {
    Ipv4Protocol protocol = protocols[datagram.header().protocol()];
    if (protocol == null) {
      counters.increment(StackCounter.IPV4_UNKNOWN_PROTOCOL);
      events.protocolUnreachable(datagram);
      return;
    }
    counters.increment(StackCounter.IPV4_DELIVERED);
    protocol.receive(datagram);
  }

  /**
   * Sends {@code payload} as a datagram of {@code protocol} from {@code source} to {@code
   * destination}, with DSCP 0, no options and DF clear.
   *
   * @return whether it was sent or queued for ARP; false if there is no route
   */
  public boolean send(int protocol, Ipv4Address source, Ipv4Address destination, byte[] payload) {
    return send(protocol, source, destination, 0, false, new byte[0], payload);
  }

  /**
   * Sends {@code payload} as a datagram with the given header fields; the identification, TTL and
   * lengths are filled in. Fragments it if it exceeds the MTU and DF is clear.
   *
   * @param options raw options, a multiple of 4 bytes up to 40, valid per {@link Ipv4Options}
   * @return whether it was sent or queued for ARP; false if there is no route or it is too big with
   *     DF set
   * @throws IllegalArgumentException if the datagram would exceed 65535 bytes
   */
  public boolean send(
      int protocol,
      Ipv4Address source,
      Ipv4Address destination,
      int dscp,
      boolean dontFragment,
      byte[] options,
      byte[] payload) {
    Optional<Ipv4Address> nextHop = config.nextHop(destination);
    if (nextHop.isEmpty()) {
      counters.increment(StackCounter.IPV4_NO_ROUTE);
      return false;
    }
    Ipv4Header header =
        Ipv4Header.builder()
            .protocol(protocol)
            .source(source)
            .destination(destination)
            .dscp(dscp)
            .dontFragment(dontFragment)
            .options(options)
            .ttl(config.ttl())
            .identification(nextIdentification)
            .payloadLength(payload.length)
            .build();
    if (header.totalLength() > config.mtu() && dontFragment) {
      counters.increment(StackCounter.IPV4_CANNOT_FRAGMENT);
      return false;
    }
    nextIdentification = (nextIdentification + 1) & 0xffff;
    counters.increment(StackCounter.IPV4_SENT);
    List<byte[]> datagrams = Fragmenter.fragment(header, payload, config.mtu());
    if (datagrams.size() > 1) {
      counters.add(StackCounter.IPV4_FRAGMENTS_SENT, datagrams.size());
    }
    arp.send(nextHop.get(), datagrams);
    return true;
  }

  /** Drops reassemblies whose time ran out and reports those whose first fragment came. */
  public void tick() {
    for (InboundDatagram first : reassembler.tick(clock.nanos())) {
      events.reassemblyTimedOut(first);
    }
  }

  /** The earliest time {@link #tick} has work, or {@link Deadlines#NONE}. */
  public long nextDeadline() {
    return reassembler.nextDeadline();
  }
}
