package dev.oasis.runtime.stack.tcp;

import static dev.oasis.runtime.net.tcp.TcpWire.ACK;
import static dev.oasis.runtime.net.tcp.TcpWire.PSH;
import static dev.oasis.runtime.net.tcp.TcpWire.SYN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.tcp.TcpOptions;
import dev.oasis.runtime.net.tcp.TcpSegment;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passive open, data, windows and segmentation of a connection to stack A, driven segment by
 * segment by a scripted peer, with the expected answers taken from RFC 9293.
 */
class TcpConnectionTest {

  static final long MS = 1_000_000L;
  static final long CLIENT_ISN = 1000;

  private InMemoryNetwork network;
  private Stack a;
  private TcpPeer peer;
  private final List<TcpConnection> accepted = new ArrayList<>();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private long iss;

  @BeforeEach
  void attach() {
    start(TcpConfig.DEFAULT);
  }

  private void start(TcpConfig tcp) {
    network = new InMemoryNetwork(1, 100_000);
    a = network.attach(Hosts.a().tcp(tcp).build());
    a.tcp()
        .listen(
            80,
            connection -> {
              accepted.add(connection);
              connection.onData(received::writeBytes);
            });
    peer = new TcpPeer(network);
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** SYN (with {@code options}), SYN-ACK, ACK; returns the SYN-ACK. */
  private TcpSegment handshake(byte[] options) {
    peer.send(TcpPeer.PORT, 80, SYN, CLIENT_ISN, 0, options, new byte[0]);
    peer.run(MS);
    TcpSegment synAck = peer.only();
    iss = synAck.header().sequenceNumber();
    peer.send(ACK, CLIENT_ISN + 1, iss + 1);
    peer.run(MS);
    return synAck;
  }

  @Test
  void aSynIsAnsweredWithSynAckAndTheAckCompletesTheOpen() {
    peer.send(SYN, CLIENT_ISN, 0);
    peer.run(MS);

    TcpSegment synAck = peer.only();
    assertThat(synAck.header().flags()).isEqualTo(SYN | ACK);
    assertThat(synAck.header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 1);
    assertThat(synAck.header().window()).isEqualTo(65535);
    assertThat(synAck.payloadLength()).isZero();
    // our MSS: the 1500-byte MTU less 20 bytes of IPv4 and 20 of TCP header
    assertThat(TcpOptions.parse(synAck.header().options()).value().maximumSegmentSize())
        .isEqualTo(OptionalInt.of(1460));
    assertThat(a.tcp().connections())
        .extracting(TcpConnection::state)
        .containsExactly(TcpState.SYN_RECEIVED);
    assertThat(accepted).isEmpty();

    peer.send(ACK, CLIENT_ISN + 1, synAck.header().sequenceNumber() + 1);
    peer.run(MS);

    assertThat(accepted).hasSize(1);
    assertThat(accepted.get(0).state()).isEqualTo(TcpState.ESTABLISHED);
    assertThat(accepted.get(0).id().remotePort()).isEqualTo(TcpPeer.PORT);
    assertThat(peer.take()).as("nothing answers a bare ACK").isEmpty();
    assertThat(a.counters().get(StackCounter.TCP_CONNECTIONS_ACCEPTED)).isEqualTo(1);
  }

  @Test
  void dataInOrderIsDeliveredAndAcknowledged() {
    handshake(new byte[0]);

    peer.send(ACK | PSH, CLIENT_ISN + 1, iss + 1, text("hello"));
    peer.run(MS);
    TcpSegment first = peer.only();
    peer.send(ACK | PSH, CLIENT_ISN + 6, iss + 1, text(" world"));
    peer.run(MS);
    TcpSegment second = peer.only();

    assertThat(received.toString(StandardCharsets.US_ASCII)).isEqualTo("hello world");
    assertThat(first.header().flags()).isEqualTo(ACK);
    assertThat(first.header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 6);
    assertThat(first.header().sequenceNumber()).isEqualTo(iss + 1);
    assertThat(second.header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 12);
  }

  @Test
  void dataInTheSegmentThatCompletesTheHandshakeReachesTheAcceptorsCallback() {
    peer.send(SYN, CLIENT_ISN, 0);
    peer.run(MS);
    iss = peer.only().header().sequenceNumber();

    peer.send(ACK | PSH, CLIENT_ISN + 1, iss + 1, text("early"));
    peer.run(MS);

    assertThat(received.toString(StandardCharsets.US_ASCII)).isEqualTo("early");
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 6);
  }

