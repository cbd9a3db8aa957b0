package dev.oasis.runtime.stack;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.Ipv4Prefix;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.slowpath.IcmpRateLimit;
import dev.oasis.runtime.stack.arp.ArpLimits;
import dev.oasis.runtime.stack.ipv4.ReassemblyLimits;
import dev.oasis.runtime.stack.tcp.TcpConfig;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link StackConfig} (from {@link StackConfig#builder}). Unset values: no gateway, MTU
 * 1500, TTL 64, the default limits, and a seed drawn from {@link SecureRandom}.
 */
public final class StackConfigBuilder {
  private final MacAddress mac;
  private final List<Ipv4Prefix> addresses = new ArrayList<>();
  private Optional<Ipv4Address> gateway = Optional.empty();
  private int mtu = 1500;
  private int ttl = 64;
  private ArpLimits arp = ArpLimits.DEFAULT;
  private ReassemblyLimits reassembly = ReassemblyLimits.DEFAULT;
  private IcmpRateLimit icmpRateLimit = IcmpRateLimit.DEFAULT;
  private TcpConfig tcp = TcpConfig.DEFAULT;
  private Long seed;

  StackConfigBuilder(MacAddress mac, Ipv4Prefix address) {
    this.mac = mac;
    this.addresses.add(address);
  }

  /** Adds another address of the interface. */
  public StackConfigBuilder address(Ipv4Prefix address) {
    addresses.add(address);
    return this;
  }

  /** Sets the default gateway. */
  public StackConfigBuilder gateway(Ipv4Address value) {
    gateway = Optional.of(value);
    return this;
  }

  /** Sets the MTU, 68..65535. */
  public StackConfigBuilder mtu(int value) {
    mtu = value;
    return this;
  }

  /** Sets the TTL of sent datagrams, 1..255. */
  public StackConfigBuilder ttl(int value) {
    ttl = value;
    return this;
  }

  /** Sets the ARP cache's bounds. */
  public StackConfigBuilder arp(ArpLimits value) {
    arp = value;
    return this;
  }

  /** Sets the reassembly bounds. */
  public StackConfigBuilder reassembly(ReassemblyLimits value) {
    reassembly = value;
    return this;
  }

  /** Sets the ICMP error rate limit. */
  public StackConfigBuilder icmpRateLimit(IcmpRateLimit value) {
    icmpRateLimit = value;
    return this;
  }

  /** Sets the TCP parameters. */
  public StackConfigBuilder tcp(TcpConfig value) {
    tcp = value;
    return this;
  }

  /** Sets the seed of TCP initial sequence numbers and IPv4 identifications. */
  public StackConfigBuilder seed(long value) {
    seed = value;
    return this;
  }

  /**
   * The configuration.
   *
   * @throws IllegalArgumentException naming the value that is out of range
   */
  public StackConfig build() {
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong();
    return new StackConfig(
        mac, addresses, gateway, mtu, ttl, arp, reassembly, icmpRateLimit, tcp, chosenSeed);
  }
}
