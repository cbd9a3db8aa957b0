package dev.oasis.runtime.stack.ipv4;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fragment reassembly (RFC 791, RFC 815, RFC 5722) on fragments cut by scapy's {@code fragment} and
 * by hand, delivered to a UDP socket of stack A by a scripted peer.
 */
class ReassemblyTest {

  private static final long SECOND = 1_000_000_000L;
  private static final String ETHER = "Ether(src='02:00:00:00:00:0c', dst='02:00:00:00:00:0a')/";
  private static final String IP = "IP(src='10.0.0.3', dst='10.0.0.1', ";

  /** 8 KiB of memory, 4 datagrams at once, 30 s timeout. */
  private static final ReassemblyLimits LIMITS = new ReassemblyLimits(8192, 4, 30 * SECOND);

  private static List<byte[]> inOrder;
  private static byte[] inOrderData;
  private static List<byte[]> overlapping;
  private static List<byte[]> withOptionsToClosedPort;

  private InMemoryNetwork network;
  private Stack a;
  private ScriptedPeer peer;
  private final List<byte[]> received = new ArrayList<>();

  @BeforeAll
  static void cutWithScapy() {
    List<List<byte[]>> sets =
        scapyFragmentSets(
            // 3072 bytes of UDP data in four fragments
            "fragment("
                + ETHER
                + IP
                + "id=1)/UDP(sport=1000, dport=7)"
                + "/(bytes(range(256)) * 12), fragsize=1000)",
            // the second fragment overlaps the first by 8 bytes, with identical content
            "["
                + ETHER
                + IP
                + "id=2, flags='MF', frag=0, proto=17)/u[0:16], "
                + ETHER
                + IP
                + "id=2, flags='MF', frag=1, proto=17)/u[8:24], "
                + ETHER
                + IP
                + "id=2, frag=3, proto=17)/u[24:40]]",
            // router alert option, to a port nobody listens on
            "fragment("
                + ETHER
                + IP
                + "id=3, options=[IPOption_Router_Alert()])"
                + "/UDP(sport=1000, dport=9)/(b'z' * 2000), fragsize=1000)");
    inOrder = sets.get(0);
    overlapping = sets.get(1);
    withOptionsToClosedPort = sets.get(2);
    inOrderData = new byte[3072];
    for (int i = 0; i < inOrderData.length; i++) {
      inOrderData[i] = (byte) i;
    }
  }

  /** Each expression yields a list of frames; {@code u} is a 40-byte UDP datagram P to A. */
  private static List<List<byte[]>> scapyFragmentSets(String... expressions) {
    List<byte[]> encoded = new ArrayList<>();
    for (String expression : expressions) {
      encoded.add(expression.getBytes(StandardCharsets.UTF_8));
    }
    List<String> lines =
        Scapy.script(
            "u = raw(IP(src='10.0.0.3', dst='10.0.0.1')/UDP(sport=1000, dport=7)"
                + "/(b'y' * 32))[20:]\n"
                + "for e in frames:\n"
                + "    print(' '.join(raw(f).hex() for f in eval(e.decode())))\n",
            encoded);
    List<List<byte[]>> sets = new ArrayList<>();
    for (String line : lines) {
      List<byte[]> set = new ArrayList<>();
      for (String hex : line.split(" ")) {
        set.add(Bytes.fromHex(hex));
      }
      sets.add(set);
    }
    return sets;
  }

