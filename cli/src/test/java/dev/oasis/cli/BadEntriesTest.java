package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.cli.Examples.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries files that do not fit the program: exit status 1 before any frame runs, a message that
 * names the file, the place in it and the problem, no output file and no stack trace.
 */
class BadEntriesTest {
  private static final String IFACE_0 =
      "{\"port\": 0, \"mac\": \"02:00:00:00:00:10\", \"ipv4\": \"10.0.0.1/24\"}";

  @TempDir Path tmp;

  private Cli.Result run(Example example, String entries) throws Exception {
    Path e = Files.writeString(tmp.resolve("e.json"), entries);
    Path out = tmp.resolve("out.pcapng");
    Cli.Result r =
        Cli.run(
            "run",
            example.program().toString(),
            "--entries",
            e.toString(),
            "--in",
            example.capture().toString(),
            "--out",
            out.toString());
    r.assertExit(1);
    assertThat(r.out()).as("no summary: nothing ran").isEmpty();
    assertThat(out).doesNotExist();
    return r;
  }

  private String e() {
    return tmp.resolve("e.json").toString();
  }

  @Test
  void invalidJsonIsReportedWithLineAndColumn() throws Exception {
    Cli.Result r = run(Examples.ROUTER, "{\n  \"tables\": {\n    \"routes\": [,]\n  }\n}\n");

    assertThat(r.err()).contains(e() + ":3:16: malformed JSON").contains("','");
  }

  @Test
  void unterminatedJsonIsReportedWithLineAndColumn() throws Exception {
    Cli.Result r = run(Examples.ROUTER, "{\"tables\": {");

    assertThat(r.err()).contains(e() + ":1:13: malformed JSON").contains("end-of-input");
  }

  @Test
  void malformedJsonMessageHasNoParserInternals() throws Exception {
    Cli.Result r = run(Examples.ROUTER, "{\"tables\": {");

    assertThat(r.err()).doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
  }

  @Test
  void emptyFile() throws Exception {
    assertThat(run(Examples.ROUTER, "").err())
        .contains(e() + ": the file is empty; expected a JSON object");
  }

  @Test
  void unknownTableIsNamedWithTheTablesThereAre() throws Exception {
    Cli.Result r = run(Examples.ROUTER, "{\"tables\": {\"route\": []}}");

    assertThat(r.err()).contains(e() + ": tables.route: unknown table 'route'").contains("routes");
  }

  @Test
  void badValueNamesTheEntryAndField() throws Exception {
    Cli.Result r =
        run(
            Examples.ROUTER,
            "{\"tables\": {\"routes\": [{\"key\": {\"ipv4.dst\": \"10.0.0.300/24\"},"
                + " \"action\": \"direct\"}]}}");

    assertThat(r.err())
        .contains(
            e()
                + ": tables.routes[0].key.ipv4.dst: value '10.0.0.300' is not an IPv4"
                + " address (octet '300'; expected 0 to 255)");
  }

  @Test
  void valueTooWideForTheParameter() throws Exception {
    Cli.Result r =
        run(
            Examples.ROUTER,
            "{\"tables\": {\"neighbours\": [{\"key\": {\"meta.nexthop\": \"10.0.0.2\"}, \"action\":"
                + " \"to_neighbour\", \"params\": {\"dst_mac\": \"02:00:00:00:00:20\", \"src_mac\":"
                + " \"02:00:00:00:00:10\", \"port\": 70000}}]}}");

    assertThat(r.err()).contains(e() + ": tables.neighbours[0].params.port: value 70000");
  }

  @Test
  void wrongJsonTypeIsNamed() throws Exception {
    Cli.Result r = run(Examples.ROUTER, "{\"tables\": {\"routes\": \"10.0.0.0/8\"}}");

    assertThat(r.err()).contains(e() + ": tables.routes: expected an array, got a string");
  }

  @Test
  void missingPriorityInATernaryTable() throws Exception {
    Cli.Result r =
        run(
            Examples.FIREWALL,
            "{\"tables\": {\"acl\": [{\"key\": {\"sport\": {\"min\": 0, \"max\": 65535},"
                + " \"dport\": 22}, \"action\": \"allow\"}]}}");

    assertThat(r.err()).contains(e() + ": tables.acl[0]: missing priority; table 'acl' has");
  }

  @Test
  void severalProblemsAreAllReported() throws Exception {
    Cli.Result r =
        run(
            Examples.ROUTER,
            "{\"tables\": {\"routes\": [{\"key\": {\"ipv4.dst\": \"x\"}, \"action\": \"direct\"},"
                + " {\"key\": {\"ipv4.dst\": \"10.0.0.0/8\"}, \"action\": \"teleport\"}]}}");

    assertThat(r.err()).contains("tables.routes[0].key.ipv4.dst").contains("'teleport'");
  }

  @Test
  void duplicateInterfacePort() throws Exception {
    Cli.Result r =
        run(
            Examples.ROUTER,
            "{\"interfaces\": ["
                + IFACE_0
                + ", {\"port\": 0, \"mac\": \"02:00:00:00:00:11\", \"ipv4\": \"10.0.1.1/24\"}]}");

    assertThat(r.err()).contains(e() + ": interfaces").contains("port 0 twice");
  }

  @Test
  void badMacInInterfaces() throws Exception {
    Cli.Result r =
        run(
            Examples.ROUTER,
            "{\"interfaces\": [{\"port\": 0, \"mac\": \"02:00:00:00:00\", \"ipv4\": \"10.0.0.1/24\"}]}");

    assertThat(r.err())
        .contains(e() + ": interfaces[0].mac: value 02:00:00:00:00 is not a MAC address");
  }

  @Test
  void badAddressInInterfaces() throws Exception {
    Cli.Result r =
        run(
            Examples.ROUTER,
            "{\"interfaces\": [{\"port\": 0, \"mac\": \"02:00:00:00:00:10\", \"ipv4\": \"10.0.0.1\"}]}");

    assertThat(r.err()).contains(e() + ": interfaces[0].ipv4").contains("10.0.0.1");
  }

  @Test
  void missingEntriesFile() throws Exception {
    Path missing = tmp.resolve("nowhere.json");
    Example router = Examples.ROUTER;

    Cli.Result r =
        Cli.run(
                "run",
                router.program().toString(),
                "--entries",
                missing.toString(),
                "--in",
                router.capture().toString(),
                "--out",
                tmp.resolve("out.pcapng").toString())
            .assertExit(1);

    assertThat(r.err()).contains(missing + ": no such file");
  }
}
