package dev.oasis.runtime.stack.arp;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Ipv4Address;
import dev.oasis.runtime.net.MacAddress;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ARP in a stack, against frames built by scapy and a scripted peer (RFC 826, RFC 1122). */
class ArpLayerTest {

  private static final long SECOND = 1_000_000_000L;
  private static final String P = "Ether(src='02:00:00:00:00:0c', dst='ff:ff:ff:ff:ff:ff')/";

  private static byte[] requestForA;
  private static byte[] requestForOther;
  private static byte[] replyToA;
  private static byte[] announcementWithNewMac;
  private static byte[] probeForA;

  private InMemoryNetwork network;
  private Stack a;
  private ScriptedPeer peer;

  @BeforeAll
  static void buildWithScapy() {
    List<byte[]> frames =
        Scapy.build(
            P + "ARP(op=1, hwsrc='02:00:00:00:00:0c', psrc='10.0.0.3', pdst='10.0.0.1')",
            P + "ARP(op=1, hwsrc='02:00:00:00:00:0c', psrc='10.0.0.3', pdst='10.0.0.99')",
            "Ether(src='02:00:00:00:00:0c', dst='02:00:00:00:00:0a')/ARP(op=2,"
                + " hwsrc='02:00:00:00:00:0c', psrc='10.0.0.3', hwdst='02:00:00:00:00:0a',"
                + " pdst='10.0.0.1')",
            "Ether(src='02:00:00:00:00:0d', dst='ff:ff:ff:ff:ff:ff')/ARP(op=1,"
                + " hwsrc='02:00:00:00:00:0d', psrc='10.0.0.3', pdst='10.0.0.3')",
            P + "ARP(op=1, hwsrc='02:00:00:00:00:0c', psrc='0.0.0.0', pdst='10.0.0.1')");
    requestForA = frames.get(0);
    requestForOther = frames.get(1);
    replyToA = frames.get(2);
    announcementWithNewMac = frames.get(3);
    probeForA = frames.get(4);
  }

  @BeforeEach
  void attach() {
    network = new InMemoryNetwork(1, 100_000);
    a = network.attach(Hosts.a().arp(new ArpLimits(4, 3, 60 * SECOND, SECOND, 3)).build());
    peer = network.attachPeer();
  }

  private long now() {
    return network.clock().nanos();
  }

  private void run(long nanos) {
    network.runFor(nanos);
  }

  private void sendUdpFromA(Ipv4Address to, int marker) {
    a.udp().bind(0, (socket, message) -> {}).send(to, 9, new byte[] {(byte) marker});
  }

  @Test
  void answersARequestForItsAddressAndLearnsTheRequester() {
    peer.send(requestForA);
    run(SECOND / 1000);

    assertThat(peer.received()).hasSize(1);
    List<String> fields =
        Scapy.inspect(
            peer.received().get(0),
            "p[Ether].dst",
            "p[Ether].src",
            "p[ARP].op",
            "p[ARP].hwsrc",
            "p[ARP].psrc",
            "p[ARP].hwdst",
            "p[ARP].pdst");
    assertThat(fields)
        .containsExactly(
            "02:00:00:00:00:0c",
            "02:00:00:00:00:0a",
            "2",
            "02:00:00:00:00:0a",
            "10.0.0.1",
            "02:00:00:00:00:0c",
            "10.0.0.3");
    assertThat(a.arp().cache().lookup(P_IP, now())).contains(P_MAC);
    assertThat(a.counters().get(StackCounter.ARP_REQUESTS_ANSWERED)).isEqualTo(1);
  }

  @Test
  void answersAProbeWithoutLearningAddressZero() {
    peer.send(probeForA);
    run(SECOND / 1000);

    assertThat(peer.received()).hasSize(1);
    assertThat(Frames.arp(peer.received().get(0)).orElseThrow().targetIp())
        .isEqualTo(Ipv4Address.ANY);
    assertThat(a.arp().cache().size()).isZero();
  }

  @Test
  void ignoresRequestsForOtherAddressesAndDoesNotLearnFromThem() {
    peer.send(requestForOther);
    run(SECOND / 1000);

    assertThat(peer.received()).isEmpty();
    assertThat(a.arp().cache().size()).isZero();
    assertThat(a.counters().get(StackCounter.ARP_IGNORED)).isEqualTo(1);
  }

  @Test
  void anAnnouncementUpdatesAnExistingEntryOnly() {
    peer.send(announcementWithNewMac);
    run(SECOND / 1000);
    assertThat(a.arp().cache().contains(P_IP)).isFalse();

    peer.send(replyToA);
    peer.send(announcementWithNewMac);
    run(SECOND / 1000);

    assertThat(a.arp().cache().lookup(P_IP, now())).contains(MacAddress.parse("02:00:00:00:00:0d"));
  }

