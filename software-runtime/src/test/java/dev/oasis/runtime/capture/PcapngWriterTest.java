package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pcapng writer, checked against tshark, capinfos and the bytes the specification gives. */
class PcapngWriterTest {

  private static final byte[] A = SampleFrames.frame(60, 1);
  private static final byte[] B = SampleFrames.frame(1514, 2);
  private static final byte[] C = SampleFrames.frame(61, 3);

  /** Three ports and the host: one frame on port 0, one on port 2, one on host, one on port 1. */
  private static final List<CapturedFrame> FRAMES =
      List.of(
          new CapturedFrame(0, 1_700_000_000_123_456_789L, A),
          new CapturedFrame(2, 1_700_000_000_123_456_790L, B),
          new CapturedFrame(3, 1_700_000_001_000_000_000L, C),
          new CapturedFrame(1, 4_000_000_000_000_000_001L, Arrays.copyOf(B, 100), 1514));

  @TempDir Path dir;

  @Test
  void tsharkReadsPortsAsNamedInterfacesWithNanosecondTimes() throws Exception {
    Path file = dir.resolve("out.pcapng");
    try (PcapngWriter writer = new PcapngWriter(file, 3, true)) {
      assertThat(writer.hostPort()).isEqualTo(3);
      for (CapturedFrame frame : FRAMES) {
        writer.write(frame);
      }
    }

    Tshark.assumeInstalled();
    Tshark.Reading reading = Tshark.read(file);
    assertThat(reading.exitCode()).isZero();
    assertThat(reading.packets().stream().map(Tshark::expectedFrame))
        .containsExactlyElementsOf(FRAMES);
    assertThat(reading.packets())
        .extracting(Tshark.Record::interfaceName)
        .containsExactly("port0", "port2", "host", "port1");
    assertThat(reading.packets()).extracting(Tshark.Record::encapType).containsOnly(1);
  }

  @Test
  void capinfosSeesOneEthernetInterfacePerPortAndTheHost() throws Exception {
    Path file = dir.resolve("out.pcapng");
    try (PcapngWriter writer = new PcapngWriter(file, 2, true)) {
      writer.write(FRAMES.get(0));
    }

    ExternalTool.assumeInstalled("capinfos", "wireshark-common");
    String info = ExternalTool.runOk("capinfos", file.toString());
    assertThat(info)
        .contains("Number of packets:   1")
        .contains("Number of interfaces in file: 3")
        .contains("Name = port0")
        .contains("Name = port1")
        .contains("Name = host")
        .contains("Capture application: Oasis");
    assertThat(info.split("Encapsulation = Ethernet \\(1 - ether\\)", -1)).hasSize(4);
    assertThat(info.split("Time precision = nanoseconds \\(9\\)", -1)).hasSize(4);
  }

  @Test
  void writesTheBlocksTheSpecificationDescribes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapngWriter writer = new PcapngWriter(out, 1, true)) {
      writer.write(FRAMES.get(0));
      writer.write(new CapturedFrame(1, 5, C, 70));
    }

    PcapngBytes expected = new PcapngBytes();
    expected.section(
        ByteOrder.LITTLE_ENDIAN,
        expected.option(PcapngBytes.SHB_USERAPPL, "Oasis".getBytes(StandardCharsets.UTF_8)));
    expected
        .interfaceDescription(
            1, 262_144, expected.nameOption("port0"), expected.resolutionOption(9))
        .interfaceDescription(1, 262_144, expected.nameOption("host"), expected.resolutionOption(9))
        .enhancedPacket(0, 1_700_000_000_123_456_789L, A, 60)
        .enhancedPacket(1, 5, C, 70);
    assertThat(out.toByteArray()).isEqualTo(expected.bytes());
  }

  @Test
  void sameFramesGiveTheSameBytes() throws Exception {
    assertThat(write(FRAMES)).isEqualTo(write(FRAMES));
  }

  @Test
  void oasisReadsBackWhatItWrote() throws Exception {
    Path file = dir.resolve("out.pcapng");
    Files.write(file, write(FRAMES));

    assertThat(Captures.readAll(file)).containsExactlyElementsOf(FRAMES);
  }

  @Test
  void anEmptyCaptureIsValid() throws Exception {
    Path file = dir.resolve("empty.pcapng");
    new PcapngWriter(file, 2, false).close();

    assertThat(Captures.readAll(file)).isEmpty();
    Tshark.assumeInstalled();
    Tshark.Reading reading = Tshark.read(file);
    assertThat(reading.exitCode()).isZero();
    assertThat(reading.records()).isEmpty();
  }

  @Test
  void hostPortWithoutAHostInterfaceIsAnError() throws Exception {
    try (PcapngWriter writer = new PcapngWriter(new ByteArrayOutputStream(), 2, false)) {
      assertThatThrownBy(writer::hostPort)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this writer was created without a host interface");
    }
  }

  @Test
  void rejectsAPortWithoutAnInterface() throws Exception {
    try (PcapngWriter writer = new PcapngWriter(new ByteArrayOutputStream(), 2, true)) {
      assertThatThrownBy(() -> writer.write(new CapturedFrame(3, 0, A)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("port 3 has no interface; this capture has interfaces 0..2");
    }
  }

  @Test
  void rejectsAFrameLargerThanToolsRead() throws Exception {
    try (PcapngWriter writer = new PcapngWriter(new ByteArrayOutputStream(), 1, false)) {
      assertThatThrownBy(() -> writer.write(new CapturedFrame(0, 0, new byte[262_145])))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("frame of 262145 bytes exceeds the 262144-byte limit of capture files");
    }
  }

  @Test
  void rejectsANegativePortCount() {
    assertThatThrownBy(() -> new PcapngWriter(new ByteArrayOutputStream(), -1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port count -1 is out of range; expected 0 to 65535");
  }

  private static byte[] write(List<CapturedFrame> frames) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapngWriter writer = new PcapngWriter(out, 3, true)) {
      for (CapturedFrame frame : frames) {
        writer.write(frame);
      }
    }
    return out.toByteArray();
  }
}
