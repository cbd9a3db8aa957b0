package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Examples.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four examples end to end through the {@code oasis} command: their scenarios pass, and {@code
 * oasis run} on their captures writes frames that tshark finds well formed, in the numbers per port
 * that the scenarios (written from the specification by scapy scripts, never by running Oasis)
 * require.
 */
class ExamplesEndToEndTest {
  private static final Pattern PACKET = Pattern.compile("^packet\\s+(\\d+)\\s.*");
  private static final Pattern EXPECT = Pattern.compile("^expect\\s+(\\d+|host)\\s.*");

  @TempDir Path tmp;

  static List<Example> examples() {
    return Examples.all().toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void scenarioPassesWithTheStandardSlowPath(Example example) {
    List<String> args =
        new ArrayList<>(
            List.of("test", example.scenario().toString(), example.program().toString()));
    args.addAll(example.entriesArgs());

    Cli.Result r = Cli.run(args.toArray(String[]::new)).assertExit(0);

    long packets =
        Examples.lines(example.scenario()).stream().filter(l -> l.startsWith("packet ")).count();
    assertThat(r.out().strip()).isEqualTo(packets + " passed, 0 failed");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void runCountsPerPortEqualTheScenario(Example example) throws Exception {
    // The scenario's packets up to its first control-plane write (oasis run has only the
    // entries file), in a capture of their own.
    List<String> lines = new ArrayList<>();
    for (String line : Examples.lines(example.scenario())) {
      if (line.startsWith("add ") || line.startsWith("setdefault ")) {
        break;
      }
      lines.add(line.strip());
    }
    List<TestCaptures.PortFrame> frames = new ArrayList<>();
    for (String line : lines) {
      Matcher m = PACKET.matcher(line);
      if (m.matches()) {
        String hex = line.split("\\s+", 3)[2].replace(" ", "");
        frames.add(
            new TestCaptures.PortFrame(Integer.parseInt(m.group(1)), HexFormat.of().parseHex(hex)));
      }
    }
    Map<String, Long> in = counts(lines, PACKET);
    Map<String, Long> sent = counts(lines, EXPECT);
    Path capture = TestCaptures.pcapng(tmp.resolve("in.pcapng"), 4, frames);

    Cli.Result r = Cli.run(example.runArgs(capture, tmp.resolve("out.pcapng"))).assertExit(0);

    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    assertPerPort(summary, in, RunSummaryTable.IN, "in");
    assertPerPort(summary, sent, RunSummaryTable.OUT, "out");
    assertThat(summary.get("host", RunSummaryTable.OUT)).isEqualTo(sent.getOrDefault("host", 0L));
    assertThat(summary.get("total", RunSummaryTable.IN)).isEqualTo(frames.size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void runOnTheShippedCaptureReceivesEveryPacket(Example example) {
    Cli.Result r =
        Cli.run(example.runArgs(example.capture(), tmp.resolve("out.pcapng"))).assertExit(0);

    List<String> lines = Examples.lines(example.scenario());
    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    assertPerPort(summary, counts(lines, PACKET), RunSummaryTable.IN, "in");
    if (lines.stream().noneMatch(l -> l.startsWith("add ") || l.startsWith("setdefault "))) {
      assertPerPort(summary, counts(lines, EXPECT), RunSummaryTable.OUT, "out");
    }
  }

  private static void assertPerPort(
      RunSummaryTable summary, Map<String, Long> expected, int column, String what) {
    int ports = (int) summary.rows().keySet().stream().filter(k -> k.matches("\\d+")).count();
    assertThat(ports).isPositive();
    for (int p = 0; p < ports; p++) {
      String port = String.valueOf(p);
      assertThat(summary.get(port, column))
          .as("frames %s on port %d", what, p)
          .isEqualTo(expected.getOrDefault(port, 0L));
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyOutputFrameIsWellFormedForTshark(Example example) throws Exception {
    Tshark.assumeInstalled();
    Path out = tmp.resolve("out.pcapng");
    Cli.Result r = Cli.run(example.runArgs(example.capture(), out)).assertExit(0);

    // Nothing malformed, no expert error (flooded identical copies give a retransmission
    // warning, which is fine).
    List<String[]> bad =
        Tshark.matching(
            out,
            "_ws.malformed || _ws.expert.severity >= \"Error\"",
            "frame.number",
            "_ws.expert.message");
    assertThat(bad).as("malformed frames").isEmpty();

    // Checksums: tshark prints status 0 (bad), 1 (good) or 2 (unverified). Every outer header
    // must be good; the headers an ICMP error quotes may be unverifiable (cut after 8 bytes of
    // data), never bad.
    List<String[]> rows =
        Tshark.fields(
            out,
            "frame.number",
            "frame.interface_id",
            "ip.checksum.status",
            "udp.checksum.status",
            "tcp.checksum.status",
            "icmp.checksum.status");
    Map<String, Long> perInterface = new HashMap<>();
    for (String[] row : rows) {
      perInterface.merge(row[1], 1L, Long::sum);
      String frame = "frame " + row[0];
      String[] ip = values(row[2]);
      boolean quotes = ip.length > 1;
      for (int f = 2; f < 6; f++) {
        String[] status = values(row[f]);
        for (int i = 0; i < status.length; i++) {
          boolean outer = i == 0 && (!quotes || f == 2 || f == 5);
          assertThat(status[i])
              .as(
                  "%s: %s status of header %d",
                  frame, new String[] {"", "", "ip", "udp", "tcp", "icmp"}[f], i)
              .isIn(outer ? List.of("1") : List.of("1", "2"));
        }
      }
    }
    assertThat(rows).as("frames in the output").isNotEmpty();

    // The file holds, per interface, as many frames as the summary says went out of that port.
    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    Map<String, Long> summaryOut = new HashMap<>();
    summary
        .rows()
        .forEach(
            (port, v) -> {
              if (port.matches("\\d+") && v[RunSummaryTable.OUT] > 0) {
                summaryOut.put(port, v[RunSummaryTable.OUT]);
              }
            });
    assertThat(perInterface).as("frames per interface (tshark)").isEqualTo(summaryOut);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void twoRunsWriteIdenticalFiles(Example example) throws Exception {
    Path first = tmp.resolve("first.pcapng");
    Path second = tmp.resolve("second.pcapng");

    Cli.Result a = Cli.run(example.runArgs(example.capture(), first)).assertExit(0);
    Cli.Result b = Cli.run(example.runArgs(example.capture(), second)).assertExit(0);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.size(first)).isGreaterThan(28);
    assertThat(b.out()).isEqualTo(a.out());
  }

  private static String[] values(String field) {
    return field.isEmpty() ? new String[0] : field.split(",");
  }

  /** Lines matching {@code pattern}, counted by its first group. */
  static Map<String, Long> counts(List<String> lines, Pattern pattern) {
    Map<String, Long> out = new HashMap<>();
    for (String line : lines) {
      Matcher m = pattern.matcher(line.strip());
      if (m.matches()) {
        out.merge(m.group(1), 1L, Long::sum);
      }
    }
    return out;
  }
}
