package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.iface.linux.SystemCallException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AfPacketInterface} on one end of a veth pair whose other end sits in a test namespace,
 * with scapy sending frames into it and tshark capturing what it sends: Linux is the oracle.
 */
class AfPacketVethTest {

  private static final long WAIT_NANOS = Duration.ofSeconds(20).toNanos();

  private static TestNamespace namespace;
  private static String hostEnd;
  private static String peerEnd;

  @TempDir Path dir;

  private AfPacketInterface iface;
  private final Random random = new Random(7);

  @BeforeAll
  static void createVethPair() throws Exception {
    namespace = TestNamespace.create("ap");
    hostEnd = TestNamespace.interfaceName("h");
    peerEnd = TestNamespace.interfaceName("p");
    Command.ok(
        "ip",
        "link",
        "add",
        hostEnd,
        "type",
        "veth",
        "peer",
        "name",
        peerEnd,
        "netns",
        namespace.name());
    TestNamespace.disableIpv6InRoot(hostEnd);
    Command.ok("ip", "link", "set", hostEnd, "up");
    namespace.ip("link", "set", peerEnd, "up");
  }

  @AfterAll
  static void deleteVethPair() {
    if (namespace != null) {
      namespace.close();
      Command.run(Duration.ofSeconds(5), List.of("ip", "link", "del", hostEnd));
    }
  }

  @BeforeEach
  void open() throws Exception {
    iface = AfPacketInterface.open(hostEnd, 3);
  }

  @AfterEach
  void close() throws Exception {
    if (iface != null) {
      iface.close();
    }
  }

  @Test
  void framesFromScapyArriveByteExactInOrder() throws Exception {
    int tag = 0x52580001;
    List<byte[]> frames = TestFrames.marked(tag, 40, TestFrames.MIN_LENGTH, 1514, 1);
    frames.add(TestFrames.vlanTagged(TestFrames.frame(tag, 40, 100, random), 100));
    long before = System.currentTimeMillis() * 1_000_000L;

    Process scapy = PeerTools.startScapySend(namespace.inside(), peerEnd, frames, dir);
    List<byte[]> received = receiveMarked(tag, frames.size());
    PeerTools.awaitScapy(scapy, frames.size());

    assertThat(PeerTools.hex(received)).containsExactlyElementsOf(PeerTools.hex(frames));
    assertThat(iface.statistics().rxDropped()).isZero();
    assertThat(lastTimestamp).isBetween(before, System.currentTimeMillis() * 1_000_000L);
    assertThat(lastPort).isEqualTo(3);
  }

  @Test
  void aBurstOf1000FramesFromScapyArrivesWithoutLoss() throws Exception {
    int tag = 0x52580002;
    List<byte[]> frames = TestFrames.marked(tag, 1000, 60, 400, 2);

    Process scapy = PeerTools.startScapySend(namespace.inside(), peerEnd, frames, dir);
    List<byte[]> received = receiveMarked(tag, frames.size());
    PeerTools.awaitScapy(scapy, frames.size());

    assertThat(received).hasSize(1000);
    assertThat(PeerTools.hex(received)).containsExactlyElementsOf(PeerTools.hex(frames));
    assertThat(iface.statistics().rxDropped()).isZero();
  }

  @Test
  void framesWeSendAreCapturedByteExactByTshark() throws Exception {
    int tag = 0x54580001;
    List<byte[]> frames = TestFrames.marked(tag, 40, TestFrames.MIN_LENGTH, 1514, 3);
    frames.add(TestFrames.vlanTagged(TestFrames.frame(tag, 40, 200, random), 7));
    PeerTools.TsharkCapture tshark =
        PeerTools.TsharkCapture.start(namespace, peerEnd, frames.size(), dir);
    try {
      assertThat(sendAll(frames)).isEqualTo(frames.size());

      List<byte[]> captured = tshark.await(Duration.ofSeconds(20));

      assertThat(PeerTools.hex(captured)).containsExactlyElementsOf(PeerTools.hex(frames));
    } finally {
      tshark.stop();
    }
    InterfaceStatistics stats = iface.statistics();
    assertThat(stats.txPackets()).isEqualTo(frames.size());
    assertThat(stats.txDropped()).isZero();
  }

  @Test
  void aBurstOf1000FramesWeSendIsCapturedWithoutLoss() throws Exception {
    int tag = 0x54580002;
    List<byte[]> frames = TestFrames.marked(tag, 1000, 60, 400, 4);
    PeerTools.TsharkCapture tshark = PeerTools.TsharkCapture.start(namespace, peerEnd, 1000, dir);
    try {
      assertThat(sendAll(frames)).isEqualTo(1000);

      List<byte[]> captured = tshark.await(Duration.ofSeconds(20));

      assertThat(captured).hasSize(1000);
      assertThat(PeerTools.hex(captured)).containsExactlyElementsOf(PeerTools.hex(frames));
    } finally {
      tshark.stop();
    }
    assertThat(iface.statistics().txDropped()).isZero();
  }

