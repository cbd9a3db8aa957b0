package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.slowpath.ApplianceInterfaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TapInterface} with a real Linux peer: the TAP is created here and moved into a test
 * namespace, where the kernel has 10.77.0.1/24 on it; the appliance behind it is 10.77.0.2.
 */
class TapNamespaceTest {

  private static final String PEER_ADDRESS = "10.77.0.1";
  private static final String APPLIANCE_ADDRESS = "10.77.0.2";
  private static final String APPLIANCE_MAC = "02:00:00:00:77:02";
  private static final ApplianceInterfaces APPLIANCE =
      ApplianceInterfaces.builder().add(0, APPLIANCE_MAC, APPLIANCE_ADDRESS + "/24").build();

  private static TestNamespace namespace;
  private static String tapName;
  private static TapInterface tap;

  @TempDir Path dir;

  @BeforeAll
  static void createTapInNamespace() throws Exception {
    namespace = TestNamespace.create("tap");
    tapName = TestNamespace.interfaceName("t");
    tap = TapInterface.open(tapName, 0);
    Command.ok("ip", "link", "set", tapName, "netns", namespace.name());
    namespace.exec("sysctl", "-qw", "net.ipv6.conf." + tapName + ".disable_ipv6=1");
    namespace.ip("addr", "add", PEER_ADDRESS + "/24", "dev", tapName);
    namespace.ip("link", "set", tapName, "up");
  }

  @AfterAll
  static void deleteTapAndNamespace() throws Exception {
    if (tap != null) {
      tap.close();
    }
    if (namespace != null) {
      namespace.close();
    }
  }

  @Test
  void theKernelFindsTheTapUnderItsName() {
    assertThat(tap.name()).isEqualTo(tapName);
    assertThat(namespace.exec("ip", "-d", "link", "show", tapName).stdout())
        .contains("tun type tap");
  }

  @Test
  void aNameTemplateLetsTheKernelPickTheNumber() throws Exception {
    String template = TestNamespace.interfaceName("x%d");
    try (TapInterface picked = TapInterface.open(template, 0)) {
      String prefix = template.substring(0, template.length() - 2);

      assertThat(picked.name()).matches(java.util.regex.Pattern.quote(prefix) + "[0-9]+");
      assertThat(Command.ok("ip", "link", "show", picked.name()).stdout()).contains(picked.name());
    }
  }

  @Test
  void pingThroughTheTapIsAnsweredByTheStandardSlowPath() throws Exception {
    namespace.exec("ip", "neigh", "flush", "dev", tapName);
    Command ping;
    SlowPathResponder responder = new SlowPathResponder(tap, APPLIANCE);
    try (responder) {
      ping =
          namespace.execFor(
              Duration.ofSeconds(15), "ping", "-c", "3", "-W", "1", "-i", "0.2", APPLIANCE_ADDRESS);
    }

    assertThat(ping.exitCode()).as("ping exit code; output: " + ping.stdout()).isZero();
    assertThat(ping.stdout()).contains("3 packets transmitted, 3 received");
    assertThat(responder.arpFrames()).as("the kernel's ARP requests").isPositive();
    assertThat(responder.echoRequests()).isEqualTo(3);
    assertThat(responder.slowPath().replied()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void arpingGetsTheApplianceMac() throws Exception {
    Command arping;
    try (SlowPathResponder responder = new SlowPathResponder(tap, APPLIANCE)) {
      arping =
          namespace.execFor(
              Duration.ofSeconds(15),
              "arping",
              "-c",
              "2",
              "-w",
              "5",
              "-i",
              tapName,
              APPLIANCE_ADDRESS);
    }

    assertThat(arping.exitCode()).as("arping exit code; output: " + arping.stdout()).isZero();
    assertThat(arping.stdout()).contains(APPLIANCE_MAC).contains(APPLIANCE_ADDRESS);
  }

  @Test
  void framesTheKernelSendsArriveByteExact() throws Exception {
    int tag = 0x54415001;
    List<byte[]> frames = TestFrames.marked(tag, 200, TestFrames.MIN_LENGTH, 1514, 11);

    Process scapy = PeerTools.startScapySend(namespace.inside(), tapName, frames, dir);
    List<byte[]> received = new ArrayList<>();
    PacketBatch batch = new PacketBatch(64, PacketBatch.DEFAULT_BUFFER_BYTES);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (received.size() < frames.size() && System.nanoTime() < deadline) {
      batch.clear();
      tap.receive(batch, 100_000_000L);
      for (int i = 0; i < batch.size(); i++) {
        if (TestFrames.isMarked(batch.buffer(i), batch.length(i), tag)) {
          received.add(batch.copyOf(i));
        }
      }
    }
    PeerTools.awaitScapy(scapy, frames.size());

    assertThat(PeerTools.hex(received)).containsExactlyElementsOf(PeerTools.hex(frames));
  }

  @Test
  void framesWeWriteAreReceivedByTheKernelByteExact() throws Exception {
    int tag = 0x54415002;
    List<byte[]> frames = TestFrames.marked(tag, 200, TestFrames.MIN_LENGTH, 1514, 12);
    PeerTools.TsharkCapture tshark =
        PeerTools.TsharkCapture.start(namespace, tapName, frames.size(), dir);
    try {
      PacketBatch batch = new PacketBatch(50, PacketBatch.DEFAULT_BUFFER_BYTES);
      int sent = 0;
      for (int start = 0; start < frames.size(); start += batch.capacity()) {
        batch.clear();
        for (byte[] frame : frames.subList(start, start + batch.capacity())) {
          batch.add(frame, 0);
        }
        sent += tap.send(batch);
      }
      assertThat(sent).isEqualTo(frames.size());

      List<byte[]> captured = tshark.await(Duration.ofSeconds(20));

      assertThat(PeerTools.hex(captured)).containsExactlyElementsOf(PeerTools.hex(frames));
    } finally {
      tshark.stop();
    }
  }
}
