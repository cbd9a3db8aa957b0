package dev.oasis.runtime.stack.ipv4;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.B_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fragmentation on send (RFC 791 3.2), checked by reassembly in another stack and in scapy. */
class FragmentationTest {

  private static final long SECOND = 1_000_000_000L;

  private static byte[] data(int length) {
    byte[] data = new byte[length];
    new Random(length).nextBytes(data);
    return data;
  }

  @Test
  void aDatagramLargerThanTheMtuArrivesWholeAtAnotherStack() {
    InMemoryNetwork network = new InMemoryNetwork(1, 100_000);
    Stack a = network.attach(Hosts.a().build());
    Stack b = network.attach(Hosts.b().build());
    List<byte[]> received = new ArrayList<>();
    b.udp().bind(9, (socket, message) -> received.add(message.data()));
    byte[] data = data(4000);

    a.udp().bind(1000, (socket, message) -> {}).send(B_IP, 9, data);
    network.runFor(SECOND);

    assertThat(received).containsExactly(data);
    // 4008 bytes of UDP in at most 1480 per fragment (1500 minus the header): 3 fragments
    assertThat(a.counters().get(StackCounter.IPV4_FRAGMENTS_SENT)).isEqualTo(3);
    assertThat(b.counters().get(StackCounter.IPV4_REASSEMBLED)).isEqualTo(1);
  }

  @Test
  void theSmallestMtuStillCarriesADatagram() {
    InMemoryNetwork network = new InMemoryNetwork(1, 100_000);
    Stack a = network.attach(Hosts.a().mtu(68).build());
    Stack b = network.attach(Hosts.b().build());
    ScriptedPeer tap = network.attachPeer();
    List<byte[]> received = new ArrayList<>();
    b.udp().bind(9, (socket, message) -> received.add(message.data()));
    byte[] data = data(300);

    a.udp().bind(1000, (socket, message) -> {}).send(B_IP, 9, data);
    network.runFor(SECOND);

    assertThat(received).containsExactly(data);
    List<Frames.Ip> fragments =
        tap.received().stream().flatMap(f -> Frames.ip(f).stream()).toList();
    // 308 bytes in pieces of 48 (68 - 20, rounded down to a multiple of 8): 7 fragments
    assertThat(fragments).hasSize(7);
    assertThat(fragments).allSatisfy(f -> assertThat(f.ip().totalLength()).isLessThanOrEqualTo(68));
  }

  @Test
  void scapyReassemblesOurFragmentsAndTsharkFindsTheUdpChecksumGood() {
    InMemoryNetwork network = new InMemoryNetwork(1, 100_000);
    Stack a = network.attach(Hosts.a().build());
    ScriptedPeer peer = network.attachPeer();
    peer.send(Frames.arp(A_MAC, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(SECOND / 1000);
    peer.take();
    byte[] data = data(5000);

    a.udp().bind(1000, (socket, message) -> {}).send(P_IP, 9, data);
    network.runFor(SECOND / 10);

    List<byte[]> fragments = peer.received();
    assertThat(fragments).hasSize(4);
    for (int i = 0; i < fragments.size(); i++) {
      Frames.Ip ip = Frames.ip(fragments.get(i)).orElseThrow();
      assertThat(ip.ip().totalLength()).isLessThanOrEqualTo(1500);
      assertThat(ip.ip().moreFragments()).isEqualTo(i < fragments.size() - 1);
      if (ip.ip().moreFragments()) {
        assertThat(ip.payload().length % 8).isZero();
      }
    }
    List<String> scapy =
        Scapy.script(
            "d = defragment([Ether(f) for f in frames])\n"
                + "print(len(d))\n"
                + "print(d[0][UDP].dport)\n"
                + "print(bytes(d[0][UDP].payload).hex())\n",
            fragments);
    assertThat(scapy.get(0)).isEqualTo("1");
    assertThat(scapy.get(1)).isEqualTo("9");
    assertThat(scapy.get(2)).isEqualTo(java.util.HexFormat.of().formatHex(data));
    List<Tshark.Frame> dissected = Tshark.dissect(fragments, "udp.checksum.status", "ip.flags.mf");
    assertThat(dissected.get(3).get("udp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(dissected).allSatisfy(frame -> assertThat(frame.problems()).isEmpty());
  }

  @Test
  void onlyOptionsWithTheCopiedFlagGoIntoLaterFragments() {
    InMemoryNetwork network = new InMemoryNetwork(1, 100_000);
    Stack a = network.attach(Hosts.a().build());
    ScriptedPeer peer = network.attachPeer();
    peer.send(Frames.arp(A_MAC, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(SECOND / 1000);
    peer.take();
    // router alert (type 0x94, copied) and an empty record route (type 7, not copied), then EOL
    byte[] options = {(byte) 0x94, 4, 0, 0, 7, 7, 4, 0, 0, 0, 0, 0};

    a.ipv4().send(Ipv4Wire.PROTOCOL_UDP, A_IP, P_IP, 0, false, options, data(3000));
    network.runFor(SECOND / 10);

    List<String> scapy =
        Scapy.script(
            "for f in frames:\n"
                + "    p = Ether(f)\n"
                + "    print(p[IP].ihl, ','.join(type(o).__name__ for o in p[IP].options))\n",
            peer.received());
    assertThat(scapy)
        .containsExactly(
            "8 IPOption_Router_Alert,IPOption_RR,IPOption_EOL",
            "6 IPOption_Router_Alert",
            "6 IPOption_Router_Alert");
  }

  @Test
  void aDatagramTooBigWithDontFragmentIsNotSent() {
    InMemoryNetwork network = new InMemoryNetwork(1, 100_000);
    Stack a = network.attach(Hosts.a().build());

    boolean sent =
        a.ipv4().send(Ipv4Wire.PROTOCOL_UDP, A_IP, B_IP, 0, true, new byte[0], data(1481));

    assertThat(sent).isFalse();
    assertThat(a.counters().get(StackCounter.IPV4_CANNOT_FRAGMENT)).isEqualTo(1);
    assertThat(a.ipv4().send(Ipv4Wire.PROTOCOL_UDP, A_IP, B_IP, 0, true, new byte[0], data(1480)))
        .isTrue();
  }
}
