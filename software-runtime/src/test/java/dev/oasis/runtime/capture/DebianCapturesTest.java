package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads real captures that Debian packages ship under /usr/share, in place, and compares the result
 * with tshark and capinfos.
 */
class DebianCapturesTest {

  private static final String GOPACKET = "golang-github-gopacket-gopacket-dev";
  private static final Path CONFORMANCE =
      Path.of("/usr/share/gocode/src/github.com/gopacket/gopacket/pcapgo/tests");
  private static final Path GOPACKET_PCAP =
      Path.of("/usr/share/gocode/src/github.com/gopacket/gopacket/pcap");
  private static final Path PCAPFIX = Path.of("/usr/share/doc/pcapfix/examples");
  private static final Path DPKT = Path.of("/usr/share/doc/python3-dpkt/examples/data");

  @BeforeAll
  static void needsTshark() {
    Tshark.assumeInstalled();
  }

  static Stream<Path> conformanceFiles() throws IOException {
    return Stream.of("le", "be").flatMap(order -> pcapngFiles(CONFORMANCE.resolve(order)));
  }

  private static Stream<Path> pcapngFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      // One visible skipped case instead of none, so the missing package is reported.
      return Stream.of(dir.resolve("test001.pcapng"));
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".pcapng")).sorted().toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir, e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conformanceFiles")
  void readsThePcapngConformanceSetLikeTshark(Path file) throws Exception {
    assumePresent(file, GOPACKET);
    CaptureChecks.Outcome ours = CaptureChecks.assertReadsLikeTshark(file);

    // capinfos counts packets; where all of them are Ethernet, Oasis reads that many.
    ExternalTool.Result capinfos =
        ExternalTool.run(List.of("capinfos", "-T", "-r", "-c", "-E", file.toString()));
    if (capinfos.exitCode() == 0 && capinfos.stdout().contains("\tether\t")) {
      String[] columns = capinfos.stdout().strip().split("\t");
      assertThat(ours.frames()).hasSize(Integer.parseInt(columns[columns.length - 1]));
      assertThat(ours.error()).isNull();
    }
  }

  @Test
  void conformanceFileWithANullLinkTypePacketStopsThereNamingTheInterface() throws Exception {
    for (String order : List.of("le", "be")) {
      Path file = CONFORMANCE.resolve(order).resolve("test006.pcapng");
      assumePresent(file, GOPACKET);
      CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(file);

      assertThat(outcome.frames()).hasSize(1);
      assertThat(outcome.frames().get(0).port()).isZero();
      assertThat(outcome.error().problem())
          .isEqualTo(
              "interface 1 (\"en1\") has link type 0 (NULL); only Ethernet (1) is supported");
    }
  }

  @Test
  void conformanceFileWithASectionOfVersionTwoStopsAtThatSection() throws Exception {
    Path file = CONFORMANCE.resolve("le/test901.pcapng");
    assumePresent(file, GOPACKET);
    CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(file);

    assertThat(outcome.frames()).hasSize(1);
    assertThat(outcome.error().problem())
        .isEqualTo("section header version 2.0 is not supported; expected 1.x");
  }

  @Test
  void conformanceFileWithBinaryTimestampResolution() throws Exception {
    // if_tsresol 0x88: units of 2^-8 s; tshark shows 1519128000.195312500.
    Path file = CONFORMANCE.resolve("le/test902.pcapng");
    assumePresent(file, GOPACKET);
    List<CapturedFrame> frames = Captures.readAll(file);

    assertThat(frames)
        .singleElement()
        .extracting(CapturedFrame::timestampNanos)
        .isEqualTo(1_519_128_000_195_312_500L);
  }

  @Test
  void pcapfixExamplesIntactOnesMatchTshark() throws Exception {
    for (String name : List.of("test.pcap", "test_2018.pcap")) {
      Path file = PCAPFIX.resolve(name);
      assumePresent(file, "pcapfix");
      CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(file);
      assertThat(outcome.frames()).hasSize(capinfosCount(file));
    }
  }

  @Test
  void pcapfixDamagedExampleKeepsTheFirstFrameAndNamesTheCutRecord() throws Exception {
    Path file = PCAPFIX.resolve("test_damaged.pcap");
    assumePresent(file, "pcapfix");
    CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(file);

    // The second record starts at 24 + 16 + 74 = 114 and claims more bytes than the file has.
    assertThat(outcome.frames()).hasSize(1);
    assertThat(outcome.error())
        .hasMessage(file + ": offset 114: record truncated: header says 16896 bytes, 8756 remain");
  }

  @Test
  void pcapfixExampleWithoutHeaderIsAnUnknownMagicNumber() throws Exception {
    Path file = PCAPFIX.resolve("test_without_pcap_header.pcap");
    assumePresent(file, "pcapfix");
    CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(file);

    assertThat(outcome.frames()).isEmpty();
    assertThat(outcome.error().offset()).isZero();
    assertThat(outcome.error().problem()).startsWith("unknown magic number 0x00000000; expected");
  }

  @Test
  void dpktExamplesMatchTshark() throws Exception {
    assumePresent(DPKT, "python3-dpkt");
    List<Path> files;
    try (Stream<Path> list = Files.list(DPKT)) {
      files = list.filter(f -> f.toString().endsWith(".pcap")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(file);
      if (outcome.error() == null) {
        assertThat(outcome.frames()).as("frames of %s", file).hasSize(capinfosCount(file));
      }
    }
  }

  @Test
  void dpktTruncatedDnsEndsInsideARecordHeader() throws Exception {
    Path file = DPKT.resolve("truncated_dns_2.pcap");
    assumePresent(file, "python3-dpkt");
    CaptureChecks.Outcome outcome = CaptureChecks.readUntilError(file);

    // One record of 200 captured bytes (of 282), then 7 stray bytes at offset 24 + 16 + 200.
    assertThat(outcome.frames())
        .singleElement()
        .satisfies(
            frame -> {
              assertThat(frame.data()).hasSize(200);
              assertThat(frame.originalLength()).isEqualTo(282);
            });
    assertThat(outcome.error().offset()).isEqualTo(240);
    assertThat(outcome.error().problem())
        .isEqualTo("record header truncated: 7 of 16 bytes present");
  }

  @Test
  void gopacketPcapFilesMatchTshark() throws Exception {
    for (String name : List.of("test_dns.pcap", "test_ethernet.pcap")) {
      Path file = GOPACKET_PCAP.resolve(name);
      assumePresent(file, GOPACKET);
      CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(file);
      assertThat(outcome.frames()).hasSize(capinfosCount(file));
    }
  }

  @Test
  void gopacketLoopbackCaptureIsRefusedForItsLinkType() throws Exception {
    Path file = GOPACKET_PCAP.resolve("test_loopback.pcap");
    assumePresent(file, GOPACKET);
    CaptureChecks.Outcome outcome = CaptureChecks.assertReadsLikeTshark(file);

    assertThat(outcome.frames()).isEmpty();
    assertThat(outcome.error().problem())
        .isEqualTo("interface 0 has link type 0 (NULL); only Ethernet (1) is supported");
  }

  private static void assumePresent(Path file, String debianPackage) {
    assumeTrue(
        Files.exists(file),
        file + " is missing; it comes with the Debian package " + debianPackage);
  }

  private static int capinfosCount(Path file) throws Exception {
    String out = ExternalTool.runOk("capinfos", "-T", "-r", "-c", file.toString());
    String[] columns = out.strip().split("\t");
    return Integer.parseInt(columns[columns.length - 1]);
  }
}
