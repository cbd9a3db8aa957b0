package dev.oasis.runtime.stack.ipv4;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Checksums;
import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.ipv4.Ipv4Header;
import dev.oasis.runtime.net.ipv4.Ipv4Wire;
import dev.oasis.runtime.net.udp.UdpDatagram;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the IPv4 layer accepts (RFC 791, RFC 1122 3.2.1): each defect of a valid UDP datagram is
 * dropped and counted under its own reason.
 */
class Ipv4ValidationTest {

  private InMemoryNetwork network;
  private Stack a;
  private ScriptedPeer peer;
  private final List<byte[]> received = new ArrayList<>();

  @BeforeEach
  void attach() {
    network = new InMemoryNetwork(1, 100_000);
    a = network.attach(Hosts.a().build());
    a.udp().bind(7, (socket, message) -> received.add(message.data()));
    peer = network.attachPeer();
  }

  /** A UDP datagram P to A port 7 with {@code options}, then {@code change} applied. */
  private static byte[] datagram(byte[] options, Consumer<byte[]> change) {
    Ipv4Address destination = A_IP;
    byte[] udp = new UdpDatagram(1000, 7, new byte[] {1, 2, 3}).toBytes(P_IP, destination);
    Ipv4Header header =
        Ipv4Header.builder()
            .source(P_IP)
            .destination(destination)
            .protocol(Ipv4Wire.PROTOCOL_UDP)
            .options(options)
            .payloadLength(udp.length)
            .build();
    byte[] frame = Frames.ipv4(A_MAC, P_MAC, header, udp);
    change.accept(frame);
    return frame;
  }

  private static byte[] datagram(Consumer<byte[]> change) {
    return datagram(new byte[0], change);
  }

  /** Recomputes the header checksum after a change. */
  private static void fixChecksum(byte[] frame) {
    int headerLength = (frame[14] & 0xf) * 4;
    Bytes.put16(frame, 14 + 10, Checksums.ipv4HeaderChecksum(frame, 14, headerLength));
  }

  private long countAfter(byte[] frame, StackCounter counter) {
    peer.send(frame);
    network.runFor(1_000_000);
    return a.counters().get(counter);
  }

  @Test
  void aValidDatagramIsDelivered() {
    assertThat(countAfter(datagram(frame -> {}), StackCounter.IPV4_DELIVERED)).isEqualTo(1);
    assertThat(received).containsExactly(new byte[] {1, 2, 3});
  }

  @Test
  void validOptionsAreKeptAndDoNotStopDelivery() {
    byte[] options = {(byte) 0x94, 4, 0, 0, 1, 1, 1, 0};

    assertThat(countAfter(datagram(options, frame -> {}), StackCounter.IPV4_DELIVERED))
        .isEqualTo(1);
  }

  @Test
  void versionOtherThanFourIsMalformed() {
    byte[] frame =
        datagram(
            f -> {
              f[14] = 0x65;
              fixChecksum(f);
            });

    assertThat(countAfter(frame, StackCounter.IPV4_MALFORMED)).isEqualTo(1);
  }

  @Test
  void ihlBelowFiveIsMalformed() {
    assertThat(countAfter(datagram(f -> f[14] = 0x44), StackCounter.IPV4_MALFORMED)).isEqualTo(1);
  }

  @Test
  void aTotalLengthBeyondTheFrameIsMalformed() {
    byte[] frame =
        datagram(
            f -> {
              Bytes.put16(f, 14 + 2, f.length - 14 + 1);
              fixChecksum(f);
            });

    assertThat(countAfter(frame, StackCounter.IPV4_MALFORMED)).isEqualTo(1);
  }

  @Test
  void aBadHeaderChecksumIsCounted() {
    byte[] frame = datagram(f -> f[14 + 10] ^= 1);

    assertThat(countAfter(frame, StackCounter.IPV4_BAD_CHECKSUM)).isEqualTo(1);
  }

  @Test
  void ttlZeroIsDropped() {
    byte[] frame =
        datagram(
            f -> {
              f[14 + 8] = 0;
              fixChecksum(f);
            });

    assertThat(countAfter(frame, StackCounter.IPV4_TTL_ZERO)).isEqualTo(1);
    assertThat(received).isEmpty();
  }

  @Test
  void anOptionWhoseLengthRunsPastTheHeaderIsDropped() {
    byte[] options = {(byte) 0x94, 9, 0, 0};

    assertThat(countAfter(datagram(options, f -> {}), StackCounter.IPV4_BAD_OPTIONS)).isEqualTo(1);
  }

  @Test
  void anOptionLengthBelowTwoIsDropped() {
    byte[] options = {1, 7, 1, 0};

    assertThat(countAfter(datagram(options, f -> {}), StackCounter.IPV4_BAD_OPTIONS)).isEqualTo(1);
  }

  @Test
  void datagramsForOtherAddressesAreNotForwarded() {
    byte[] frame =
        datagram(
            f -> {
              Ipv4Address.parse("10.0.0.99").writeTo(f, 14 + 16);
              fixChecksum(f);
            });

    assertThat(countAfter(frame, StackCounter.IPV4_NOT_FOR_US)).isEqualTo(1);
    assertThat(peer.take()).isEmpty();
  }

  @Test
  void sourcesThatAreNotASingleHostAreDropped() {
    for (String source : List.of("10.0.0.255", "224.0.0.1", "0.0.0.0", "127.0.0.1", "10.0.0.1")) {
      peer.send(
          datagram(
              f -> {
                Ipv4Address.parse(source).writeTo(f, 14 + 12);
                fixChecksum(f);
              }));
    }
    network.runFor(1_000_000);

    assertThat(a.counters().get(StackCounter.IPV4_BAD_SOURCE)).isEqualTo(5);
    assertThat(received).isEmpty();
  }

  @Test
  void aDatagramToTheSubnetBroadcastIsDelivered() {
    byte[] udp =
        new UdpDatagram(1000, 7, new byte[] {9}).toBytes(P_IP, Ipv4Address.parse("10.0.0.255"));
    byte[] frame =
        Frames.ipv4(
            MacAddress.BROADCAST,
            P_MAC,
            P_IP,
            Ipv4Address.parse("10.0.0.255"),
            Ipv4Wire.PROTOCOL_UDP,
            5,
            udp);

    assertThat(countAfter(frame, StackCounter.UDP_DELIVERED)).isEqualTo(1);
  }
}
