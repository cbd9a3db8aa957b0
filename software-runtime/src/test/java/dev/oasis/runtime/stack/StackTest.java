package dev.oasis.runtime.stack;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.Ipv4Prefix;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import dev.oasis.runtime.net.ethernet.VlanTag;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stack's Ethernet front, its timers and its configuration checks. */
class StackTest {

  private final VirtualClock clock = new VirtualClock(-5_000_000_000L);
  private final List<byte[]> sent = new ArrayList<>();
  private final Stack stack = new Stack(Hosts.a().build(), clock, sent::add);

  private final byte[] arpRequest =
      Frames.arp(MacAddress.BROADCAST, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP));

  @Test
  void framesForOtherMacsOrVlansOrEtherTypesAreDroppedByReason() {
    byte[] otherMac = arpRequest.clone();
    MacAddress.parse("02:00:00:00:00:99").writeTo(otherMac, 0);
    byte[] multicast = arpRequest.clone();
    MacAddress.parse("01:00:5e:00:00:01").writeTo(multicast, 0);
    byte[] ipv6 = EthernetHeader.of(A_MAC, P_MAC, EthernetWire.ETHERTYPE_IPV6).frame(new byte[40]);
    EthernetHeader tagged =
        new EthernetHeader(
            MacAddress.BROADCAST, P_MAC, Optional.of(new VlanTag(0, false, 5)), 0x0806);
    byte[] vlan = tagged.frame(ArpPacket.request(P_MAC, P_IP, A_IP).toBytes());

    for (byte[] frame : List.of(otherMac, multicast, ipv6, vlan, new byte[13], new byte[0])) {
      stack.receive(frame);
    }

    StackCounters counters = stack.counters();
    assertThat(counters.get(StackCounter.FRAMES_RECEIVED)).isEqualTo(6);
    assertThat(counters.get(StackCounter.ETHERNET_NOT_FOR_US)).isEqualTo(2);
    assertThat(counters.get(StackCounter.ETHERNET_UNKNOWN_ETHERTYPE)).isEqualTo(1);
    assertThat(counters.get(StackCounter.ETHERNET_VLAN_TAGGED)).isEqualTo(1);
    assertThat(counters.get(StackCounter.ETHERNET_MALFORMED)).isEqualTo(2);
    assertThat(sent).isEmpty();
  }

  @Test
  void timersWorkOnAClockThatIsNegative() {
    assertThat(stack.nextDeadline()).isEqualTo(Deadlines.NONE);

    stack.udp().bind(0, (s, m) -> {}).send(P_IP, 9, new byte[1]);
    long deadline = stack.nextDeadline();
    assertThat(deadline).isEqualTo(clock.nanos() + 1_000_000_000L);

    clock.advanceTo(deadline - 1);
    stack.tick();
    assertThat(sent).hasSize(1);
    clock.advanceTo(deadline);
    stack.tick();
    assertThat(sent).hasSize(2);
    assertThat(sent).allSatisfy(frame -> assertThat(Frames.arp(frame)).isPresent());
  }

  @Test
  void configurationRefusesWhatCannotWork() {
    MacAddress mac = A_MAC;
    Ipv4Prefix address = new Ipv4Prefix(A_IP, 24);
    assertThatThrownBy(() -> StackConfig.builder(MacAddress.BROADCAST, address).build())
        .hasMessage("stack mac ff:ff:ff:ff:ff:ff is multicast, expected unicast");
    assertThatThrownBy(() -> StackConfig.builder(mac, Ipv4Prefix.parse("224.0.0.1/4")).build())
        .hasMessageStartingWith("stack address 224.0.0.1 is not unicast");
    assertThatThrownBy(
            () -> StackConfig.builder(mac, address).gateway(Ipv4Address.parse("10.9.0.1")).build())
        .hasMessage("gateway 10.9.0.1 is on no local subnet, expected one of [10.0.0.1/24]");
    assertThatThrownBy(() -> StackConfig.builder(mac, address).mtu(67).build())
        .hasMessage("mtu 67 is out of range, expected 68..65535");
    assertThatThrownBy(() -> StackConfig.builder(mac, address).ttl(0).build())
        .hasMessage("ttl 0 is out of range, expected 1..255");
  }

  @Test
  void aGatewayCarriesDatagramsForOtherNetworks() {
    StackConfig config = Hosts.a().gateway(Ipv4Address.parse("10.0.0.254")).build();

    assertThat(config.nextHop(Ipv4Address.parse("192.0.2.7")))
        .contains(Ipv4Address.parse("10.0.0.254"));
    assertThat(config.nextHop(P_IP)).contains(P_IP);
    assertThat(config.isBroadcast(Ipv4Address.parse("10.0.0.255"))).isTrue();
    assertThat(config.sourceFor(Ipv4Address.parse("192.0.2.7"))).isEqualTo(A_IP);
  }
}
