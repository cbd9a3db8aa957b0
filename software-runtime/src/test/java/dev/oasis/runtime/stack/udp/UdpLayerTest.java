package dev.oasis.runtime.stack.udp;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.B_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.arp.ArpPacket;
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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UDP sockets (RFC 768, RFC 1122 4.1) on a stack, against scapy-built datagrams. */
class UdpLayerTest {

  private static final long MS = 1_000_000L;
  private static final String P_TO_A =
      "Ether(src='02:00:00:00:00:0c', dst='02:00:00:00:00:0a')"
          + "/IP(src='10.0.0.3', dst='10.0.0.1')/";

  private static byte[] empty;
  private static byte[] withoutChecksum;
  private static byte[] badChecksum;
  private static byte[] lengthBeyondPayload;
  private static byte[] lengthBelowHeader;
  private static byte[] padded;

  private InMemoryNetwork network;
  private Stack a;
  private ScriptedPeer peer;
  private final List<UdpMessage> received = new ArrayList<>();

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> frames =
        Scapy.build(
            P_TO_A + "UDP(sport=1000, dport=7)",
            P_TO_A + "UDP(sport=1000, dport=7, chksum=0)/b'no checksum'",
            P_TO_A + "UDP(sport=1000, dport=7, chksum=0x1234)/b'bad checksum'",
            P_TO_A + "UDP(sport=1000, dport=7, len=40)/b'short'",
            P_TO_A + "UDP(sport=1000, dport=7, len=7)/b'short'",
            // 'hi' padded by Ethernet to the 60-byte minimum
            P_TO_A + "UDP(sport=1000, dport=7)/b'hi'/Padding(load=b'\\x00' * 16)");
    empty = frames.get(0);
    withoutChecksum = frames.get(1);
    badChecksum = frames.get(2);
    lengthBeyondPayload = frames.get(3);
    lengthBelowHeader = frames.get(4);
    padded = frames.get(5);
  }

  @BeforeEach
  void attach() {
    network = new InMemoryNetwork(1, 100_000);
    a = network.attach(Hosts.a().build());
    a.udp().bind(7, (socket, message) -> received.add(message));
    peer = network.attachPeer();
    peer.send(Frames.arp(A_MAC, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(MS);
    peer.take();
  }

  private void deliver(byte[]... frames) {
    for (byte[] frame : frames) {
      peer.send(frame);
    }
    network.runFor(MS);
  }

  @Test
  void twoStacksExchangeDatagrams() {
    Stack b = network.attach(Hosts.b().build());
    b.udp()
        .bind(
            53,
            (socket, message) ->
                socket.send(message.source(), message.sourcePort(), reversed(message.data())));
    List<String> answers = new ArrayList<>();
    UdpSocket client =
        a.udp()
            .bind(
                0,
                (socket, message) ->
                    answers.add(new String(message.data(), StandardCharsets.US_ASCII)));

    client.send(B_IP, 53, "question".getBytes(StandardCharsets.US_ASCII));
    network.runFor(10 * MS);

    assertThat(answers).containsExactly("noitseuq");
    assertThat(client.port()).isEqualTo(UdpLayer.FIRST_EPHEMERAL_PORT);
    assertThat(b.counters().get(StackCounter.UDP_DELIVERED)).isEqualTo(1);
  }

  private static byte[] reversed(byte[] data) {
    byte[] out = new byte[data.length];
    for (int i = 0; i < data.length; i++) {
      out[i] = data[data.length - 1 - i];
    }
    return out;
  }

  @Test
  void anEmptyDatagramIsDelivered() {
    deliver(empty);

    assertThat(received).hasSize(1);
    assertThat(received.get(0).data()).isEmpty();
    assertThat(received.get(0).source()).isEqualTo(P_IP);
    assertThat(received.get(0).sourcePort()).isEqualTo(1000);
    assertThat(received.get(0).destination()).isEqualTo(A_IP);
  }

  @Test
  void aZeroChecksumMeansNoneAndIsAccepted() {
    deliver(withoutChecksum);

    assertThat(received)
        .extracting(m -> new String(m.data(), StandardCharsets.US_ASCII))
        .containsExactly("no checksum");
  }

  @Test
  void badChecksumsAndLengthsAreDroppedAndCounted() {
    deliver(badChecksum, lengthBeyondPayload, lengthBelowHeader);

    assertThat(received).isEmpty();
    assertThat(a.counters().get(StackCounter.UDP_BAD_CHECKSUM)).isEqualTo(1);
    assertThat(a.counters().get(StackCounter.UDP_MALFORMED)).isEqualTo(2);
    assertThat(peer.take()).as("no error for malformed datagrams").isEmpty();
  }

  @Test
  void ethernetPaddingIsNotData() {
    assertThat(padded).hasSize(60);

    deliver(padded);

    assertThat(received)
        .extracting(m -> new String(m.data(), StandardCharsets.US_ASCII))
        .containsExactly("hi");
  }

  @Test
  void whatWeSendHasAChecksumTsharkAgreesWith() {
    UdpSocket socket = a.udp().bind(4000, (s, m) -> {});

    socket.send(P_IP, 9999, "checked".getBytes(StandardCharsets.US_ASCII));
    socket.send(P_IP, 9999, new byte[0]);
    network.runFor(MS);

    List<Tshark.Frame> frames =
        Tshark.dissect(peer.take(), "udp.checksum.status", "udp.length", "udp.srcport");
    assertThat(frames)
        .extracting(f -> f.get("udp.checksum.status"))
        .containsOnly(Tshark.CHECKSUM_GOOD);
    assertThat(frames).extracting(f -> f.get("udp.length")).containsExactly("15", "8");
    assertThat(frames).allSatisfy(f -> assertThat(f.problems()).isEmpty());
  }

  @Test
  void aClosedSocketsPortIsUnreachable() {
    UdpSocket socket = a.udp().bind(8, (s, m) -> received.add(m));
    socket.close();
    byte[] toEight = empty.clone();
    Bytes.put16(toEight, 14 + 20 + 2, 8);
    Bytes.put16(toEight, 14 + 20 + 6, 0);

    deliver(toEight);

    assertThat(received).isEmpty();
    assertThat(a.counters().get(StackCounter.UDP_NO_LISTENER)).isEqualTo(1);
    assertThat(peer.take()).hasSize(1);
    assertThatThrownBy(() -> socket.send(P_IP, 1, new byte[0]))
        .hasMessage("udp socket on port 8 is closed");
  }

  @Test
  void bindingRefusesBusyAndOutOfRangePorts() {
    assertThatThrownBy(() -> a.udp().bind(7, (s, m) -> {}))
        .hasMessage("udp port 7 is already bound");
    assertThatThrownBy(() -> a.udp().bind(65536, (s, m) -> {}))
        .hasMessage("udp port 65536 is out of range, expected 0..65535");
    assertThatThrownBy(() -> a.udp().bind(0, (s, m) -> {}).send(P_IP, 1, new byte[65508]))
        .hasMessage(
            "udp data length 65508 is too long, expected at most 65507 (65535 less the ipv4 and"
                + " udp headers)");
  }

  @Test
  void anExceptionInAReceiverIsContained() {
    a.udp()
        .bind(
            9,
            (socket, message) -> {
              throw new IllegalStateException("application bug");
            });
    byte[] toNine = withoutChecksum.clone();
    Bytes.put16(toNine, 14 + 20 + 2, 9);

    deliver(toNine, withoutChecksum);

    assertThat(a.counters().get(StackCounter.CALLBACK_FAILED)).isEqualTo(1);
    assertThat(received).hasSize(1);
  }
}
