package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Examples.Example;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures that are damaged, unreadable or unwritable, and frames at and past the size limits. A
 * damaged file gives exit status 1 and a message naming the file and the offset of the damage,
 * after running the frames before it; frames too short for a header or too long for the program are
 * dropped and counted, never a crash.
 */
class BadCaptureTest {
  /** A broadcast frame of 60 bytes: the switch floods it to the three other ports. */
  private static final byte[] BROADCAST =
      Arrays.copyOf(HexFormat.of().parseHex("ffffffffffff0200000000010800"), 60);

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("out.pcapng");
  }

  private Cli.Result run(Example example, Path capture) {
    return Cli.run(example.runArgs(capture, out()));
  }

  private Path file(String name, byte[] bytes) throws Exception {
    return Files.write(tmp.resolve(name), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  @Test
  void emptyFile() throws Exception {
    Path in = file("in.pcap", new byte[0]);

    Cli.Result r = run(Examples.ROUTER, in).assertExit(1);

    assertThat(r.err()).contains(in + ": offset 0: empty file");
    assertThat(out()).doesNotExist();
  }

  @Test
  void wrongMagicNumber() throws Exception {
    Path in = file("in.pcap", "this is not a capture file".getBytes());

    Cli.Result r = run(Examples.ROUTER, in).assertExit(1);

    assertThat(r.err()).contains(in + ": offset 0: unknown magic number 0x74686973");
  }

  @Test
  void truncatedPcapHeader() throws Exception {
    Path in = file("in.pcap", Arrays.copyOf(TestCaptures.pcapHeader(), 10));

    Cli.Result r = run(Examples.ROUTER, in).assertExit(1);

    assertThat(r.err()).contains(in + ": offset 0:").contains("10 of 24 bytes");
  }

  @Test
  void truncatedPcapngSectionHeader() throws Exception {
    byte[] whole = Files.readAllBytes(Examples.ROUTER.capture());
    Path in = file("in.pcapng", Arrays.copyOf(whole, 10));

    Cli.Result r = run(Examples.ROUTER, in).assertExit(1);

    assertThat(r.err()).contains(in + ": offset 0:").contains("truncated");
  }

  @Test
  void headerOnlyCaptureRunsNothing() throws Exception {
    Path in = file("in.pcap", TestCaptures.pcapHeader());

    Cli.Result r = run(Examples.ROUTER, in).assertExit(0);

    assertThat(RunSummaryTable.parse(r.out()).get("total", RunSummaryTable.IN)).isZero();
    assertThat(out()).exists();
  }

  @Test
  void truncatedRecordRunsTheFramesBeforeIt() throws Exception {
    byte[] third = TestCaptures.pcapRecord(2, BROADCAST);
    Path in =
        file(
            "in.pcap",
            concat(
                TestCaptures.pcapHeader(),
                TestCaptures.pcapRecord(0, BROADCAST),
                TestCaptures.pcapRecord(1, BROADCAST),
                Arrays.copyOf(third, 30)));
    int offset = TestCaptures.PCAP_HEADER + 2 * (TestCaptures.PCAP_RECORD_HEADER + 60);

    Cli.Result r = run(Examples.SWITCH, in).assertExit(1);

    assertThat(r.err()).contains(in + ": offset " + offset + ":").contains("2 frame(s)");
    RunSummaryTable summary = RunSummaryTable.parse(r.out());
    assertThat(summary.get("0", RunSummaryTable.IN)).isEqualTo(2);
    assertThat(summary.get("total", RunSummaryTable.OUT)).isEqualTo(6);
    Tshark.assumeInstalled();
    assertThat(Tshark.fields(out(), "frame.interface_id"))
        .extracting(row -> row[0])
        .containsExactly("1", "2", "3", "1", "2", "3");
  }

  @Test
  void absurdRecordLength() throws Exception {
    byte[] header =
        ByteBuffer.allocate(16)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putInt(2)
            .putInt(0)
            .putInt(0x7fffffff)
            .putInt(0x7fffffff)
            .array();
    Path in =
        file(
            "in.pcap",
            concat(
                TestCaptures.pcapHeader(),
                TestCaptures.pcapRecord(0, BROADCAST),
                header,
                BROADCAST));
    int offset = TestCaptures.PCAP_HEADER + TestCaptures.PCAP_RECORD_HEADER + 60;

    Cli.Result r = run(Examples.SWITCH, in).assertExit(1);

    assertThat(r.err()).contains(in + ": offset " + offset + ":").contains("2147483647");
    assertThat(RunSummaryTable.parse(r.out()).get("0", RunSummaryTable.IN)).isEqualTo(1);
  }

  @Test
  void frameOnAPortTheProgramDoesNotHave() throws Exception {
    Path in =
        TestCaptures.pcapng(
            tmp.resolve("in.pcapng"),
            6,
            List.of(
                new TestCaptures.PortFrame(0, BROADCAST),
                new TestCaptures.PortFrame(5, BROADCAST)));

    Cli.Result r = run(Examples.ROUTER, in).assertExit(1);

    assertThat(r.err())
        .contains(in + ": frame 2 arrives on interface 5, but the program has 4 port(s) (0 to 3)");
    assertThat(out()).doesNotExist();
  }

  @Test
  void missingInput() {
    Path in = tmp.resolve("nowhere.pcapng");

    assertThat(run(Examples.ROUTER, in).assertExit(1).err()).contains(in + ": no such file");
  }

  @Test
  void inputIsADirectory() {
    assertThat(run(Examples.ROUTER, tmp).assertExit(1).err()).contains(tmp + ": is a directory");
  }

  @Test
  void outputInADirectoryThatCannotExist() {
    Path out = Path.of("/proc/oasis-no-such-dir/out.pcapng");

    Cli.Result r = Cli.run(Examples.ROUTER.runArgs(Examples.ROUTER.capture(), out)).assertExit(1);

    assertThat(r.err()).contains(out + ": cannot write the output capture");
  }

  @Test
  void outputIsADirectory() {
    Cli.Result r = Cli.run(Examples.ROUTER.runArgs(Examples.ROUTER.capture(), tmp)).assertExit(1);

    assertThat(r.err()).contains(tmp + ": cannot write the output capture");
  }

  @Test
  void framesTooShortForEthernetAreParseErrors() throws Exception {
    Path in =
        TestCaptures.pcap(tmp.resolve("in.pcap"), List.of(new byte[0], new byte[1], new byte[13]));

    Cli.Result r = run(Examples.ROUTER, in).assertExit(0);

    RunSummaryTable s = RunSummaryTable.parse(r.out());
    assertThat(s.get("0", RunSummaryTable.IN)).isEqualTo(3);
    assertThat(s.get("0", RunSummaryTable.DROPPED)).isEqualTo(3);
    assertThat(s.get("0", RunSummaryTable.PARSE_ERRORS)).isEqualTo(3);
    assertThat(s.dropped("parse-error")).isEqualTo(3);
    assertThat(s.get("total", RunSummaryTable.OUT)).isZero();
  }

  @Test
  void framesAboveMaxFrameAreDroppedAsOversize() throws Exception {
    // The router's max_frame is 1518: a frame of exactly 1518 bytes is parsed (and dropped for
    // its EtherType 0), the longer ones are not parsed at all.
    Path in =
        TestCaptures.pcap(
            tmp.resolve("in.pcap"), List.of(new byte[1518], new byte[1519], new byte[65535]));

    Cli.Result r = run(Examples.ROUTER, in).assertExit(0);

    RunSummaryTable s = RunSummaryTable.parse(r.out());
    assertThat(s.get("0", RunSummaryTable.IN)).isEqualTo(3);
    assertThat(s.get("0", RunSummaryTable.DROPPED)).isEqualTo(3);
    assertThat(s.dropped("oversize")).isEqualTo(2);
    assertThat(s.get("0", RunSummaryTable.PARSE_ERRORS)).isZero();
  }

  @Test
  void switchForwardsHeaderOnlyAndMaximumFrames() throws Exception {
    // examples/README.md: a 14-byte frame is switched; max_frame is 1522 (one VLAN tag).
    byte[] header = Arrays.copyOf(BROADCAST, 14);
    byte[] max = Arrays.copyOf(BROADCAST, 1522);
    byte[] over = Arrays.copyOf(BROADCAST, 1523);
    Path in =
        TestCaptures.pcap(
            tmp.resolve("in.pcap"), List.of(Arrays.copyOf(BROADCAST, 13), header, max, over));

    Cli.Result r = run(Examples.SWITCH, in).assertExit(0);

    RunSummaryTable s = RunSummaryTable.parse(r.out());
    assertThat(s.get("total", RunSummaryTable.OUT)).isEqualTo(6);
    assertThat(s.dropped("parse-error")).isEqualTo(1);
    assertThat(s.dropped("oversize")).isEqualTo(1);
    Tshark.assumeInstalled();
    assertThat(Tshark.fields(out(), "frame.len"))
        .extracting(row -> row[0])
        .containsExactly("14", "14", "14", "1522", "1522", "1522");
  }
}
