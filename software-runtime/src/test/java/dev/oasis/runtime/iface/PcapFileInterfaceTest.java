package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PcapFileInterface} against captures written and read by scapy and tshark. */
class PcapFileInterfaceTest {

  private static final String WRITE_PCAP =
      String.join(
          "\n",
          "import sys, logging",
          "logging.getLogger('scapy').setLevel(logging.ERROR)",
          "from scapy.all import Raw, wrpcap",
          "frames = [bytes.fromhex(l) for l in open(sys.argv[1]) if l.strip()]",
          "packets = [Raw(load=f) for f in frames]",
          "for i, p in enumerate(packets):",
          "    p.time = 1700000000 + i / 1000",
          "wrpcap(sys.argv[2], packets, linktype=1)");

  private static final String READ_CAPTURE =
      String.join(
          "\n",
          "import sys, logging",
          "logging.getLogger('scapy').setLevel(logging.ERROR)",
          "from scapy.all import rdpcap",
          "for p in rdpcap(sys.argv[1]):",
          "    print(bytes(p).hex())");

  @TempDir Path dir;

  @Test
  void framesOfAScapyCaptureAreReceivedInBatchesThenEndOfInput() throws Exception {
    List<byte[]> frames = TestFrames.marked(0x50434101, 50, 14 + 8, 1514, 31);
    Path capture = dir.resolve("in.pcap");
    python(WRITE_PCAP, hexFile(frames).toString(), capture.toString());

    List<byte[]> received = new ArrayList<>();
    List<Long> timestamps = new ArrayList<>();
    try (PcapFileInterface file = PcapFileInterface.reader(capture)) {
      PacketBatch batch = new PacketBatch(7, PacketBatch.DEFAULT_BUFFER_BYTES);
      for (int count = file.receive(batch, 0);
          count != PacketInterface.END_OF_INPUT;
          count = file.receive(batch, 0)) {
        assertThat(count).isEqualTo(batch.size());
        for (int i = 0; i < batch.size(); i++) {
          received.add(batch.copyOf(i));
          timestamps.add(batch.timestampNanos(i));
          assertThat(batch.port(i)).isZero();
        }
        batch.clear();
      }
      assertThat(file.receive(batch, 0)).isEqualTo(PacketInterface.END_OF_INPUT);
      assertThat(file.statistics().rxPackets()).isEqualTo(50);
    }

    assertThat(PeerTools.hex(received)).containsExactlyElementsOf(PeerTools.hex(frames));
    assertThat(timestamps.get(0)).isEqualTo(1_700_000_000_000_000_000L);
    assertThat(timestamps.get(49)).isEqualTo(1_700_000_000_049_000_000L);
  }

  @Test
  void framesTooLongForTheBatchAreCountedAsDropped() throws Exception {
    List<byte[]> frames = TestFrames.marked(0x50434102, 3, 1000, 1000, 32);
    Path capture = dir.resolve("in.pcap");
    python(WRITE_PCAP, hexFile(frames).toString(), capture.toString());

    try (PcapFileInterface file = PcapFileInterface.reader(capture)) {
      PacketBatch batch = new PacketBatch(8, 999);

      assertThat(file.receive(batch, 0)).isEqualTo(PacketInterface.END_OF_INPUT);
      assertThat(file.statistics().rxDropped()).isEqualTo(3);
    }
  }

  @Test
  void sentFramesAreWrittenOnTheInterfaceOfTheirPort() throws Exception {
    List<byte[]> frames = TestFrames.marked(0x50434103, 10, 14 + 8, 1514, 33);
    Path output = dir.resolve("out.pcapng");

    try (PcapFileInterface file = PcapFileInterface.writer(output, 2)) {
      PacketBatch batch = new PacketBatch(10, PacketBatch.DEFAULT_BUFFER_BYTES);
      for (int i = 0; i < frames.size(); i++) {
        byte[] frame = frames.get(i);
        batch.add(frame, 0, frame.length, i % 2, 1_000_000_000L * (i + 1));
      }
      assertThat(file.send(batch)).isEqualTo(10);
      assertThat(file.receive(batch, 0)).isEqualTo(PacketInterface.END_OF_INPUT);
    }

    List<String> written = lines(python(READ_CAPTURE, output.toString()));
    assertThat(written).containsExactlyElementsOf(PeerTools.hex(frames));
    List<String> interfaces =
        lines(
            Command.ok(
                    "tshark", "-r", output.toString(), "-T", "fields", "-e", "frame.interface_id")
                .stdout());
    assertThat(interfaces).containsExactly("0", "1", "0", "1", "0", "1", "0", "1", "0", "1");
  }

  @Test
  void aReaderCannotSendAndAPortWithoutInterfaceIsRefused() throws Exception {
    Path capture = dir.resolve("in.pcap");
    python(WRITE_PCAP, hexFile(TestFrames.marked(1, 1, 60, 60, 34)).toString(), capture.toString());
    PacketBatch batch = new PacketBatch(1, 64);
    batch.add(new byte[60], 5);

    try (PcapFileInterface reader = PcapFileInterface.reader(capture)) {
      assertThatThrownBy(() -> reader.send(batch))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("capture " + capture + " only receives; open it with an output file");
    }
    try (PcapFileInterface writer = PcapFileInterface.writer(dir.resolve("out.pcapng"), 2)) {
      assertThatThrownBy(() -> writer.send(batch))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("port 5 has no interface; this capture has interfaces 0..1");
    }
  }

  private Path hexFile(List<byte[]> frames) throws Exception {
    Path hex = Files.createTempFile(dir, "frames", ".hex");
    Files.write(hex, PeerTools.hex(frames));
    return hex;
  }

  private static String python(String script, String... args) {
    List<String> argv = new ArrayList<>(List.of(PeerTools.PYTHON, "-c", script));
    argv.addAll(List.of(args));
    return Command.run(Duration.ofSeconds(30), argv).requireSuccess().stdout();
  }

  private static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
  }
}
