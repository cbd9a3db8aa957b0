package dev.oasis.runtime.stack.icmp;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.B_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.icmp.IcmpMessage;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.slowpath.IcmpRateLimit;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ICMP in a stack (RFC 792, RFC 1122 3.2.2): echo, errors and their rate limit. */
class IcmpLayerTest {

  private static final long MS = 1_000_000L;
  private static final String P_TO_A =
      "Ether(src='02:00:00:00:00:0c', dst='02:00:00:00:00:0a')/IP(src='10.0.0.3', dst=";

  private static byte[] echoRequest;
  private static byte[] echoRequestToBroadcast;
  private static byte[] udpToClosedPort;
  private static byte[] udpToClosedPortBroadcast;
  private static byte[] unknownProtocol;
  private static byte[] echoRequestBadChecksum;
  private static byte[] portUnreachableForA;

  private InMemoryNetwork network;
  private Stack a;
  private ScriptedPeer peer;

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> frames =
        Scapy.build(
            P_TO_A + "'10.0.0.1')/ICMP(type=8, id=0x1234, seq=7)/b'ping-data'",
            P_TO_A + "'10.0.0.255')/ICMP(type=8, id=1, seq=1)/b'x'",
            P_TO_A + "'10.0.0.1', id=99)/UDP(sport=5353, dport=9)/b'anyone?'",
            P_TO_A + "'10.0.0.255')/UDP(sport=5353, dport=9)/b'anyone?'",
            P_TO_A + "'10.0.0.1', proto=99)/b'unknown protocol'",
            P_TO_A + "'10.0.0.1')/ICMP(type=8, id=1, seq=1, chksum=0x1111)/b'x'",
            P_TO_A
                + "'10.0.0.1')/ICMP(type=3, code=3)"
                + "/IP(src='10.0.0.1', dst='10.0.0.3')/UDP(sport=1, dport=2)");
    echoRequest = frames.get(0);
    echoRequestToBroadcast = frames.get(1);
    udpToClosedPort = frames.get(2);
    udpToClosedPortBroadcast = frames.get(3);
    unknownProtocol = frames.get(4);
    echoRequestBadChecksum = frames.get(5);
    portUnreachableForA = frames.get(6);
  }

  @BeforeEach
  void attach() {
    start(IcmpRateLimit.DEFAULT);
  }

  private void start(IcmpRateLimit limit) {
    network = new InMemoryNetwork(1, 100_000);
    a = network.attach(Hosts.a().icmpRateLimit(limit).build());
    peer = network.attachPeer();
    peer.send(Frames.arp(A_MAC, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(MS);
    peer.take();
  }

  private List<byte[]> exchange(byte[]... frames) {
    for (byte[] frame : frames) {
      peer.send(frame);
    }
    network.runFor(MS);
    return peer.take();
  }

  @Test
  void anEchoRequestGetsAReplyThatTsharkFindsCorrect() {
    List<byte[]> replies = exchange(echoRequest);

    assertThat(replies).hasSize(1);
    Tshark.Frame reply =
        Tshark.dissect(
            replies.get(0),
            "icmp.type",
            "icmp.code",
            "icmp.checksum.status",
            "icmp.ident",
            "icmp.seq",
            "data.data",
            "ip.src",
            "ip.dst",
            "ip.checksum.status",
            "eth.dst");
    assertThat(reply.problems()).isEmpty();
    assertThat(reply.get("icmp.type")).isEqualTo("0");
    assertThat(reply.get("icmp.code")).isEqualTo("0");
    assertThat(reply.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(reply.get("ip.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(reply.get("icmp.ident")).isEqualTo("4660"); // 0x1234
    assertThat(reply.get("icmp.seq")).isEqualTo("7");
    assertThat(reply.get("data.data")).isEqualTo(HexFormat.of().formatHex("ping-data".getBytes()));
    assertThat(reply.get("ip.src")).isEqualTo("10.0.0.1");
    assertThat(reply.get("ip.dst")).isEqualTo("10.0.0.3");
    assertThat(reply.get("eth.dst")).isEqualTo("02:00:00:00:00:0c");
  }

  @Test
  void echoRequestsToABroadcastAddressAreIgnored() {
    assertThat(exchange(echoRequestToBroadcast)).isEmpty();
    assertThat(a.counters().get(StackCounter.ICMP_IGNORED)).isEqualTo(1);
  }

  @Test
  void anEchoRequestWithABadChecksumIsMalformed() {
    assertThat(exchange(echoRequestBadChecksum)).isEmpty();
    assertThat(a.counters().get(StackCounter.ICMP_MALFORMED)).isEqualTo(1);
  }

  @Test
  void oneStackPingsAnother() {
    Stack b = network.attach(Hosts.b().build());
    List<EchoReply> replies = new ArrayList<>();
    a.icmp().onEchoReply(replies::add);
    byte[] data = "are you there".getBytes(StandardCharsets.US_ASCII);

    a.icmp().ping(B_IP, 42, 1, data);
    network.runFor(10 * MS);

    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).source()).isEqualTo(B_IP);
    assertThat(replies.get(0).identifier()).isEqualTo(42);
    assertThat(replies.get(0).sequence()).isEqualTo(1);
    assertThat(replies.get(0).data()).isEqualTo(data);
    assertThat(b.counters().get(StackCounter.ICMP_ECHO_ANSWERED)).isEqualTo(1);
  }

  @Test
  void udpToAPortNobodyBoundGetsPortUnreachableQuotingIt() {
    List<byte[]> errors = exchange(udpToClosedPort);

    assertThat(errors).hasSize(1);
    Tshark.Frame error =
        Tshark.dissect(
            errors.get(0),
            "icmp.type",
            "icmp.code",
            "icmp.checksum.status",
            "udp.dstport",
            "ip.id",
            "ip.dsfield.dscp");
    assertThat(error.problems()).isEmpty();
    assertThat(error.get("icmp.type")).isEqualTo("3");
    assertThat(error.get("icmp.code")).isEqualTo("3");
    assertThat(error.get("icmp.checksum.status")).isEqualTo(Tshark.CHECKSUM_GOOD);
    assertThat(error.get("udp.dstport")).isEqualTo("9");
    assertThat(error.all("ip.id")).last().isEqualTo("0x0063");
    assertThat(error.all("ip.dsfield.dscp")).first().isEqualTo("48");
    // RFC 792: the quote is the header and 8 bytes of payload
    byte[] icmp = Frames.ip(errors.get(0)).orElseThrow().payload();
    assertThat(IcmpMessage.parse(icmp, 0, icmp.length).value().body())
        .isEqualTo(Arrays.copyOfRange(udpToClosedPort, 14, 14 + 20 + 8));
  }

  @Test
  void anUnknownProtocolGetsProtocolUnreachable() {
    List<byte[]> errors = exchange(unknownProtocol);

    assertThat(errors).hasSize(1);
    byte[] icmp = Frames.ip(errors.get(0)).orElseThrow().payload();
    IcmpMessage message = IcmpMessage.parse(icmp, 0, icmp.length).value();
    assertThat(message.type()).isEqualTo(3);
    assertThat(message.code()).isEqualTo(2);
    assertThat(a.counters().get(StackCounter.IPV4_UNKNOWN_PROTOCOL)).isEqualTo(1);
  }

  @Test
  void noErrorAboutABroadcastOrAnError() {
    byte[] linkBroadcast = udpToClosedPort.clone();
    MacAddress.BROADCAST.writeTo(linkBroadcast, 0);

    assertThat(exchange(udpToClosedPortBroadcast, linkBroadcast, portUnreachableForA)).isEmpty();

    assertThat(a.counters().get(StackCounter.ICMP_ERRORS_SUPPRESSED)).isEqualTo(2);
    assertThat(a.counters().get(StackCounter.ICMP_ERRORS_RECEIVED)).isEqualTo(1);
  }

  @Test
  void errorsReceivedGoToTheListener() {
    List<IcmpMessage> received = new ArrayList<>();
    a.icmp().onError(received::add);

    exchange(portUnreachableForA);

    assertThat(received)
        .extracting(IcmpMessage::type, IcmpMessage::code)
        .containsExactly(tuple(3, 3));
  }

  @Test
  void errorsAreLimitedToTheBucketAndItsRefill() {
    // a burst of 5, then 10 a second: one token every 100 ms
    start(new IcmpRateLimit(10, 5));

    List<byte[]> first = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      first.add(udpToClosedPort);
    }
    assertThat(exchange(first.toArray(byte[][]::new))).hasSize(5);
    assertThat(a.counters().get(StackCounter.ICMP_ERRORS_RATE_LIMITED)).isEqualTo(15);

    network.runFor(300 * MS);
    assertThat(exchange(first.subList(0, 5).toArray(byte[][]::new))).hasSize(3);

    network.runFor(10_000 * MS);
    assertThat(exchange(first.toArray(byte[][]::new))).hasSize(5);
    assertThat(a.counters().get(StackCounter.ICMP_ERRORS_SENT)).isEqualTo(13);
  }

  @Test
  void echoRepliesAreNotLimited() {
    start(new IcmpRateLimit(0, 1));
    List<byte[]> requests = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      requests.add(echoRequest);
    }

    assertThat(exchange(requests.toArray(byte[][]::new))).hasSize(10);
  }

  @Test
  void pingWithoutARouteIsRefused() {
    assertThat(a.icmp().ping(Ipv4Address.parse("192.0.2.1"), 1, 1, new byte[0])).isFalse();
    assertThat(a.counters().get(StackCounter.IPV4_NO_ROUTE)).isEqualTo(1);
  }
}
