package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Examples.Example;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Captures that Debian packages ship, read in place, through every example: pcapfix's damaged
 * files, python3-dpkt's DNS captures (one truncated by its snap length, one cut short) and
 * gopacket's pcapng conformance set with its oversize TCP segments. The oracles are tshark's
 * reading of the same files and the pcap format itself; a capture that is absent is skipped with
 * the name of its package.
 */
class DebianCapturesTest {
  private static final Path PCAPFIX = Path.of("/usr/share/doc/pcapfix/examples");
  private static final Path DPKT = Path.of("/usr/share/doc/python3-dpkt/examples/data");
  private static final Path GOPACKET =
      Path.of("/usr/share/gocode/src/github.com/gopacket/gopacket/pcapgo/tests");

  /** config.max_frame of each example program. */
  private static final Map<String, Integer> MAX_FRAME =
      Map.of(
          "l3-router", 1518, "l2-switch", 1522, "dns-responder", 1518, "stateful-firewall", 1518);

  @TempDir Path tmp;

  private static Path present(Path file, String debianPackage) {
    Assumptions.assumeTrue(
        Files.isRegularFile(file),
        file + " is absent (Debian package " + debianPackage + " is not installed); skipping");
    return file;
  }

  private Cli.Result run(Example example, Path capture) {
    return Cli.run(example.runArgs(capture, tmp.resolve("out.pcapng")));
  }

  static List<Example> examples() {
    return Examples.all().toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pcapfixDamagedCaptureRunsTheFramesBeforeTheDamage(Example example) throws Exception {
    Path capture = present(PCAPFIX.resolve("test_damaged.pcap"), "pcapfix");
    long[] intact = intactPcapRecords(capture);

    Cli.Result r = run(example, capture).assertExit(1);

    assertThat(r.err()).contains(capture + ": offset " + intact[1] + ":");
    assertThat(RunSummaryTable.parse(r.out()).get("0", RunSummaryTable.IN)).isEqualTo(intact[0]);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pcapfixCaptureWithoutHeaderIsRefused(Example example) {
    Path capture = present(PCAPFIX.resolve("test_without_pcap_header.pcap"), "pcapfix");

    Cli.Result r = run(example, capture).assertExit(1);

    assertThat(r.err()).contains(capture + ": offset 0: unknown magic number 0x00000000");
    assertThat(r.out()).isEmpty();
    assertThat(tmp.resolve("out.pcapng")).doesNotExist();
  }

  static Stream<Arguments> dpktCaptures() {
    return Stream.of("truncated_dns.pcap", "truncated_dns_2.pcap", "dns_icmp.pcap")
        .flatMap(f -> Examples.all().map(e -> Arguments.of(f, e)));
  }

  @ParameterizedTest
  @MethodSource("dpktCaptures")
  void dpktCapturesRunOnPortZero(String file, Example example) throws Exception {
    Path capture = present(DPKT.resolve(file), "python3-dpkt");
    Tshark.assumeInstalled();
    Tshark.Reading tshark = Tshark.read(capture);

    Cli.Result r = run(example, capture).assertExit(tshark.damaged() ? 1 : 0);

    if (tshark.damaged()) {
      assertThat(r.err()).contains(capture + ": offset ");
    }
    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    assertThat(summary.get("0", RunSummaryTable.IN)).isEqualTo(tshark.ethernetFrames());
    assertThat(summary.get("total", RunSummaryTable.IN)).isEqualTo(tshark.ethernetFrames());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void gopacketOversizeSegmentsAreDroppedAsOversize(Example example) throws Exception {
    Path capture =
        present(GOPACKET.resolve("le/test301.pcapng"), "golang-github-gopacket-gopacket-dev");
    Tshark.assumeInstalled();
    int max = MAX_FRAME.get(example.name());
    List<Integer> lengths = capturedLengths(capture);
    long oversize = lengths.stream().filter(length -> length > max).count();
    assertThat(oversize).as("oversize frames in the capture").isPositive();

    Cli.Result r = run(example, capture).assertExit(0);

    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    assertThat(summary.get("total", RunSummaryTable.IN)).isEqualTo(lengths.size());
    assertThat(summary.dropped("oversize")).isEqualTo(oversize);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void gopacketFramesOnInterfaceTwoNeedThreePorts(Example example) throws Exception {
    Path capture =
        present(GOPACKET.resolve("le/test300.pcapng"), "golang-github-gopacket-gopacket-dev");

    Cli.Result r = run(example, capture);

    int ports = example == Examples.ROUTER || example == Examples.SWITCH ? 4 : -1;
    if (ports == 4) {
      r.assertExit(0);
    } else {
      r.assertExit(1);
      assertThat(r.err())
          .contains(capture + ": frame 1 arrives on interface 2, but the program has");
    }
  }

  static Stream<String> gopacketConformanceSet() throws IOException {
    Path le = GOPACKET.resolve("le");
    if (!Files.isDirectory(le)) {
      return Stream.of("absent");
    }
    try (Stream<Path> files = Files.list(le)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pcapng"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("gopacketConformanceSet")
  void gopacketConformanceFilesRunOrAreRefusedWithTheOffset(String name) throws Exception {
    Path le = present(GOPACKET.resolve("le").resolve(name), "golang-github-gopacket-gopacket-dev");
    Path be = GOPACKET.resolve("be").resolve(name);
    Tshark.assumeInstalled();

    Cli.Result r = run(Examples.ROUTER, le).assertNoStackTrace();

    assertThat(r.exit()).isIn(0, 1);
    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    if (r.exit() == 0) {
      assertThat(summary.get("total", RunSummaryTable.IN))
          .as("Ethernet frames tshark reads")
          .isEqualTo(Tshark.read(le).ethernetFrames());
    } else {
      assertThat(r.err()).contains(le + ": offset ");
    }

    // The big-endian twin holds the same blocks: the same outcome.
    if (Files.isRegularFile(be)) {
      Cli.Result twin = run(Examples.ROUTER, be).assertNoStackTrace();
      assertThat(twin.exit()).isEqualTo(r.exit());
      assertThat(twin.out()).isEqualTo(r.out());
      assertThat(twin.err()).isEqualTo(r.err().replace(le.toString(), be.toString()));
    }
  }

  private static List<Integer> test301Lengths;

  /** The captured length of every frame of test301, by tshark (read once). */
  private static synchronized List<Integer> capturedLengths(Path capture) throws IOException {
    if (test301Lengths == null) {
      test301Lengths =
          Tshark.fields(capture, "frame.cap_len").stream()
              .map(row -> Integer.parseInt(row[0]))
              .toList();
    }
    return test301Lengths;
  }

  /**
   * Walks a little-endian classic pcap file as the format defines it (a 24-byte header, then
   * records of a 16-byte header and the captured bytes): the number of complete records and the
   * offset where the first incomplete one starts.
   */
  private static long[] intactPcapRecords(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getInt(0)).as("microsecond little-endian pcap magic").isEqualTo(0xa1b2c3d4);
    int offset = TestCaptures.PCAP_HEADER;
    long records = 0;
    while (offset + TestCaptures.PCAP_RECORD_HEADER <= b.limit()) {
      long captured = Integer.toUnsignedLong(b.getInt(offset + 8));
      if (offset + TestCaptures.PCAP_RECORD_HEADER + captured > b.limit()) {
        break;
      }
      offset += TestCaptures.PCAP_RECORD_HEADER + (int) captured;
      records++;
    }
    assertThat(offset).as("the file is damaged").isLessThan(b.limit());
    return new long[] {records, offset};
  }
}
