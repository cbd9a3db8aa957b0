package dev.oasis.runtime.stack.tcp;

import static dev.oasis.runtime.net.tcp.TcpWire.ACK;
import static dev.oasis.runtime.net.tcp.TcpWire.FIN;
import static dev.oasis.runtime.net.tcp.TcpWire.PSH;
import static dev.oasis.runtime.net.tcp.TcpWire.RST;
import static dev.oasis.runtime.net.tcp.TcpWire.SYN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How connections end: FIN in both directions (RFC 9293 3.6), resets (RFC 9293 3.5.2, RFC 5961) and
 * retransmission that gives up (RFC 6298), against a scripted peer.
 */
class TcpCloseTest {

  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000 * MS;
  private static final long CLIENT_ISN = 5000;

  private InMemoryNetwork network;
  private Stack a;
  private TcpPeer peer;
  private TcpConnection connection;
  private final List<TcpCloseReason> reasons = new ArrayList<>();
  private final List<Long> closedAt = new ArrayList<>();
  private int peerClosed;
  private long iss;

  @BeforeEach
  void establish() {
    network = new InMemoryNetwork(1, 100_000);
    TcpConfig tcp =
        TcpConfig.DEFAULT
            .withTimeWaitNanos(100 * MS)
            .withRetransmissions(3, 2)
            .withConnectionLimits(16, 2);
    a = network.attach(Hosts.a().tcp(tcp).build());
    a.tcp()
        .listen(
            80,
            accepted -> {
              connection = accepted;
              accepted.onPeerClosed(() -> peerClosed++);
              accepted.onClosed(
                  reason -> {
                    reasons.add(reason);
                    closedAt.add(network.clock().nanos());
                  });
            });
    peer = new TcpPeer(network);
  }

  private void handshake() {
    peer.send(SYN, CLIENT_ISN, 0);
    peer.run(MS);
    iss = peer.only().header().sequenceNumber();
    peer.send(ACK, CLIENT_ISN + 1, iss + 1);
    peer.run(MS);
  }

  @Test
  void thePeersFinLeadsToCloseWaitAndOurCloseToLastAck() {
    handshake();

    peer.send(FIN | ACK, CLIENT_ISN + 1, iss + 1);
    peer.run(MS);
    TcpSegment finAck = peer.only();
    assertThat(finAck.header().flags()).isEqualTo(ACK);
    assertThat(finAck.header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 2);
    assertThat(connection.state()).isEqualTo(TcpState.CLOSE_WAIT);
    assertThat(peerClosed).isEqualTo(1);

    connection.write("bye".getBytes(StandardCharsets.US_ASCII));
    connection.close();
    peer.run(MS);
    List<TcpSegment> last = peer.take();
    // the write went out at once; the FIN follows it
    assertThat(last).hasSize(2);
    assertThat(last.get(0).header().flags()).isEqualTo(ACK | PSH);
    assertThat(last.get(0).payload()).isEqualTo("bye".getBytes(StandardCharsets.US_ASCII));
    assertThat(last.get(1).header().flags()).isEqualTo(FIN | ACK);
    assertThat(last.get(1).header().sequenceNumber()).isEqualTo(iss + 1 + 3);
    assertThat(connection.state()).isEqualTo(TcpState.LAST_ACK);

    peer.send(ACK, CLIENT_ISN + 2, iss + 1 + 3 + 1);
    peer.run(MS);
    assertThat(connection.state()).isEqualTo(TcpState.CLOSED);
    assertThat(reasons).containsExactly(TcpCloseReason.CLOSED);
    assertThat(a.tcp().connectionCount()).isZero();
  }