  @BeforeEach
  void attach() {
    network = new InMemoryNetwork(1, 100_000);
    a = network.attach(Hosts.a().reassembly(LIMITS).build());
    a.udp().bind(7, (socket, message) -> received.add(message.data()));
    peer = network.attachPeer();
    // A knows P, so that errors it sends need no ARP
    peer.send(
        Frames.arp(A_MAC, P_MAC, dev.oasis.runtime.net.arp.ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(SECOND / 1000);
    peer.take();
  }

  private void send(List<byte[]> frames) {
    for (byte[] frame : frames) {
      peer.send(frame);
    }
    network.runFor(SECOND / 100);
  }

  private byte[] fragment(int id, int offset, boolean more, byte[] data) {
    return Frames.fragment(A_MAC, P_MAC, P_IP, A_IP, Ipv4Wire.PROTOCOL_UDP, id, offset, more, data);
  }

  private long count(StackCounter counter) {
    return a.counters().get(counter);
  }

  @Test
  void fragmentsInOrderGiveTheDatagram() {
    send(inOrder);

    assertThat(inOrder).hasSize(4);
    assertThat(received).hasSize(1);
    assertThat(received.get(0)).isEqualTo(inOrderData);
    assertThat(count(StackCounter.IPV4_REASSEMBLED)).isEqualTo(1);
    assertThat(a.ipv4().reassembler().datagramsHeld()).isZero();
    assertThat(a.ipv4().reassembler().bytesHeld()).isZero();
  }

  @Test
  void fragmentsInReverseOrderGiveTheDatagram() {
    List<byte[]> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);

    send(reversed);

    assertThat(received).hasSize(1);
    assertThat(received.get(0)).isEqualTo(inOrderData);
  }

  @Test
  void duplicatedFragmentsGiveTheDatagramOnce() {
    List<byte[]> doubled = new ArrayList<>();
    doubled.add(inOrder.get(1));
    doubled.add(inOrder.get(0));
    doubled.add(inOrder.get(1));
    doubled.add(inOrder.get(2));
    doubled.add(inOrder.get(0));
    doubled.add(inOrder.get(3));

    send(doubled);

    assertThat(received).hasSize(1);
    assertThat(received.get(0)).isEqualTo(inOrderData);
    assertThat(count(StackCounter.IPV4_FRAGMENTS_DUPLICATE)).isEqualTo(2);
    assertThat(count(StackCounter.IPV4_FRAGMENTS_OF_DISCARDED)).isZero();
  }

  @Test
  void overlappingFragmentsDiscardTheDatagramAndItsLaterFragments() {
    send(overlapping.subList(0, 2));
    send(overlapping.subList(2, 3));

    assertThat(received).isEmpty();
    assertThat(count(StackCounter.IPV4_REASSEMBLY_OVERLAP)).isEqualTo(1);
    assertThat(count(StackCounter.IPV4_FRAGMENTS_OF_DISCARDED)).isEqualTo(1);
    assertThat(a.ipv4().reassembler().bytesHeld()).isZero();

    // after the timeout the identification may be used again
    network.runFor(31 * SECOND);
    send(List.of(fragment(2, 0, true, new byte[16]), fragment(2, 16, false, new byte[8])));
    assertThat(count(StackCounter.IPV4_REASSEMBLED)).isEqualTo(1);
  }

  @Test
  void aFragmentThatDiffersFromOneAtTheSameOffsetIsAnOverlap() {
    byte[] other = new byte[8];
    other[0] = 1;

    send(List.of(fragment(5, 0, true, new byte[8]), fragment(5, 0, true, other)));

    assertThat(count(StackCounter.IPV4_REASSEMBLY_OVERLAP)).isEqualTo(1);
  }

  @Test
  void memoryAndDatagramLimitsDropFragmentsAndAreNeverExceeded() {
    // each 1480-byte fragment costs 1480 + 64 bytes: four fit in 8192, the fifth datagram does not
    for (int id = 10; id <= 14; id++) {
      send(List.of(fragment(id, 0, true, new byte[1480])));
    }
    assertThat(a.ipv4().reassembler().datagramsHeld()).isEqualTo(4);
    assertThat(count(StackCounter.IPV4_REASSEMBLY_OVER_LIMIT)).isEqualTo(1);

    // 4 * 1544 + 1544 = 7720 fits; another 1544 would not, and discards its datagram
    send(List.of(fragment(10, 1480, true, new byte[1480])));
    send(List.of(fragment(11, 1480, true, new byte[1480])));

    assertThat(count(StackCounter.IPV4_REASSEMBLY_OVER_LIMIT)).isEqualTo(2);
    assertThat(a.ipv4().reassembler().bytesHeld()).isEqualTo(4 * 1544L).isLessThanOrEqualTo(8192);
    send(List.of(fragment(11, 2960, false, new byte[8])));
    assertThat(count(StackCounter.IPV4_FRAGMENTS_OF_DISCARDED)).isEqualTo(1);

    // datagram 10 still completes (its UDP header is zeros: port 0, so nobody receives it)
    send(List.of(fragment(10, 2960, false, new byte[8])));
    assertThat(count(StackCounter.IPV4_REASSEMBLED)).isEqualTo(1);
  }

  @Test
  void aTimedOutReassemblyIsDroppedAndReportedWithTimeExceeded() {
    byte[] first = inOrder.get(0);
    send(List.of(first, inOrder.get(2)));

    network.runFor(29 * SECOND);
    assertThat(count(StackCounter.IPV4_REASSEMBLY_TIMEOUT)).isZero();
    network.runFor(2 * SECOND);

    assertThat(count(StackCounter.IPV4_REASSEMBLY_TIMEOUT)).isEqualTo(1);
    assertThat(a.ipv4().reassembler().datagramsHeld()).isZero();
    assertThat(a.ipv4().reassembler().bytesHeld()).isZero();
    assertThat(peer.received()).hasSize(1);
    byte[] error = peer.received().get(0);
    Tshark.Frame dissected =
        Tshark.dissect(error, "icmp.type", "icmp.code", "icmp.checksum.status", "ip.id");
    assertThat(dissected.get("icmp.type")).isEqualTo("11");
    assertThat(dissected.get("icmp.code")).isEqualTo("1");
    assertThat(dissected.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(dissected.all("ip.id")).last().isEqualTo("0x0001");
    // RFC 792: the quote is the first fragment's header and its first 8 data bytes
    byte[] icmp = Frames.ip(error).orElseThrow().payload();
    IcmpMessage message = IcmpMessage.parse(icmp, 0, icmp.length).value();
    assertThat(message.body()).isEqualTo(Arrays.copyOfRange(first, 14, 14 + 20 + 8));
  }

  @Test
  void aTimeoutWithoutTheFirstFragmentSendsNoError() {
    send(List.of(inOrder.get(1)));

    network.runFor(31 * SECOND);

    assertThat(count(StackCounter.IPV4_REASSEMBLY_TIMEOUT)).isEqualTo(1);
    assertThat(peer.received()).isEmpty();
  }

  @Test
  void theLargestDatagramReassemblesAndOneByteMoreIsDiscarded() {
    // 65535 - 20 = 65515 data bytes: 44 fragments of 1480 and one of 395
    byte[] data = new byte[65515];
    List<byte[]> fragments = new ArrayList<>();
    for (int offset = 0; offset < data.length; offset += 1480) {
      int length = Math.min(1480, data.length - offset);
      fragments.add(
          fragment(20, offset, offset + length < data.length, Arrays.copyOf(data, length)));
    }
    ReassemblyLimits roomy = new ReassemblyLimits(1 << 20, 4, 30 * SECOND);
    InMemoryNetwork big = new InMemoryNetwork(2, 100_000);
    Stack stack = big.attach(Hosts.a().reassembly(roomy).build());
    ScriptedPeer sender = big.attachPeer();

    fragments.forEach(sender::send);
    sender.send(fragment(21, 65512, false, new byte[4]));
    big.runFor(SECOND / 10);

    assertThat(stack.counters().get(StackCounter.IPV4_REASSEMBLED)).isEqualTo(1);
    assertThat(stack.counters().get(StackCounter.IPV4_REASSEMBLY_OVERSIZED)).isEqualTo(1);
  }

  @Test
  void optionsOfTheFirstFragmentBecomeTheHeaderOfTheWhole() {
    send(withOptionsToClosedPort);

    // the port unreachable error quotes the reassembled header
    assertThat(peer.received()).hasSize(1);
    byte[] icmp = Frames.ip(peer.received().get(0)).orElseThrow().payload();
    byte[] quote = IcmpMessage.parse(icmp, 0, icmp.length).value().body();
    assertThat(quote[0]).isEqualTo((byte) 0x46);
    assertThat(Bytes.u16(quote, 2)).isEqualTo(24 + 8 + 2000);
    assertThat(Arrays.copyOfRange(quote, 20, 24)).containsExactly(0x94, 0x04, 0x00, 0x00);
    assertThat(Bytes.u16(quote, 6) & 0x3fff).as("flags and offset").isZero();
  }

  @Test
  void aFragmentWithMoreToComeMustCarryAMultipleOfEightBytes() {
    send(List.of(fragment(30, 0, true, new byte[12]), fragment(31, 8, true, new byte[0])));

    assertThat(count(StackCounter.IPV4_FRAGMENTS_INVALID)).isEqualTo(2);
    assertThat(a.ipv4().reassembler().datagramsHeld()).isZero();
  }

  @Test
  void aLastFragmentThatContradictsTheLengthDiscardsTheDatagram() {
    send(List.of(fragment(32, 16, false, new byte[8]), fragment(32, 32, false, new byte[8])));

    assertThat(count(StackCounter.IPV4_FRAGMENTS_INVALID)).isEqualTo(1);
    assertThat(a.ipv4().reassembler().bytesHeld()).isZero();
  }
}
