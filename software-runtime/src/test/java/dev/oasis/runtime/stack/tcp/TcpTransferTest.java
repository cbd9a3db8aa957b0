package dev.oasis.runtime.stack.tcp;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.StackCounter;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.LinkImpairments;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A megabyte each way between two stacks over a link that loses, duplicates, reorders and corrupts
 * frames: what arrives must be exactly what was sent (SHA-256), and both sides must close.
 */
class TcpTransferTest {

  private static final long SECOND = 1_000_000_000L;
  private static final int MEGABYTE = 1 << 20;

  /** Loss 5 %, duplication 5 %, 10 % of frames held back up to 2 ms, corruption 1 %. */
  private static final LinkImpairments HOSTILE =
      new LinkImpairments(0.05, 0.05, 0.10, 0.01, 50_000, 2_000_000);

  /** One side of the transfer: writes its data as the send buffer allows, then closes. */
  private static final class Side {
    final byte[] toSend;
    final MessageDigest received = sha256();
    long receivedBytes;
    int written;
    boolean peerClosed;
    final List<TcpCloseReason> reasons = new ArrayList<>();
    TcpConnection connection;

    Side(long seed) {
      toSend = new byte[MEGABYTE];
      new Random(seed).nextBytes(toSend);
    }

    void attach(TcpConnection c) {
      connection = c;
      c.onData(
          data -> {
            received.update(data);
            receivedBytes += data.length;
          });
      c.onPeerClosed(() -> peerClosed = true);
      c.onClosed(reasons::add);
      c.onWritable(this::pump);
    }

    void pump() {
      if (written < toSend.length) {
        written += connection.write(toSend, written, toSend.length - written);
        if (written == toSend.length) {
          connection.close();
        }
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** Five seeds for the link's random choices (100 seeds passed when this test was written). */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 20240607, 31337, 4242})
  void aMegabyteEachWayArrivesIntactOverAHostileLink(long seed) {
    InMemoryNetwork network = new InMemoryNetwork(seed, 2_000_000);
    TcpConfig tcp = TcpConfig.DEFAULT;
    Stack a = network.attach(Hosts.a().tcp(tcp).build());
    Stack b = network.attach(Hosts.b().tcp(tcp).build());
    network.impair(a, HOSTILE);
    network.impair(b, HOSTILE);

    Side server = new Side(1);
    Side client = new Side(2);
    a.tcp()
        .listen(
            80,
            connection -> {
              server.attach(connection);
              server.pump();
            });
    TcpConnection opened = b.tcp().connect(A_IP, 80);
    client.attach(opened);
    opened.onConnected(client::pump);

    boolean done =
        network.runUntil(
            () -> server.reasons.size() == 1 && client.reasons.size() == 1, 3_600 * SECOND);

    assertThat(done).as("both sides closed; %s", network.statistics()).isTrue();
    assertThat(server.receivedBytes).isEqualTo(MEGABYTE);
    assertThat(client.receivedBytes).isEqualTo(MEGABYTE);
    assertThat(hex(server.received.digest())).isEqualTo(hex(sha256().digest(client.toSend)));
    assertThat(hex(client.received.digest())).isEqualTo(hex(sha256().digest(server.toSend)));
    assertThat(server.peerClosed).isTrue();
    assertThat(client.peerClosed).isTrue();
    assertThat(server.reasons).containsExactly(TcpCloseReason.CLOSED);
    assertThat(client.reasons).containsExactly(TcpCloseReason.CLOSED);

    // the link really was hostile, and corrupted frames were caught by a checksum
    InMemoryNetwork.Statistics link = network.statistics();
    assertThat(link.lost).isPositive();
    assertThat(link.duplicated).isPositive();
    assertThat(link.reordered).isPositive();
    assertThat(link.corrupted).isPositive();
    long caughtByChecksum = 0;
    for (Stack stack : List.of(a, b)) {
      caughtByChecksum +=
          stack.counters().get(StackCounter.TCP_BAD_CHECKSUM)
              + stack.counters().get(StackCounter.IPV4_BAD_CHECKSUM);
      assertThat(stack.counters().get(StackCounter.TCP_RETRANSMISSIONS)).isPositive();
    }
    assertThat(caughtByChecksum).isPositive();
    System.out.printf(
        "seed %d, 1 MiB each way: %s; %.1f s of virtual time; a %s; b %s%n",
        seed,
        link,
        (network.clock().nanos() - InMemoryNetwork.START_NANOS) / 1e9,
        a.counters(),
        b.counters());
  }
}
