package dev.oasis.runtime.slowpath;

import static dev.oasis.runtime.slowpath.Appliance.handle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArpHandlingTest {

  private final StandardSlowPath slowPath = new StandardSlowPath(Appliance.INTERFACES);

  private static String request(int fromPort, String targetIp) {
    return "Ether(src='"
        + Appliance.hostMac(fromPort)
        + "', dst='ff:ff:ff:ff:ff:ff')"
        + "/ARP(op=1, hwsrc='"
        + Appliance.hostMac(fromPort)
        + "', psrc='"
        + Appliance.hostIp(fromPort)
        + "', hwdst='00:00:00:00:00:00', pdst='"
        + targetIp
        + "')";
  }

  @Test
  void answersARequestForEachPortsOwnAddressOnThatPort() {
    List<byte[]> requests =
        Scapy.build(
            request(0, Appliance.ip(0)), request(1, Appliance.ip(1)), request(2, Appliance.ip(2)));

    List<Emission> emitted = new ArrayList<>();
    for (int port = 0; port < 3; port++) {
      List<Emission> replies = handle(slowPath, requests.get(port), port, PuntReason.ARP);
      assertThat(replies).hasSize(1);
      assertThat(replies.get(0).port()).isEqualTo(port);
      emitted.addAll(replies);
    }

    List<Tshark.Frame> dissected =
        Tshark.dissect(
            Appliance.frames(emitted),
            "eth.dst",
            "eth.src",
            "eth.type",
            "arp.opcode",
            "arp.src.hw_mac",
            "arp.src.proto_ipv4",
            "arp.dst.hw_mac",
            "arp.dst.proto_ipv4");
    for (int port = 0; port < 3; port++) {
      Tshark.Frame reply = dissected.get(port);
      assertThat(reply.problems()).isEmpty();
      assertThat(reply.get("eth.dst")).isEqualTo(Appliance.hostMac(port));
      assertThat(reply.get("eth.src")).isEqualTo(Appliance.mac(port));
      assertThat(reply.get("eth.type")).isEqualTo("0x0806");
      assertThat(reply.get("arp.opcode")).isEqualTo("2");
      assertThat(reply.get("arp.src.hw_mac")).isEqualTo(Appliance.mac(port));
      assertThat(reply.get("arp.src.proto_ipv4")).isEqualTo(Appliance.ip(port));
      assertThat(reply.get("arp.dst.hw_mac")).isEqualTo(Appliance.hostMac(port));
      assertThat(reply.get("arp.dst.proto_ipv4")).isEqualTo(Appliance.hostIp(port));
    }
    assertThat(slowPath.replied()).isEqualTo(3);
    assertThat(slowPath.handled()).isEqualTo(3);
  }

  @Test
  void answersOnTheRequestsVlan() {
    byte[] tagged =
        Scapy.build(
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/Dot1Q(vlan=42, prio=2)"
                + "/ARP(op=1, hwsrc='02:00:00:00:00:02', psrc='10.0.0.2', pdst='10.0.0.1')");

    List<Emission> replies = handle(slowPath, tagged, 0, PuntReason.ARP);

    Tshark.Frame reply =
        Tshark.dissect(
            replies.get(0).frame(), "vlan.id", "vlan.priority", "arp.opcode", "arp.src.proto_ipv4");
    assertThat(reply.problems()).isEmpty();
    assertThat(reply.get("vlan.id")).isEqualTo("42");
    assertThat(reply.get("vlan.priority")).isEqualTo("2");
    assertThat(reply.get("arp.opcode")).isEqualTo("2");
    assertThat(reply.get("arp.src.proto_ipv4")).isEqualTo("10.0.0.1");
  }

  @Test
  void answersAnArpProbeFromAnUnconfiguredHost() {
    // RFC 5227 probe: sender address 0.0.0.0; the owner defends its address with a reply
    byte[] probe =
        Scapy.build(
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')"
                + "/ARP(op=1, hwsrc='02:00:00:00:00:02', psrc='0.0.0.0', pdst='10.0.0.1')");

    List<Emission> replies = handle(slowPath, probe, 0, PuntReason.ARP);

    Tshark.Frame reply =
        Tshark.dissect(replies.get(0).frame(), "arp.dst.hw_mac", "arp.dst.proto_ipv4");
    assertThat(reply.get("arp.dst.hw_mac")).isEqualTo("02:00:00:00:00:02");
    assertThat(reply.get("arp.dst.proto_ipv4")).isEqualTo("0.0.0.0");
  }

  @Test
  void ignoresRequestsItMustNotAnswer() {
    List<byte[]> frames =
        Scapy.build(
            // another port's address, asked on port 0
            request(0, Appliance.ip(1)),
            // an address the appliance does not own
            request(0, "10.0.0.77"),
            // a reply
            "Ether(src='02:00:00:00:00:02', dst='02:00:00:00:00:10')/ARP(op=2, "
                + "hwsrc='02:00:00:00:00:02', psrc='10.0.0.2', hwdst='02:00:00:00:00:10', "
                + "pdst='10.0.0.1')",
            // gratuitous ARP announcing the appliance's own address
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/ARP(op=1, "
                + "hwsrc='02:00:00:00:00:02', psrc='10.0.0.1', pdst='10.0.0.1')",
            // a multicast sender hardware address
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/ARP(op=1, "
                + "hwsrc='01:00:5e:00:00:01', psrc='10.0.0.2', pdst='10.0.0.1')");

    for (byte[] frame : frames) {
      assertThat(handle(slowPath, frame, 0, PuntReason.ARP)).isEmpty();
    }
    // a port the appliance has no address on
    assertThat(handle(slowPath, Scapy.build(request(0, "10.0.0.1")), 9, PuntReason.ARP)).isEmpty();

    assertThat(slowPath.ignored()).isEqualTo(6);
    assertThat(slowPath.replied()).isZero();
    assertThat(slowPath.ignoredMalformed()).isZero();
  }

  @Test
  void countsMalformedArpAndSendsNothing() {
    List<byte[]> frames =
        Scapy.build(
            // hardware type 6 (IEEE 802)
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/ARP(hwtype=6, op=1, "
                + "hwsrc='02:00:00:00:00:02', psrc='10.0.0.2', pdst='10.0.0.1')",
            // operation 3 (RARP request)
            "Ether(src='02:00:00:00:00:02', dst='ff:ff:ff:ff:ff:ff')/ARP(op=3, "
                + "hwsrc='02:00:00:00:00:02', psrc='10.0.0.2', pdst='10.0.0.1')",
            // not ARP at all
            "Ether(src='02:00:00:00:00:02', dst='02:00:00:00:00:10')"
                + "/IP(src='10.0.0.2', dst='10.0.0.1')/ICMP()",
            request(0, "10.0.0.1"));
    byte[] truncated = java.util.Arrays.copyOf(frames.get(3), 14 + 20);

    for (byte[] frame : List.of(frames.get(0), frames.get(1), frames.get(2), truncated)) {
      assertThat(handle(slowPath, frame, 0, PuntReason.ARP)).isEmpty();
    }

    assertThat(slowPath.ignoredMalformed()).isEqualTo(4);
    assertThat(slowPath.handled()).isEqualTo(4);
  }
}
