package dev.oasis.runtime.stack;

import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.stack.arp.ArpLayer;
import dev.oasis.runtime.stack.icmp.IcmpLayer;
import dev.oasis.runtime.stack.ipv4.Ipv4Layer;
import dev.oasis.runtime.stack.tcp.TcpLayer;
import dev.oasis.runtime.stack.udp.UdpLayer;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host's IPv4 stack on one Ethernet interface: Ethernet, ARP, IPv4 with fragmentation and
 * reassembly, ICMP, UDP and TCP, wired together.
 *
 * <pre>{@code
 * Stack stack = new Stack(config, Clock.system(), frame -> tap.write(frame));
 * stack.udp().bind(53, (socket, message) -> socket.send(message.source(), message.sourcePort(),
 *     answer(message.data())));
 * // the caller's loop:
 * stack.receive(frameFromTheWire);
 * stack.tick();   // whenever the clock passes stack.nextDeadline()
 * }</pre>
 *
 * <p>Frames come in through {@link #receive} and go out through the {@link FrameSink}; timers run
 * in {@link #tick}, which the caller calls when the clock reaches {@link #nextDeadline()} (calling
 * it more often is harmless). Time always comes from the injected {@link Clock}.
 *
 * <p>Not thread-safe: the caller serialises {@code receive}, {@code tick} and every call on the
 * layers and sockets, typically by running them all on one thread. Application callbacks run on
 * that thread, from inside those calls.
 *
 * <p>Every frame is untrusted: whatever bytes arrive, {@code receive} returns normally, and the
 * frame is either used or counted as dropped under one {@link StackCounter}.
 */
public final class Stack {

  private static final Logger LOG = LoggerFactory.getLogger(Stack.class);

  private final StackConfig config;
  private final Clock clock;
  private final StackCounters counters = new StackCounters();
  private final ArpLayer arp;
  private final Ipv4Layer ipv4;
  private final IcmpLayer icmp;
  private final UdpLayer udp;
  private final TcpLayer tcp;

  /** A stack for {@code config}'s interface, timed by {@code clock}, sending to {@code sink}. */
  public Stack(StackConfig config, Clock clock, FrameSink sink) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    EthernetLink link =
        new EthernetLink(config.mac(), Objects.requireNonNull(sink, "sink"), counters);
    this.arp = new ArpLayer(config, clock, counters, link);
    this.ipv4 = new Ipv4Layer(config, clock, counters, arp);
    this.icmp = new IcmpLayer(config, clock, counters, ipv4);
    this.udp = new UdpLayer(config, counters, ipv4, icmp);
    this.tcp = new TcpLayer(config, clock, counters, ipv4);
    ipv4.register(Ipv4Wire.PROTOCOL_ICMP, icmp);
    ipv4.register(Ipv4Wire.PROTOCOL_UDP, udp);
    ipv4.register(Ipv4Wire.PROTOCOL_TCP, tcp);
    ipv4.events(icmp);
    LOG.debug(
        "stack on {} with {}, mtu {}, gateway {}, {}, {}, {}, {}",
        config.mac(),
        config.addresses(),
        config.mtu(),
        config.gateway().map(Object::toString).orElse("none"),
        config.arp(),
        config.reassembly(),
        config.icmpRateLimit(),
        config.tcp());
  }

  /** Handles one received Ethernet frame (without FCS). */
  public void receive(byte[] frame) {
    counters.increment(StackCounter.FRAMES_RECEIVED);
    ParseResult<EthernetHeader> parsed = EthernetHeader.parse(frame, 0, frame.length);
    if (!parsed.isOk()) {
      counters.increment(StackCounter.ETHERNET_MALFORMED);
      return;
    }
    EthernetHeader ethernet = parsed.value();
    if (ethernet.vlan().isPresent()) {
      counters.increment(StackCounter.ETHERNET_VLAN_TAGGED);
      return;
    }
    boolean forUs =
        ethernet.destination().equals(config.mac()) || ethernet.destination().isBroadcast();
    if (!forUs) {
      counters.increment(StackCounter.ETHERNET_NOT_FOR_US);
      return;
    }
    int offset = ethernet.headerLength();
    switch (ethernet.etherType()) {
      case EthernetWire.ETHERTYPE_ARP -> arp.receive(ethernet, frame, offset);
      case EthernetWire.ETHERTYPE_IPV4 -> ipv4.receive(ethernet, frame, offset);
      default -> counters.increment(StackCounter.ETHERNET_UNKNOWN_ETHERTYPE);
    }
  }

  /** Runs every timer that is due by the clock's current time. */
  public void tick() {
    arp.tick();
    ipv4.tick();
    tcp.tick();
  }

  /** The earliest time {@link #tick} has work, or {@link Deadlines#NONE}. */
  public long nextDeadline() {
    long next = Deadlines.earlier(arp.nextDeadline(), ipv4.nextDeadline());
    return Deadlines.earlier(next, tcp.nextDeadline());
  }

  /** The configuration. */
  public StackConfig config() {
    return config;
  }

  /** The clock. */
  public Clock clock() {
    return clock;
  }

  /** The counters. */
  public StackCounters counters() {
    return counters;
  }

  /** ARP, with its cache. */
  public ArpLayer arp() {
    return arp;
  }

  /** IPv4, with its reassembler. */
  public Ipv4Layer ipv4() {
    return ipv4;
  }

  /** ICMP: ping, echo replies, errors received. */
  public IcmpLayer icmp() {
    return icmp;
  }

  /** UDP sockets. */
  public UdpLayer udp() {
    return udp;
  }

  /** TCP listeners and connections. */
  public TcpLayer tcp() {
    return tcp;
  }
}
