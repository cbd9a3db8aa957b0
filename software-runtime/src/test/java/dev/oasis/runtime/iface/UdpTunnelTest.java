package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two {@link UdpTunnelInterface}s on 127.0.0.1, and plain UDP sockets as independent peers. */
class UdpTunnelTest {

  private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress("127.0.0.1", 0);
  private static final long WAIT_NANOS = Duration.ofSeconds(10).toNanos();

  private UdpTunnelInterface a;
  private UdpTunnelInterface b;

  @BeforeEach
  void openPair() throws Exception {
    a = UdpTunnelInterface.open(UdpTunnelOptions.defaults(1, ANY_LOOPBACK_PORT, null));
    b = UdpTunnelInterface.open(UdpTunnelOptions.defaults(2, ANY_LOOPBACK_PORT, a.localAddress()));
    a.connect(b.localAddress());
  }

  @AfterEach
  void closePair() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  @Test
  void thousandFramesEachWayArriveByteExactInOrder() throws Exception {
    List<byte[]> aToB = TestFrames.marked(0x55445001, 1000, 14 + 8, 1514, 21);
    List<byte[]> bToA = TestFrames.marked(0x55445002, 1000, 14 + 8, 1514, 22);

    List<byte[]> atB = exchange(a, b, aToB);
    List<byte[]> atA = exchange(b, a, bToA);

    assertThat(PeerTools.hex(atB)).containsExactlyElementsOf(PeerTools.hex(aToB));
    assertThat(PeerTools.hex(atA)).containsExactlyElementsOf(PeerTools.hex(bToA));
    assertThat(b.statistics())
        .isEqualTo(new InterfaceStatistics(1000, bytes(aToB), 0, 1000, bytes(bToA), 0));
    assertThat(a.statistics())
        .isEqualTo(new InterfaceStatistics(1000, bytes(bToA), 0, 1000, bytes(aToB), 0));
  }