  @Test
  void aSegmentAheadOfAGapWaitsForTheGap() {
    handshake(new byte[0]);

    peer.send(ACK, CLIENT_ISN + 6, iss + 1, text(" world"));
    peer.run(MS);
    assertThat(received.size()).isZero();
    assertThat(peer.only().header().acknowledgementNumber())
        .as("a duplicate ACK for the gap (RFC 5681 4.2)")
        .isEqualTo(CLIENT_ISN + 1);

    peer.send(ACK, CLIENT_ISN + 1, iss + 1, text("hello"));
    peer.run(MS);
    assertThat(received.toString(StandardCharsets.US_ASCII)).isEqualTo("hello world");
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 12);

    peer.send(ACK, CLIENT_ISN + 1, iss + 1, text("hello"));
    peer.run(MS);
    assertThat(received.toString(StandardCharsets.US_ASCII)).isEqualTo("hello world");
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 12);
    assertThat(a.counters().get(StackCounter.TCP_OUT_OF_ORDER_QUEUED)).isEqualTo(1);
    assertThat(a.counters().get(StackCounter.TCP_OUT_OF_WINDOW)).isEqualTo(1);
  }

  @Test
  void theReceiveWindowBoundsWhatIsTaken() {
    start(TcpConfig.DEFAULT.withReceiveWindow(1000));
    assertThat(handshake(new byte[0]).header().window()).isEqualTo(1000);

    peer.send(ACK, CLIENT_ISN + 1, iss + 1, new byte[1500]);
    peer.run(MS);
    assertThat(received.size()).isEqualTo(1000);
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 1001);

    // entirely beyond the window: not acceptable, answered with an ACK
    peer.send(ACK, CLIENT_ISN + 2001, iss + 1, new byte[10]);
    peer.run(MS);
    assertThat(received.size()).isEqualTo(1000);
    assertThat(peer.only().header().acknowledgementNumber()).isEqualTo(CLIENT_ISN + 1001);
  }

  @Test
  void writesAreCutToThePeersMssAndHeldToItsWindow() {
    peer.window(3000);
    handshake(TcpOptions.maximumSegmentSizeOption(1000));

    assertThat(accepted.get(0).write(new byte[5000])).isEqualTo(5000);
    peer.run(MS);

    List<TcpSegment> burst = peer.take();
    assertThat(burst).extracting(TcpSegment::payloadLength).containsExactly(1000, 1000, 1000);
    assertThat(burst)
        .extracting(s -> s.header().sequenceNumber())
        .containsExactly(iss + 1, iss + 1001, iss + 2001);
    assertThat(burst).allSatisfy(s -> assertThat(s.header().flags()).isEqualTo(ACK));

    peer.send(ACK, CLIENT_ISN + 1, iss + 3001);
    peer.run(MS);

    List<TcpSegment> rest = peer.take();
    assertThat(rest).extracting(TcpSegment::payloadLength).containsExactly(1000, 1000);
    assertThat(rest.get(1).header().flags()).as("the last carries PSH").isEqualTo(ACK | PSH);
    assertThat(accepted.get(0).unacknowledgedBytes()).isEqualTo(2000);
  }

  @Test
  void withoutAnMssOptionSegmentsCarry536Bytes() {
    handshake(new byte[0]);

    accepted.get(0).write(new byte[600]);
    peer.run(MS);

    assertThat(peer.take()).extracting(TcpSegment::payloadLength).containsExactly(536, 64);
  }

  @Test
  void theSendBufferTakesWhatFitsAndSaysWhenThereIsRoom() {
    TcpConfig small =
        new TcpConfig(
            65535, 4000, 1_000 * MS, 1_000 * MS, 60_000 * MS, 8, 5, 100 * MS, 60_000 * MS, 16, 4);
    start(small);
    handshake(TcpOptions.maximumSegmentSizeOption(1000));
    TcpConnection connection = accepted.get(0);
    int[] writable = new int[1];
    connection.onWritable(() -> writable[0]++);

    assertThat(connection.write(new byte[5000])).isEqualTo(4000);
    assertThat(connection.writableBytes()).isZero();
    peer.run(MS);
    peer.take();
    peer.send(ACK, CLIENT_ISN + 1, iss + 2001);
    peer.run(MS);

    assertThat(writable[0]).isEqualTo(1);
    assertThat(connection.writableBytes()).isEqualTo(2000);
  }

  @Test
  void aChecksumThatFailsDropsTheSegmentUnanswered() {
    handshake(new byte[0]);
    byte[] frame =
        Frames.tcp(
            Hosts.A_MAC,
            Hosts.P_MAC,
            Hosts.P_IP,
            TcpPeer.PORT,
            Hosts.A_IP,
            80,
            CLIENT_ISN + 1,
            iss + 1,
            ACK,
            65535,
            text("data"));
    frame[frame.length - 1] ^= 1;

    peer.sendFrame(frame);
    peer.run(MS);

    assertThat(peer.take()).isEmpty();
    assertThat(received.size()).isZero();
    assertThat(a.counters().get(StackCounter.TCP_BAD_CHECKSUM)).isEqualTo(1);
  }
}