  @Test
  void framesOtherProgramsSendOnTheInterfaceAreNotReceived() throws Exception {
    int outgoingTag = 0x4f555401;
    int incomingTag = 0x494e0001;
    List<byte[]> outgoing = TestFrames.marked(outgoingTag, 5, 60, 100, 5);
    List<byte[]> incoming = TestFrames.marked(incomingTag, 5, 60, 100, 6);

    // Another process sends on our end (these are outgoing frames here), then the peer sends.
    PeerTools.awaitScapy(PeerTools.startScapySend(List.of(), hostEnd, outgoing, dir), 5);
    Process peer = PeerTools.startScapySend(namespace.inside(), peerEnd, incoming, dir);
    List<byte[]> all = receiveUntil(incomingTag, 5);
    PeerTools.awaitScapy(peer, 5);

    assertThat(all.stream().filter(f -> TestFrames.isMarked(f, f.length, outgoingTag))).isEmpty();
    assertThat(PeerTools.hex(marked(all, incomingTag)))
        .containsExactlyElementsOf(PeerTools.hex(incoming));
  }

  @Test
  void promiscuousModeIsSetWhileOpenAndUndoneOnClose() throws Exception {
    assertThat(promiscuity()).isEqualTo(1);

    iface.close();
    iface = null;

    assertThat(promiscuity()).isZero();
  }

  @Test
  void sendingOnAnInterfaceThatIsDownNamesTheCallAndEnetdown() throws Exception {
    PacketBatch batch = new PacketBatch(1, PacketBatch.DEFAULT_BUFFER_BYTES);
    batch.add(TestFrames.frame(0x444f574e, 0, 60, random), 0);
    Command.ok("ip", "link", "set", hostEnd, "down");
    try {
      assertThatThrownBy(() -> iface.send(batch))
          .isInstanceOf(SystemCallException.class)
          .hasMessage(
              "send(PACKET_TX_RING) on interface "
                  + hostEnd
                  + " failed: ENETDOWN (Network is down)");
    } finally {
      Command.ok("ip", "link", "set", hostEnd, "up");
    }
  }

  @Test
  void framesTooLongForTheRingSlotAreCountedAsDropped() throws Exception {
    PacketBatch batch = new PacketBatch(2, PacketBatch.MAX_BUFFER_BYTES);
    batch.add(new byte[2017], 0);
    batch.add(new byte[13], 0);

    assertThat(iface.send(batch)).isZero();

    assertThat(iface.statistics().txDropped()).isEqualTo(2);
  }

  private long lastTimestamp;
  private int lastPort = -1;

  /** Receives until {@code count} frames tagged {@code tag} arrived (or 20 s passed). */
  private List<byte[]> receiveMarked(int tag, int count) throws Exception {
    return marked(receiveUntil(tag, count), tag);
  }

  /** Every frame received until {@code count} of them are tagged {@code tag}. */
  private List<byte[]> receiveUntil(int tag, int count) throws Exception {
    PacketBatch batch = new PacketBatch(64, PacketBatch.DEFAULT_BUFFER_BYTES);
    List<byte[]> frames = new ArrayList<>();
    int matching = 0;
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (matching < count && System.nanoTime() < deadline) {
      batch.clear();
      iface.receive(batch, 100_000_000L);
      for (int i = 0; i < batch.size(); i++) {
        frames.add(batch.copyOf(i));
        if (TestFrames.isMarked(batch.buffer(i), batch.length(i), tag)) {
          matching++;
          lastTimestamp = batch.timestampNanos(i);
          lastPort = batch.port(i);
        }
      }
    }
    return frames;
  }

  private static List<byte[]> marked(List<byte[]> frames, int tag) {
    return frames.stream().filter(f -> TestFrames.isMarked(f, f.length, tag)).toList();
  }

  private int sendAll(List<byte[]> frames) throws Exception {
    PacketBatch batch = new PacketBatch(64, PacketBatch.DEFAULT_BUFFER_BYTES);
    int sent = 0;
    for (int start = 0; start < frames.size(); start += batch.capacity()) {
      batch.clear();
      for (byte[] frame :
          frames.subList(start, Math.min(frames.size(), start + batch.capacity()))) {
        batch.add(frame, 0);
      }
      sent += iface.send(batch);
    }
    return sent;
  }

  /** The interface's promiscuity count as {@code ip -d link show} reports it. */
  private static int promiscuity() {
    String details = Command.ok("ip", "-d", "link", "show", hostEnd).stdout();
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("promiscuity (\\d+)").matcher(details);
    assertThat(matcher.find()).as("promiscuity in: " + details).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
