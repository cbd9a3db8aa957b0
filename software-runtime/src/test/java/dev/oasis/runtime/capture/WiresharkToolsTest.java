package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures built by Wireshark's tools from hex dumps written here: text2pcap makes pcapng, editcap
 * converts it to microsecond pcap, nanosecond pcap and pcapng or cuts frames to a snap length,
 * mergecap puts two interfaces in one file. Oasis must read back the bytes and times of the hex
 * dumps.
 */
class WiresharkToolsTest {

  /** 2024-01-02T03:04:05Z. */
  private static final long SECONDS = 1_704_164_645L;

  private static final List<byte[]> FRAMES =
      List.of(SampleFrames.frame(60, 1), SampleFrames.frame(1514, 2), SampleFrames.frame(98, 3));

  /** Fractions of a second of the frames, in nanoseconds. */
  private static final long[] FRACTIONS = {123_456_789L, 500_000_000L, 987_654_321L};

  @TempDir Path dir;

  @BeforeAll
  static void needsWireshark() {
    ExternalTool.assumeInstalled("text2pcap", "wireshark-common");
    ExternalTool.assumeInstalled("editcap", "wireshark-common");
    ExternalTool.assumeInstalled("mergecap", "wireshark-common");
  }

  @Test
  void text2pcapOutputReadsAsTheHexDump() throws Exception {
    Path pcapng = text2pcap("frames.pcapng", "eth0", FRAMES, 0);

    assertThat(Captures.readAll(pcapng)).containsExactlyElementsOf(expected(0, 1));
  }

  @Test
  void editcapMicrosecondPcapReadsAsTheHexDumpCutToMicroseconds() throws Exception {
    Path pcapng = text2pcap("frames.pcapng", "eth0", FRAMES, 0);
    Path pcap = dir.resolve("frames.pcap");
    ExternalTool.runOk("editcap", "-F", "pcap", pcapng.toString(), pcap.toString());

    assertThat(Files.readAllBytes(pcap)).startsWith(0xd4, 0xc3, 0xb2, 0xa1);
    assertThat(Captures.readAll(pcap)).containsExactlyElementsOf(expected(0, 1000));
  }

  @Test
  void editcapNanosecondPcapReadsAsTheHexDump() throws Exception {
    Path pcapng = text2pcap("frames.pcapng", "eth0", FRAMES, 0);
    Path pcap = dir.resolve("frames.nsec.pcap");
    ExternalTool.runOk("editcap", "-F", "nsecpcap", pcapng.toString(), pcap.toString());

    assertThat(Files.readAllBytes(pcap)).startsWith(0x4d, 0x3c, 0xb2, 0xa1);
    assertThat(Captures.readAll(pcap)).containsExactlyElementsOf(expected(0, 1));
  }

  @Test
  void editcapRoundTripThroughPcapBackToPcapng() throws Exception {
    Path pcapng = text2pcap("frames.pcapng", "eth0", FRAMES, 0);
    Path pcap = dir.resolve("frames.pcap");
    Path again = dir.resolve("again.pcapng");
    ExternalTool.runOk("editcap", "-F", "pcap", pcapng.toString(), pcap.toString());
    ExternalTool.runOk("editcap", "-F", "pcapng", pcap.toString(), again.toString());

    assertThat(Captures.readAll(again)).containsExactlyElementsOf(expected(0, 1000));
  }

  @Test
  void editcapSnapLengthCutsCapturedBytesButKeepsOriginalLengths() throws Exception {
    Path pcapng = text2pcap("frames.pcapng", "eth0", FRAMES, 0);
    Path cut = dir.resolve("cut.pcapng");
    ExternalTool.runOk("editcap", "-s", "64", pcapng.toString(), cut.toString());

    List<CapturedFrame> frames = Captures.readAll(cut);
    assertThat(frames).extracting(f -> f.data().length).containsExactly(60, 64, 64);
    assertThat(frames).extracting(CapturedFrame::originalLength).containsExactly(60, 1514, 98);
    assertThat(frames.get(1).data()).isEqualTo(Arrays.copyOf(FRAMES.get(1), 64));
  }

  @Test
  void mergecapInterfacesBecomePorts() throws Exception {
    // Port 1's frames are one millisecond later than port 0's, so the merge interleaves them.
    Path port0 = text2pcap("port0.pcapng", "port0", FRAMES, 0);
    Path port1 = text2pcap("port1.pcapng", "port1", FRAMES, 1_000_000);
    Path merged = dir.resolve("merged.pcapng");
    ExternalTool.runOk("mergecap", "-w", merged.toString(), port0.toString(), port1.toString());

    List<CapturedFrame> expected = new ArrayList<>();
    for (int i = 0; i < FRAMES.size(); i++) {
      expected.add(expected(0, 1).get(i));
      CapturedFrame later = expected(0, 1).get(i);
      expected.add(new CapturedFrame(1, later.timestampNanos() + 1_000_000, later.data()));
    }
    expected.sort((x, y) -> Long.compare(x.timestampNanos(), y.timestampNanos()));
    assertThat(Captures.readAll(merged)).containsExactlyElementsOf(expected);
  }

  /** The frames of the hex dump on {@code port}, timestamps cut to {@code unitNanos}. */
  private static List<CapturedFrame> expected(int port, long unitNanos) {
    List<CapturedFrame> frames = new ArrayList<>();
    for (int i = 0; i < FRAMES.size(); i++) {
      long fraction = FRACTIONS[i] / unitNanos * unitNanos;
      frames.add(new CapturedFrame(port, (SECONDS + i) * 1_000_000_000L + fraction, FRAMES.get(i)));
    }
    return frames;
  }

  /**
   * Writes the frames as a text2pcap hex dump (an offset column, then 16 bytes a line), each
   * preceded by its time, and converts it to pcapng with the given interface name.
   */
  private Path text2pcap(String name, String interfaceName, List<byte[]> frames, long delayNanos)
      throws IOException, InterruptedException {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < frames.size(); i++) {
      long nanos = FRACTIONS[i] + delayNanos;
      dump.append(String.format("%d.%09d%n", SECONDS + i, nanos));
      byte[] frame = frames.get(i);
      for (int offset = 0; offset < frame.length; offset += 16) {
        byte[] line = Arrays.copyOfRange(frame, offset, Math.min(frame.length, offset + 16));
        dump.append(
            String.format("%06x  %s%n", offset, HexFormat.ofDelimiter(" ").formatHex(line)));
      }
    }
    Path text = dir.resolve(name + ".txt");
    Files.writeString(text, dump.toString(), StandardCharsets.US_ASCII);
    Path capture = dir.resolve(name);
    ExternalTool.runOk(
        "text2pcap", "-q", "-N", interfaceName, "-t", "%s.%f", text.toString(), capture.toString());
    return capture;
  }
}
