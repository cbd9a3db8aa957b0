package dev.oasis.runtime.stack.arp;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.stack.Clock;
import dev.oasis.runtime.stack.Deadlines;
import dev.oasis.runtime.stack.EthernetLink;
import dev.oasis.runtime.stack.StackConfig;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.StackCounters;
import java.util.List;
import java.util.Optional;

/**
 * ARP for the stack's interface (RFC 826, with the host rules of RFC 1122 2.3.2): answers requests
 * for our addresses, learns from what it hears, and resolves next hops for outgoing datagrams
 * through an {@link ArpCache}.
 *
 * <p>Learning follows RFC 826's packet reception algorithm: an ARP packet from an address already
 * in the cache refreshes that entry; one whose target is our address also creates an entry. Never
 * learned: sender address 0.0.0.0 (an RFC 5227 probe, still answered), a sender claiming one of our
 * addresses, a multicast sender MAC or our own MAC, or a sender MAC that differs from the frame's
 * source.
 *
 * <p>Datagrams to broadcast addresses go to the Ethernet broadcast address and to multicast groups
 * to the RFC 1112 group MAC, without ARP.
 */
public final class ArpLayer {

  private final StackConfig config;
  private final Clock clock;
  private final StackCounters counters;
  private final EthernetLink link;
  private final ArpCache cache;
  private long evictionsCounted;

  /** The layer for {@code config}'s interface, sending through {@code link}. */
  public ArpLayer(StackConfig config, Clock clock, StackCounters counters, EthernetLink link) {
    this.config = config;
    this.clock = clock;
    this.counters = counters;
    this.link = link;
    this.cache = new ArpCache(config.arp());
  }

  /** The cache, for inspection. */
  public ArpCache cache() {
    return cache;
  }

  /** Handles the ARP packet at {@code offset} of a frame with the given Ethernet header. */
  public void receive(EthernetHeader ethernet, byte[] frame, int offset) {
    ParseResult<ArpPacket> parsed = ArpPacket.parse(frame, offset, frame.length - offset);
    if (!parsed.isOk()) {
      counters.increment(StackCounter.ARP_MALFORMED);
      return;
    }
    ArpPacket packet = parsed.value();
    MacAddress senderMac = packet.senderMac();
    Ipv4Address senderIp = packet.senderIp();
    boolean untrustworthy =
        senderMac.isMulticast()
            || senderMac.equals(link.mac())
            || !senderMac.equals(ethernet.source())
            || config.owns(senderIp);
    if (untrustworthy) {
      counters.increment(StackCounter.ARP_IGNORED);
      return;
    }
    long now = clock.nanos();
    boolean forUs = config.owns(packet.targetIp());

    // RFC 826: merge into an existing entry, create one only when we are the target
    boolean learnable = !senderIp.isUnspecified() && !config.isBroadcast(senderIp);
    boolean learned = false;
    if (learnable && (forUs || cache.contains(senderIp))) {
      flush(senderMac, cache.learn(senderIp, senderMac, now, forUs));
      learned = cache.contains(senderIp);
      countEvictions();
    }

    if (forUs && packet.isRequest()) {
      link.send(senderMac, EthernetWire.ETHERTYPE_ARP, packet.answer(link.mac()).toBytes());
      counters.increment(StackCounter.ARP_REQUESTS_ANSWERED);
    } else {
      counters.increment(learned ? StackCounter.ARP_LEARNED : StackCounter.ARP_IGNORED);
    }
  }

  /**
   * Sends an IPv4 datagram, as its packets (itself or its fragments), to {@code nextHop} on the
   * link: at once if its MAC is known (or it is a broadcast or multicast address), otherwise after
   * resolution.
   */
  public void send(Ipv4Address nextHop, List<byte[]> datagram) {
    if (config.isBroadcast(nextHop)) {
      transmit(MacAddress.BROADCAST, datagram);
      return;
    }
    if (nextHop.isMulticast()) {
      transmit(new MacAddress(0x01_00_5e_00_00_00L | (nextHop.bits() & 0x7f_ffffL)), datagram);
      return;
    }
    long now = clock.nanos();
    Optional<MacAddress> mac = cache.lookup(nextHop, now);
    if (mac.isPresent()) {
      transmit(mac.get(), datagram);
      if (cache.pollDue(nextHop, now)) {
        ArpPacket poll = ArpPacket.request(link.mac(), config.sourceFor(nextHop), nextHop);
        link.send(mac.get(), EthernetWire.ETHERTYPE_ARP, poll.toBytes());
        counters.increment(StackCounter.ARP_REQUESTS_SENT);
      }
      return;
    }
    switch (cache.enqueue(nextHop, datagram, now)) {
      case RESOLUTION_STARTED -> request(nextHop);
      case QUEUED -> {}
      case QUEUED_DROPPED_OLDEST -> counters.increment(StackCounter.ARP_PENDING_OVERFLOW);
      case DROPPED_CACHE_FULL -> counters.increment(StackCounter.ARP_CACHE_FULL);
    }
    countEvictions();
  }

  /** Ages the cache and retries or gives up resolutions due by now. */
  public void tick() {
    ArpCache.TickResult result = cache.tick(clock.nanos());
    counters.add(StackCounter.ARP_RESOLUTION_FAILED, result.datagramsDropped());
    counters.add(StackCounter.ARP_ENTRIES_EXPIRED, result.expired());
    for (Ipv4Address address : result.retry()) {
      request(address);
    }
  }

  /** The earliest time {@link #tick} has work, or {@link Deadlines#NONE}. */
  public long nextDeadline() {
    return cache.nextDeadline();
  }

  private void request(Ipv4Address target) {
    ArpPacket request = ArpPacket.request(link.mac(), config.sourceFor(target), target);
    link.send(MacAddress.BROADCAST, EthernetWire.ETHERTYPE_ARP, request.toBytes());
    counters.increment(StackCounter.ARP_REQUESTS_SENT);
  }

  private void flush(MacAddress mac, List<List<byte[]>> datagrams) {
    for (List<byte[]> datagram : datagrams) {
      transmit(mac, datagram);
    }
  }

  private void transmit(MacAddress mac, List<byte[]> packets) {
    for (byte[] packet : packets) {
      link.send(mac, EthernetWire.ETHERTYPE_IPV4, packet);
    }
  }

  private void countEvictions() {
    long evictions = cache.evictions();
    counters.add(StackCounter.ARP_ENTRIES_EVICTED, evictions - evictionsCounted);
    evictionsCounted = evictions;
  }
}