  @Test
  void eachFrameIsOneDatagramWithNothingAdded() throws Exception {
    try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      peer.setSoTimeout(5_000);
      a.connect((InetSocketAddress) peer.getLocalSocketAddress());
      byte[] frame = TestFrames.marked(0x55445003, 1, 200, 200, 23).get(0);
      PacketBatch batch = new PacketBatch(1, PacketBatch.DEFAULT_BUFFER_BYTES);
      batch.add(frame, 0);

      assertThat(a.send(batch)).isEqualTo(1);
      DatagramPacket datagram = new DatagramPacket(new byte[4096], 4096);
      peer.receive(datagram);

      assertThat(Arrays.copyOf(datagram.getData(), datagram.getLength())).isEqualTo(frame);
      assertThat(datagram.getPort()).isEqualTo(a.localAddress().getPort());
    }
  }

  @Test
  void datagramsFromOtherSourcesAndOversizedOnesAreDropped() throws Exception {
    byte[] frame = TestFrames.marked(0x55445004, 1, 100, 100, 24).get(0);
    try (DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      stranger.send(new DatagramPacket(frame, frame.length, b.localAddress()));
    }
    PacketBatch oversized = new PacketBatch(1, PacketBatch.MAX_BUFFER_BYTES);
    oversized.add(new byte[PacketBatch.DEFAULT_BUFFER_BYTES + 1], 0);
    try (UdpTunnelInterface big =
        UdpTunnelInterface.open(
            new UdpTunnelOptions(0, ANY_LOOPBACK_PORT, b.localAddress(), 4, 65_507))) {
      b.connect(big.localAddress());
      assertThat(big.send(oversized)).isEqualTo(1);

      awaitDrops(b, 2);
    }

    PacketBatch batch = new PacketBatch(4, PacketBatch.DEFAULT_BUFFER_BYTES);
    assertThat(b.receive(batch, 0)).isZero();
    assertThat(b.statistics().rxDropped()).isEqualTo(2);
  }

  @Test
  void aFullQueueDropsAndCountsTheRest() throws Exception {
    try (UdpTunnelInterface small =
        UdpTunnelInterface.open(
            UdpTunnelOptions.defaults(0, ANY_LOOPBACK_PORT, a.localAddress()).withQueueFrames(8))) {
      a.connect(small.localAddress());
      List<byte[]> frames = TestFrames.marked(0x55445005, 20, 60, 60, 25);
      PacketBatch batch = new PacketBatch(20, PacketBatch.DEFAULT_BUFFER_BYTES);
      frames.forEach(f -> batch.add(f, 0));

      assertThat(a.send(batch)).isEqualTo(20);
      awaitDrops(small, 12);
      PacketBatch in = new PacketBatch(32, PacketBatch.DEFAULT_BUFFER_BYTES);

      assertThat(small.receive(in, 0)).isEqualTo(8);
      List<byte[]> received = new ArrayList<>();
      for (int i = 0; i < in.size(); i++) {
        received.add(in.copyOf(i));
      }
      assertThat(PeerTools.hex(received))
          .containsExactlyElementsOf(PeerTools.hex(frames.subList(0, 8)));
      assertThat(small.statistics().rxDropped()).isEqualTo(12);
    }
  }

  @Test
  void framesLongerThanTheBatchBufferAreDroppedOnReceive() throws Exception {
    PacketBatch out = new PacketBatch(1, PacketBatch.DEFAULT_BUFFER_BYTES);
    out.add(new byte[1000], 0);
    a.send(out);

    PacketBatch tiny = new PacketBatch(1, 500);
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (b.statistics().rxDropped() == 0 && System.nanoTime() < deadline) {
      b.receive(tiny, 10_000_000L);
    }

    assertThat(tiny.isEmpty()).isTrue();
    assertThat(b.statistics().rxDropped()).isEqualTo(1);
  }

  @Test
  void sendingWithoutARemoteIsRefused() throws Exception {
    try (UdpTunnelInterface lonely =
        UdpTunnelInterface.open(UdpTunnelOptions.defaults(0, ANY_LOOPBACK_PORT, null))) {
      PacketBatch batch = new PacketBatch(1, 64);
      batch.add(new byte[14], 0);

      assertThatThrownBy(() -> lonely.send(batch))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith(
              "(no remote) has no remote address; pass one when opening or call connect");
    }
  }

  @Test
  void receiveTimesOutWithNothing() throws Exception {
    PacketBatch batch = new PacketBatch(1, 64);

    assertThat(a.receive(batch, 20_000_000L)).isZero();
  }

  /**
   * Sends {@code frames} from {@code from} in batches of 50, receiving each batch at {@code to}
   * before sending the next, so the kernel's socket buffer never overflows.
   */
  private static List<byte[]> exchange(
      PacketInterface from, PacketInterface to, List<byte[]> frames) throws Exception {
    PacketBatch out = new PacketBatch(50, PacketBatch.DEFAULT_BUFFER_BYTES);
    PacketBatch in = new PacketBatch(64, PacketBatch.DEFAULT_BUFFER_BYTES);
    List<byte[]> received = new ArrayList<>();
    for (int start = 0; start < frames.size(); start += out.capacity()) {
      out.clear();
      frames.subList(start, start + out.capacity()).forEach(f -> out.add(f, 0));
      assertThat(from.send(out)).isEqualTo(out.size());
      long deadline = System.nanoTime() + WAIT_NANOS;
      while (received.size() < start + out.capacity() && System.nanoTime() < deadline) {
        in.clear();
        to.receive(in, 100_000_000L);
        for (int i = 0; i < in.size(); i++) {
          received.add(in.copyOf(i));
        }
      }
    }
    return received;
  }

  private static void awaitDrops(PacketInterface iface, long drops) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (iface.statistics().rxDropped() < drops && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static long bytes(List<byte[]> frames) {
    return frames.stream().mapToLong(f -> f.length).sum();
  }
}
