package dev.oasis.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Cli;
import dev.oasis.cli.Examples;
import dev.oasis.cli.TestPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code oasis test} on small scenarios whose outcome follows from the programs' definitions: the
 * patch cable sends every frame out of the other port unchanged.
 */
class ScenarioCommandTest {
  private static final String A = "ffffffffffff 020000000001 0800 00112233";
  private static final String B = "ffffffffffff 020000000002 0800 44556677";
  private static final String HOST_FRAME = "ffffffffffff 020000000003 88b5 0102";

  @TempDir Path tmp;

  private Cli.Result test(String program, String scenario) throws IOException {
    Path p = Files.writeString(tmp.resolve("p.oasis"), program);
    Path s = Files.writeString(tmp.resolve("s.stf"), scenario);
    return Cli.run("test", s.toString(), p.toString());
  }

  private String stf() {
    return tmp.resolve("s.stf").toString();
  }

  @Test
  void matchingFramesPass() throws Exception {
    Cli.Result r =
        test(
                TestPrograms.PATCH,
                """
                # comment lines and blank lines are ignored

                packet 0 %s
                expect 1 %s
                packet 1 %s
                expect 0 %s
                """
                    .formatted(A, A, B, B))
            .assertExit(0);

    assertThat(r.out()).isEqualTo("2 passed, 0 failed" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void wildcardNibblesMatchAnything() throws Exception {
    Cli.Result r =
        test(
                TestPrograms.PATCH,
                "packet 0 " + A + "\nexpect 1 ffffffffffff 0200000000*1 08** **11**33\n")
            .assertExit(0);

    assertThat(r.out()).contains("1 passed, 0 failed");
  }

  @Test
  void wildcardsDoNotMatchMissingBytes() throws Exception {
    Cli.Result r =
        test(TestPrograms.PATCH, "packet 0 " + A + "\nexpect 1 " + A + " **\n").assertExit(1);

    assertThat(r.out())
        .contains(
            stf()
                + ":2: port 1: frame sent for the packet at line 1 differs: 18 bytes long,"
                + " expected 19")
        .contains("0 passed, 1 failed");
  }

  @Test
  void aDifferentByteIsShownAndMarked() throws Exception {
    Cli.Result r =
        test(
                TestPrograms.PATCH,
                "packet 0 " + A + "\nexpect 1 ffffffffffff 020000000001 0800 00112299\n")
            .assertExit(1);

    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            stf() + ":2: port 1: frame sent for the packet at line 1 differs: 1 byte(s) differ");
    assertThat(lines.get(1)).isEqualTo("    expected 0010: 22 99");
    assertThat(lines.get(2)).isEqualTo("    actual   0010: 22 33");
    assertThat(lines.get(3)).isEqualTo("                      ^^");
    assertThat(lines.get(4)).isEqualTo("0 passed, 1 failed");
  }

  @Test
  void aFrameOnAnotherPortIsMissingAndUnexpected() throws Exception {
    Cli.Result r =
        test(TestPrograms.PATCH, "packet 0 " + A + "\nexpect 0 " + A + "\n").assertExit(1);

    assertThat(r.out())
        .contains(stf() + ":1: port 1: unexpected frame sent for the packet at line 1")
        .contains(stf() + ":2: port 0: expected frame never came out (after the packet at line 1)")
        .endsWith("0 passed, 1 failed" + System.lineSeparator());
  }

  @Test
  void orderBetweenPortsIsNotChecked() throws Exception {
    String scenario = "packet 0 %s\npacket 1 %s\nexpect 0 %s\nexpect 1 %s\n".formatted(A, B, B, A);

    assertThat(test(TestPrograms.PATCH, scenario).assertExit(0).out())
        .contains("2 passed, 0 failed");
  }

  @Test
  void orderWithinAPortIsChecked() throws Exception {
    String scenario = "packet 0 %s\npacket 0 %s\nexpect 1 %s\nexpect 1 %s\n".formatted(A, B, B, A);

    Cli.Result r = test(TestPrograms.PATCH, scenario).assertExit(1);

    assertThat(r.out())
        .contains(stf() + ":1: port 1: unexpected frame sent for the packet at line 1")
        .contains(stf() + ":4: port 1: expected frame never came out")
        .contains("0 passed, 2 failed");
  }

  @Test
  void oneExtraFrameIsReportedOnceNotForEveryLaterFrame() throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append("packet 0 ").append(i == 1 ? B : A).append('\n');
      if (i != 1) {
        s.append("expect 1 ").append(A).append('\n');
      }
    }

