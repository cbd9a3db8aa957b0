package dev.oasis.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Cli;
import dev.oasis.cli.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed scenarios: every bad line is reported as {@code file:line:} with what was expected, the
 * command exits with 1 before running anything, and no stack trace is shown. The program is the
 * stateful firewall (two ports; table {@code acl} with ternary and range keys).
 */
class ScenarioFormatErrorsTest {
  private static final String ALLOW_SSH =
      "ipv4.src=192.168.1.10&&&255.255.255.255 sport=0..65535 dport=22..22";

  @TempDir Path tmp;

  private Cli.Result test(Path scenario) {
    return Cli.run(
        "test",
        scenario.toString(),
        Examples.FIREWALL.program().toString(),
        "--entries",
        Examples.FIREWALL.entries().toString());
  }

  /** A scenario whose third line is {@code line}. */
  private Cli.Result testLine(String line) throws Exception {
    Path s =
        Files.writeString(tmp.resolve("s.stf"), "packet 0 00\n# the next line is wrong\n" + line);
    return test(s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pakcet 0 00 | unknown line 'pakcet'; expected packet, expect, add, setdefault or a '#'"
            + " comment",
        "packet | missing the port; expected 'packet PORT HEX'",
        "packet x 00 | port 'x' is not a number; expected a port from 0 to 1",
        "packet 2 00 | port 2 is out of range; the program has 2 port(s), 0 to 1",
        "packet 99999999999 00 | port '99999999999' is not a number",
        "packet 0 | missing the frame's bytes; expected 'packet PORT HEX'",
        "packet 0 0g | character 'g' at column 11; expected the frame in hex digits",
        "packet 0 abc | the frame has 3 hex digits; expected an even number (two per byte)",
        "packet 0 a* | character '*' at column 11; expected the frame in hex digits",
        "packet 0 00 # a comment | character '#' at column 13",
        "packet 0 ００ | character '０' at column 10",
        "expect | incomplete expect; expected 'expect PORT HEX', 'expect host REASON HEX' or"
            + " 'expect drop'",
        "expect 1 | missing the frame's bytes; expected 'expect PORT HEX'",
        "expect 7 00 | port 7 is out of range",
        "expect 1 0?0 | character '?' at column 11; expected the frame in hex digits or '*'",
        "expect host | missing the punt reason; expected 'expect host REASON HEX'",
        "expect host x 00 | punt reason 'x' is not a number from 0 to 65535",
        "expect host 65536 00 | punt reason '65536' is not a number from 0 to 65535",
        "expect host 16 | missing the frame's bytes; expected 'expect host REASON HEX'",
        "expect drop now | unexpected 'now' after 'expect drop'; expected the end of the line",
        "add | missing the table name; expected 'add TABLE KEY=VALUE ... ACTION(PARAM=VALUE,...)"
            + " [priority N]'",
        "add acl allow | 'allow' is neither a key match KEY=VALUE nor an action call"
            + " ACTION(PARAM=VALUE,...)",
        "add acl sport=1 | missing the action; expected 'add TABLE KEY=VALUE ...",
        "add acl ipv4.src 192.168.1.10 allow() priority 1 | 'ipv4.src' is neither a key match",
        "add acl ipv4.src=1&&& allow() priority 1 | key 'ipv4.src': '1&&&' is not VALUE&&&MASK",
        "add acl sport=1.. allow() priority 1 | key 'sport': '1..' is not MIN..MAX",
        "add acl sport=1 sport=2 allow() priority 1 | key 'sport' is given twice",
        "add acl " + ALLOW_SSH + " allow() priority | 'priority' needs a number",
        "add acl " + ALLOW_SSH + " allow() priority high | priority 'high' is not a number",
        "add acl "
            + ALLOW_SSH
            + " allow() 150 | unexpected '150' after the action; expected"
            + " 'priority N' or the end of the line",
        "add acl " + ALLOW_SSH + " allow() | missing priority; table 'acl' has ternary keys",
        "add acl ipv4.src=\"oops allow() priority 1 | the string that starts at column 18 is not"
            + " closed",
        "add acl ipv4.src=1.2.3.999 "
            + "sport=0..1 dport=0..1 allow() priority 1 | key.ipv4.src:"
            + " value '1.2.3.999' is not an IPv4 address",
        "add acl sport=5..1 dport=0..1 allow() priority 1 | key.sport: range min 5 is above max 1",
        "add acl nosuch=1 sport=0..1 dport=0..1 allow() priority 1 | key.nosuch: unknown key"
            + " 'nosuch' of table 'acl'",
        "add acl sport=0..1 dport=0..1 allow(x=1) priority 1 | params.x: unknown param 'x' of"
            + " action 'allow' (it has none)",
        "add acl sport=0..1 dport=0..1 permit() priority 1 | action: unknown action 'permit'",
        "add routes ipv4.dst=10.0.0.0/8 direct() | unknown table 'routes' (tables: acl)",
        "setdefault acl | missing the action; expected 'setdefault TABLE ACTION(PARAM=VALUE,...)'",
        "setdefault acl allow() now | unexpected 'now' after the action; expected the end of the"
            + " line",
        "setdefault acl sport=1 allow() | 'sport=1' is not an action call",
        "setdefault acl nosuch() | action: unknown action 'nosuch'",
        "setdefault acl allow()allow() | 'allow()allow()' is not an action call",
      })
  void badLineIsNamedWithWhatWasExpected(String line, String message) throws Exception {
    Cli.Result r = testLine(line).assertExit(1);

    assertThat(r.err()).startsWith(tmp.resolve("s.stf") + ":3: " + message.strip());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void everyBadLineIsReported() throws Exception {
    Path s =
        Files.writeString(
            tmp.resolve("s.stf"), "packet 0 0\nexpect 9 00\npacket 0 00\nfoo\nexpect drop\n");

    Cli.Result r = test(s).assertExit(1);

    assertThat(r.err().lines())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith(s + ":1: "))
        .anySatisfy(l -> assertThat(l).startsWith(s + ":2: "))
        .anySatisfy(l -> assertThat(l).startsWith(s + ":4: "));
  }

