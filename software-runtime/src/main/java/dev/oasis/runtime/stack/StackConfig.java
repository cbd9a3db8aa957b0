package dev.oasis.runtime.stack;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.Ipv4Prefix;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.slowpath.IcmpRateLimit;
import dev.oasis.runtime.stack.arp.ArpLimits;
import dev.oasis.runtime.stack.ipv4.ReassemblyLimits;
import dev.oasis.runtime.stack.tcp.TcpConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Stack} needs to know about its interface, and its limits.
 *
 * <pre>{@code
 * StackConfig config =
 *     StackConfig.builder(MacAddress.parse("02:00:00:00:00:01"), Ipv4Prefix.parse("10.0.0.1/24"))
 *         .gateway(Ipv4Address.parse("10.0.0.254"))
 *         .build();
 * }</pre>
 *
 * @param mac the interface's MAC address, unicast
 * @param addresses the interface's IPv4 addresses with their subnets, at least one, all unicast;
 *     the first is the source of datagrams to destinations on no local subnet
 * @param gateway where datagrams for destinations on no local subnet go, on a local subnet
 * @param mtu the largest datagram sent unfragmented, 68..65535 (RFC 791: every link carries 68)
 * @param ttl the TTL of datagrams the stack sends, 1..255
 * @param arp the ARP cache's bounds
 * @param reassembly the bounds of fragment reassembly
 * @param icmpRateLimit the token bucket for ICMP errors the stack sends
 * @param tcp the TCP parameters
 * @param seed the secret behind TCP initial sequence numbers and IPv4 identifications; fix it in
 *     tests for reproducible runs
 */
public record StackConfig(
    MacAddress mac,
    List<Ipv4Prefix> addresses,
    Optional<Ipv4Address> gateway,
    int mtu,
    int ttl,
    ArpLimits arp,
    ReassemblyLimits reassembly,
    IcmpRateLimit icmpRateLimit,
    TcpConfig tcp,
    long seed) {

  /** The smallest MTU every IPv4 link must carry (RFC 791). */
  public static final int MIN_MTU = 68;

  /** Checks the addresses and ranges; copies the address list. */
  public StackConfig {
    Objects.requireNonNull(mac, "mac");
    if (mac.isMulticast()) {
      throw new IllegalArgumentException("stack mac " + mac + " is multicast, expected unicast");
    }
    addresses = List.copyOf(addresses);
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("stack has no ipv4 address, expected at least one");
    }
    for (Ipv4Prefix prefix : addresses) {
      Ipv4Address ip = prefix.address();
      if (ip.isUnspecified() || ip.isMulticast() || ip.isClassE() || ip.isLoopback()) {
        throw new IllegalArgumentException(
            "stack address " + ip + " is not unicast, expected not 0.0.0.0, 127/8, 224/4, 240/4");
      }
    }
    Objects.requireNonNull(gateway, "gateway");
    if (gateway.isPresent() && addresses.stream().noneMatch(p -> p.contains(gateway.get()))) {
      throw new IllegalArgumentException(
          "gateway " + gateway.get() + " is on no local subnet, expected one of " + addresses);
    }
    Limits.check("mtu", mtu, MIN_MTU, 65535);
    Limits.check("ttl", ttl, 1, 255);
    Objects.requireNonNull(arp, "arp");
    Objects.requireNonNull(reassembly, "reassembly");
    Objects.requireNonNull(icmpRateLimit, "icmpRateLimit");
    Objects.requireNonNull(tcp, "tcp");
  }

  /** A builder with one address, no gateway, MTU 1500, TTL 64 and the default limits. */
  public static StackConfigBuilder builder(MacAddress mac, Ipv4Prefix address) {
    return new StackConfigBuilder(mac, address);
  }

  /** Whether {@code ip} is one of the interface's addresses. */
  public boolean owns(Ipv4Address ip) {
    for (Ipv4Prefix prefix : addresses) {
      if (prefix.address().equals(ip)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code ip} is a broadcast address here: the limited broadcast address or the directed
   * broadcast address of a local subnet (for prefixes up to /30).
   */
  public boolean isBroadcast(Ipv4Address ip) {
    if (ip.isBroadcast()) {
      return true;
    }
    for (Ipv4Prefix prefix : addresses) {
      if (prefix.length() <= 30 && prefix.directedBroadcast().equals(ip)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ip} is on a local subnet. */
  public boolean isOnLink(Ipv4Address ip) {
    for (Ipv4Prefix prefix : addresses) {
      if (prefix.contains(ip)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The address a datagram to {@code destination} comes from: the address of the subnet that holds
   * the destination, else the first address.
   */
  public Ipv4Address sourceFor(Ipv4Address destination) {
    for (Ipv4Prefix prefix : addresses) {
      if (prefix.contains(destination)) {
        return prefix.address();
      }
    }
    return addresses.get(0).address();
  }

  /**
   * Where a datagram to {@code destination} is sent on the link: the destination itself when it is
   * on a local subnet or a broadcast or multicast address, else the gateway; empty if there is
   * none.
   */
  public Optional<Ipv4Address> nextHop(Ipv4Address destination) {
    if (isOnLink(destination) || isBroadcast(destination) || destination.isMulticast()) {
      return Optional.of(destination);
    }
    return gateway;
  }
}