    Cli.Result r = test(TestPrograms.PATCH, s.toString()).assertExit(1);

    assertThat(r.out().lines().filter(l -> l.startsWith(stf()))).hasSize(1);
    assertThat(r.out())
        .contains(stf() + ":3: port 1: unexpected frame sent for the packet at line 3")
        .contains("4 passed, 1 failed");
  }

  @Test
  void expectDropFailsWhenAFrameComesOut() throws Exception {
    Cli.Result r = test(TestPrograms.PATCH, "packet 1 " + B + "\nexpect drop\n").assertExit(1);

    assertThat(r.out())
        .contains(
            stf()
                + ":1: port 0: unexpected frame sent for the packet at line 1; no expect line is"
                + " left for it")
        .contains("    actual   0000: ff ff ff ff ff ff 02 00 00 00 00 02 08 00 44 55")
        .contains("0 passed, 1 failed");
  }

  @Test
  void framesThatNoStandardHandlerTakesReachTheHostWithTheirReason() throws Exception {
    String scenario = "packet 0 %s\nexpect host 16 %s\npacket 0 %s\nexpect 1 %s\n";

    Cli.Result r =
        test(TestPrograms.PATCH_WITH_HOST_PUNT, scenario.formatted(HOST_FRAME, HOST_FRAME, A, A))
            .assertExit(0);

    assertThat(r.out()).contains("2 passed, 0 failed");
  }

  @Test
  void aWrongPuntReasonIsReported() throws Exception {
    Cli.Result r =
        test(
                TestPrograms.PATCH_WITH_HOST_PUNT,
                "packet 1 %s\nexpect host 17 %s\n".formatted(HOST_FRAME, HOST_FRAME))
            .assertExit(1);

    assertThat(r.out())
        .contains(
            stf()
                + ":2: host: frame sent for the packet at line 1 differs: punted with"
                + " reason 16, expected 17")
        .contains("0 passed, 1 failed");
  }

  @Test
  void packetNArrivesAtOneSecondPlusNMilliseconds() throws Exception {
    StringBuilder s = new StringBuilder();
    for (int n = 0; n < 3; n++) {
      long t = 1_000_000_000L + n * 1_000_000L;
      String ethernet = "ffffffffffff 020000000001 88b5 ";
      s.append("packet 0 ").append(ethernet).append("0000000000000000\n");
      s.append("expect 1 ").append(ethernet).append(HexFormat.of().toHexDigits(t)).append('\n');
    }

    assertThat(test(TestPrograms.STAMP, s.toString()).assertExit(0).out())
        .contains("3 passed, 0 failed");
  }

  @Test
  void setdefaultAndAddTakeEffectBetweenTwoPackets() throws Exception {
    // SSH from 192.168.1.11 matches no rule of the firewall's list: denied by the default, and
    // passed unchanged to the outside once the default is allow (examples/README.md).
    String ssh =
        "020000000201 02000000010b 0800 450000280006000040068e93c0a8010bc6336450"
            + " 9c560016000000010000000050022000073e0000";
    String scenario =
        """
        packet 0 %s
        expect drop
        setdefault acl allow()
        packet 0 %s
        expect 1 %s
        add acl ipv4.src=192.168.1.11&&&255.255.255.255 sport=0..65535 dport=22..22 deny() priority 5
        packet 0 %s
        expect drop
        """
            .formatted(ssh, ssh, ssh, ssh);
    Path s = Files.writeString(tmp.resolve("fw.stf"), scenario);

    Cli.Result r =
        Cli.run(
                "test",
                s.toString(),
                Examples.FIREWALL.program().toString(),
                "--entries",
                Examples.FIREWALL.entries().toString())
            .assertExit(0);

    assertThat(r.out()).contains("3 passed, 0 failed");
  }

  @Test
  void aWriteTheStateRefusesStopsTheRunNamingTheLine() throws Exception {
    String add =
        "add acl ipv4.src=192.168.1.11&&&255.255.255.255 sport=0..65535 dport=22..22 deny()"
            + " priority 5\n";
    Path s = Files.writeString(tmp.resolve("dup.stf"), "packet 0 00\n" + add + add);

    Cli.Result r =
        Cli.run(
                "test",
                s.toString(),
                Examples.FIREWALL.program().toString(),
                "--entries",
                Examples.FIREWALL.entries().toString())
            .assertExit(1);

    assertThat(r.err()).startsWith(s + ":3: table 'acl' already has an entry with key");
    assertThat(r.out()).isEmpty();
  }
}