  @Test
  void aScenarioWithoutPacketsIsRefused() throws Exception {
    Path s = Files.writeString(tmp.resolve("s.stf"), "# nothing\n\nexpect drop\n");

    assertThat(test(s).assertExit(1).err())
        .isEqualTo(s + ": the scenario has no 'packet' line; expected at least one\n");
  }

  @Test
  void aMissingScenarioIsNamed() {
    Path s = tmp.resolve("nowhere.stf");

    assertThat(test(s).assertExit(1).err()).contains(s + ": no such file");
  }

  @Test
  void aDirectoryIsNotAScenario() {
    assertThat(test(tmp).assertExit(1).err()).contains(tmp + ": is a directory");
  }

  @Test
  void aBinaryFileIsNotAScenario() throws Exception {
    Path s = Files.write(tmp.resolve("s.stf"), new byte[] {'p', (byte) 0xff, (byte) 0xfe, 0, 1});

    assertThat(test(s).assertExit(1).err()).contains(s + ": is not UTF-8 text");
  }

  @Test
  void windowsLineEndingsAreAccepted() throws Exception {
    String arp =
        "ffffffffffff 02000000010a 0806 000108000604000102000000010ac0a8010a000000000000c0a80101";
    Path s =
        Files.writeString(
            tmp.resolve("s.stf"),
            "# ARP passes\r\npacket 0 " + arp + "\r\nexpect 1 " + arp + "\r\n");

    assertThat(test(s).assertExit(0).out()).contains("1 passed, 0 failed");
  }

  @Test
  void badEntriesAreReportedBeforeTheScenarioRuns() throws Exception {
    Path s = Files.writeString(tmp.resolve("s.stf"), "packet 0 00\n");
    Path e = Files.writeString(tmp.resolve("e.json"), "{\"tables\": {\"nosuch\": []}}");

    Cli.Result r =
        Cli.run(
                "test",
                s.toString(),
                Examples.FIREWALL.program().toString(),
                "--entries",
                e.toString())
            .assertExit(1);

    assertThat(r.err()).contains(e + ": tables.nosuch: unknown table 'nosuch'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingEntriesFileIsNamed() throws Exception {
    Path s = Files.writeString(tmp.resolve("s.stf"), "packet 0 00\n");
    Path e = tmp.resolve("nowhere.json");

    Cli.Result r =
        Cli.run(
                "test",
                s.toString(),
                Examples.FIREWALL.program().toString(),
                "--entries",
                e.toString())
            .assertExit(1);

    assertThat(r.err()).contains(e + ": no such file");
  }
}