  @Test
  void ourCloseGoesThroughFinWaitToTimeWaitAndIsForgottenAfterIt() {
    handshake();

    connection.close();
    peer.run(MS);
    TcpSegment fin = peer.only();
    assertThat(fin.header().flags()).isEqualTo(FIN | ACK);
    assertThat(fin.header().sequenceNumber()).isEqualTo(iss + 1);
    assertThat(connection.state()).isEqualTo(TcpState.FIN_WAIT_1);

    peer.send(ACK, CLIENT_ISN + 1, iss + 2);
    peer.run(MS);
    assertThat(connection.state()).isEqualTo(TcpState.FIN_WAIT_2);
    assertThat(peer.take()).isEmpty();

    peer.send(FIN | ACK, CLIENT_ISN + 1, iss + 2);
    peer.run(MS);
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 2);
    assertThat(connection.state()).isEqualTo(TcpState.TIME_WAIT);
    assertThat(reasons).containsExactly(TcpCloseReason.CLOSED);

    // a retransmitted FIN is acknowledged again
    peer.send(FIN | ACK, CLIENT_ISN + 1, iss + 2);
    peer.run(MS);
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 2);

    peer.run(100 * MS);
    assertThat(a.tcp().connectionCount()).isZero();
    assertThat(reasons).hasSize(1);
  }

  @Test
  void finsThatCrossGoThroughClosing() {
    handshake();

    connection.close();
    peer.run(MS);
    peer.take();
    peer.send(FIN | ACK, CLIENT_ISN + 1, iss + 1);
    peer.run(MS);
    assertThat(connection.state()).isEqualTo(TcpState.CLOSING);
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 2);

    peer.send(ACK, CLIENT_ISN + 2, iss + 2);
    peer.run(MS);
    assertThat(connection.state()).isEqualTo(TcpState.TIME_WAIT);
  }

  @Test
  void aSegmentForAPortWithoutListenerGetsAReset() {
    peer.send(TcpPeer.PORT, 81, SYN, 77, 0, new byte[0], new byte[0]);
    peer.run(MS);
    TcpSegment toSyn = peer.only();
    // no ACK in the offending segment: RST-ACK, sequence 0, acknowledging SEG.SEQ + SEG.LEN
    assertThat(toSyn.header().flags()).isEqualTo(RST | ACK);
    assertThat(toSyn.header().sequenceNumber()).isZero();
    assertThat(toSyn.header().acknowledgementNumber()).isEqualTo(78);

    peer.send(TcpPeer.PORT, 81, ACK | PSH, 77, 9999, new byte[0], new byte[5]);
    peer.run(MS);
    TcpSegment toAck = peer.only();
    // an ACK in it: RST with SEQ = SEG.ACK
    assertThat(toAck.header().flags()).isEqualTo(RST);
    assertThat(toAck.header().sequenceNumber()).isEqualTo(9999);

    peer.send(TcpPeer.PORT, 81, RST, 77, 0, new byte[0], new byte[0]);
    peer.run(MS);
    assertThat(peer.take()).as("a reset is never answered").isEmpty();
    assertThat(a.counters().get(StackCounter.TCP_RESETS_SENT)).isEqualTo(2);
  }

  @Test
  void anAckToAListenerGetsAReset() {
    peer.send(ACK, 1, 424242);
    peer.run(MS);

    TcpSegment reset = peer.only();
    assertThat(reset.header().flags()).isEqualTo(RST);
    assertThat(reset.header().sequenceNumber()).isEqualTo(424242);
  }

  @Test
  void aResetAtExactlyTheNextSequenceNumberClosesTheConnection() {
    handshake();

    peer.send(RST, CLIENT_ISN + 1, 0);
    peer.run(MS);

    assertThat(reasons).containsExactly(TcpCloseReason.RESET);
    assertThat(a.tcp().connectionCount()).isZero();
    assertThat(peer.take()).isEmpty();
  }

  @Test
  void aResetElsewhereInTheWindowOnlyGetsAChallengeAck() {
    handshake();

    peer.send(RST, CLIENT_ISN + 500, 0);
    peer.run(MS);

    TcpSegment challenge = peer.only();
    assertThat(challenge.header().flags()).isEqualTo(ACK);
    assertThat(challenge.header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 1);
    assertThat(connection.state()).isEqualTo(TcpState.ESTABLISHED);

    peer.send(RST, CLIENT_ISN + 1 + 70000, 0);
    peer.run(MS);
    assertThat(peer.take()).as("outside the window: silently dropped").isEmpty();
    assertThat(reasons).isEmpty();
  }

  @Test
  void aSynOnAnOpenConnectionGetsAChallengeAck() {
    handshake();

    peer.send(SYN, CLIENT_ISN + 1, 0);
    peer.run(MS);

    assertThat(peer.only().header().flags()).isEqualTo(ACK);
    assertThat(connection.state()).isEqualTo(TcpState.ESTABLISHED);
  }

  @Test
  void anAckForDataNeverSentIsAnsweredAndIgnored() {
    handshake();

    peer.send(ACK, CLIENT_ISN + 1, iss + 100);
    peer.run(MS);

    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 1);
    assertThat(connection.state()).isEqualTo(TcpState.ESTABLISHED);
  }

  @Test
  void retransmissionBacksOffExponentiallyAndGivesUp() {
    handshake();
    peer.arrivalTimes().clear();

    connection.write(new byte[100]);
    peer.run(60 * SECOND);

    List<TcpSegment> sent = peer.take();
    assertThat(sent).hasSize(4);
    assertThat(sent).allSatisfy(s -> assertThat(s.header().sequenceNumber()).isEqualTo(iss + 1));
    assertThat(sent).allSatisfy(s -> assertThat(s.payloadLength()).isEqualTo(100));
    List<Long> times = peer.arrivalTimes();
    // RFC 6298: RTO at least 1 s (5.1), doubled at each expiry (5.5)
    assertThat(
            List.of(
                times.get(1) - times.get(0),
                times.get(2) - times.get(1),
                times.get(3) - times.get(2)))
        .containsExactly(SECOND, 2 * SECOND, 4 * SECOND);
    assertThat(reasons).containsExactly(TcpCloseReason.TIMED_OUT);
    assertThat(closedAt.get(0) - times.get(3)).isBetween(8 * SECOND - MS, 8 * SECOND);
    assertThat(a.tcp().connectionCount()).isZero();
    assertThat(a.counters().get(StackCounter.TCP_RETRANSMISSIONS)).isEqualTo(3);
    assertThat(a.counters().get(StackCounter.TCP_CONNECTIONS_TIMED_OUT)).isEqualTo(1);
  }

  @Test
  void threeDuplicateAcksRetransmitAtOnce() {
    handshake();
    connection.write(new byte[3 * 536]);
    peer.run(MS);
    assertThat(peer.take()).hasSize(3);

    for (int i = 0; i < 3; i++) {
      peer.send(ACK, CLIENT_ISN + 1, iss + 1);
    }
    peer.run(MS);

    TcpSegment again = peer.only();
    assertThat(again.header().sequenceNumber()).isEqualTo(iss + 1);
    assertThat(again.payloadLength()).isEqualTo(536);
  }

  @Test
  void anUnansweredSynAckIsRetriedThenForgotten() {
    peer.send(SYN, CLIENT_ISN, 0);
    peer.run(30 * SECOND);

    List<TcpSegment> synAcks = peer.take();
    assertThat(synAcks).hasSize(3);
    assertThat(synAcks).allSatisfy(s -> assertThat(s.header().flags()).isEqualTo(SYN | ACK));
    assertThat(a.tcp().connectionCount()).isZero();
    assertThat(connection).as("never accepted").isNull();
    assertThat(reasons).isEmpty();
  }

  @Test
  void synsBeyondTheBacklogAreDroppedAndCounted() {
    for (int port = 41000; port < 41003; port++) {
      peer.send(port, 80, SYN, CLIENT_ISN, 0, new byte[0], new byte[0]);
    }
    peer.run(MS);

    assertThat(peer.take()).hasSize(2);
    assertThat(a.counters().get(StackCounter.TCP_SYN_DROPPED)).isEqualTo(1);
  }

  @Test
  void abortSendsAResetAndReportsIt() {
    handshake();

    connection.abort();
    peer.run(MS);

    TcpSegment reset = peer.only();
    assertThat(reset.header().flags()).isEqualTo(RST);
    assertThat(reset.header().sequenceNumber()).isEqualTo(iss + 1);
    assertThat(reasons).containsExactly(TcpCloseReason.ABORTED);
  }
}