  @Test
  void anUnansweredAddressIsRequestedThreeTimesASecondApartThenItsDatagramsDropped() {
    List<Long> requestTimes = new ArrayList<>();
    peer.respond(
        frame -> {
          Optional<ArpPacket> arp = Frames.arp(frame);
          if (arp.isPresent() && arp.get().isRequest() && arp.get().targetIp().equals(P_IP)) {
            requestTimes.add(now());
          }
        });
    long start = now();

    sendUdpFromA(P_IP, 1);
    run(10 * SECOND);

    long latency = requestTimes.get(0) - start;
    assertThat(requestTimes)
        .containsExactly(start + latency, start + SECOND + latency, start + 2 * SECOND + latency);
    assertThat(a.counters().get(StackCounter.ARP_RESOLUTION_FAILED)).isEqualTo(1);
    assertThat(a.arp().cache().size()).isZero();
    ArpPacket request = Frames.arp(peer.received().get(0)).orElseThrow();
    assertThat(request.senderMac()).isEqualTo(A_MAC);
    assertThat(request.senderIp()).isEqualTo(A_IP);
    assertThat(Arrays.copyOf(peer.received().get(0), 6)).containsOnly((byte) 0xff);
  }

  @Test
  void aReplySendsTheNewestWaitingDatagramsInOrder() {
    for (int marker = 1; marker <= 5; marker++) {
      sendUdpFromA(P_IP, marker);
    }
    run(SECOND / 10);
    peer.take();

    peer.send(replyToA);
    run(SECOND / 10);

    assertThat(peer.received())
        .extracting(frame -> (int) Frames.udp(frame).orElseThrow().data()[0])
        .containsExactly(3, 4, 5);
    assertThat(peer.received())
        .allSatisfy(frame -> assertThat(MacAddress.read(frame, 0)).isEqualTo(P_MAC));
    assertThat(a.counters().get(StackCounter.ARP_PENDING_OVERFLOW)).isEqualTo(2);
    assertThat(a.counters().get(StackCounter.ARP_REQUESTS_SENT)).isEqualTo(1);
  }

  @Test
  void anEntryAgesOutAndTheNextDatagramResolvesAgain() {
    peer.send(requestForA);
    run(SECOND / 10);
    assertThat(a.arp().cache().lookup(P_IP, now())).isPresent();

    run(61 * SECOND);
    peer.take();
    sendUdpFromA(P_IP, 1);
    run(SECOND / 10);

    assertThat(a.counters().get(StackCounter.ARP_ENTRIES_EXPIRED)).isEqualTo(1);
    assertThat(peer.received()).hasSize(1);
    assertThat(Frames.arp(peer.received().get(0)).orElseThrow().isRequest()).isTrue();
  }

  @Test
  void anEntryInUseIsPolledByUnicastBeforeItEndsAndTheAnswerRenewsIt() {
    peer.send(requestForA);
    run(SECOND / 10);
    peer.take();
    peer.respond(
        frame -> {
          Optional<ArpPacket> arp = Frames.arp(frame);
          if (arp.isPresent() && arp.get().isRequest()) {
            peer.send(replyToA);
          }
        });

    // datagrams every second: the poll starts 3 s (3 requests 1 s apart) before the 60 s end
    for (int second = 0; second < 70; second++) {
      sendUdpFromA(P_IP, second);
      run(SECOND);
    }

    List<byte[]> polls =
        peer.received().stream().filter(frame -> Frames.arp(frame).isPresent()).toList();
    assertThat(polls).hasSize(1);
    assertThat(MacAddress.read(polls.get(0), 0))
        .as("sent to the owner, not broadcast")
        .isEqualTo(P_MAC);
    assertThat(a.counters().get(StackCounter.ARP_ENTRIES_EXPIRED)).isZero();
    assertThat(a.counters().get(StackCounter.ARP_RESOLUTION_FAILED)).isZero();
  }

  @Test
  void theCacheHoldsAtMostItsLimitOfUnresolvedAddresses() {
    for (int host = 10; host < 16; host++) {
      sendUdpFromA(Ipv4Address.parse("10.0.0." + host), host);
    }
    run(SECOND / 10);

    assertThat(a.arp().cache().size()).isEqualTo(4);
    assertThat(a.counters().get(StackCounter.ARP_REQUESTS_SENT)).isEqualTo(4);
    assertThat(a.counters().get(StackCounter.ARP_CACHE_FULL)).isEqualTo(2);
  }

  @Test
  void aTruncatedPacketIsCountedAsMalformed() {
    peer.send(Arrays.copyOf(requestForA, 14 + 20));
    run(SECOND / 10);

    assertThat(peer.received()).isEmpty();
    assertThat(a.counters().get(StackCounter.ARP_MALFORMED)).isEqualTo(1);
  }
}
