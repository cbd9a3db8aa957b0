package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PipelineRun;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.control.ControlPlane;
import dev.oasis.runtime.control.ControlServer;
import dev.oasis.runtime.control.ControlServerOptions;
import dev.oasis.runtime.control.DataplaneStateAccess;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code oasis ctl} against the control API of the l3-router (examples/l3-router), served on an
 * ephemeral loopback port by a dataplane thread that drains control operations.
 */
class CtlCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static DataplaneState state;
  private static ControlServer server;
  private static Thread dataplane;
  private static volatile boolean stopped;
  private static String url;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    CompileResult compiled = new Compiler().compile(Examples.ROUTER.program());
    IrProgram program = compiled.program();
    ControlPlaneSchema schema = ControlPlaneSchema.of(program);
    state = new DataplaneState(program);
    new EntriesLoader(schema).load(Examples.ROUTER.entries()).applyTo(state);
    PipelineRun run = new PipelineRun(new Interpreter(program, state));
    ControlPlane plane = new ControlPlane(schema, new DataplaneStateAccess(state, run::statistics));
    server = ControlServer.start(plane, ControlServerOptions.defaults().withPort(0));
    url = server.uri().toString();
    dataplane =
        new Thread(
            () -> {
              try {
                while (!stopped) {
                  plane.awaitAndDrain(5, TimeUnit.MILLISECONDS);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "ctl-test-dataplane");
    dataplane.setDaemon(true);
    dataplane.start();
  }

  @AfterAll
  static void stop() throws Exception {
    stopped = true;
    server.close();
    dataplane.join(5000);
  }

  private static Cli.Result ctl(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "ctl";
    all[1] = "--url";
    all[2] = url;
    System.arraycopy(args, 0, all, 3, args.length);
    return Cli.run(all);
  }

  private static JsonNode json(Cli.Result r) throws Exception {
    return MAPPER.readTree(r.out());
  }

  @Test
  void readsPrintTheAppliancesAnswers() throws Exception {
    assertThat(json(ctl("health").assertExit(0)).get("program").asText()).isEqualTo("router");
    assertThat(json(ctl("schema").assertExit(0)).get("ports").asInt()).isEqualTo(4);
    assertThat(json(ctl("tables").assertExit(0)).get("tables")).hasSize(4);
    assertThat(json(ctl("entries", "neighbours").assertExit(0)).get("entries")).hasSize(4);
    assertThat(json(ctl("counter", "dropped").assertExit(0)).get("size").asInt()).isEqualTo(4);
    assertThat(json(ctl("counter", "dropped", "3").assertExit(0)).get("packets").asInt()).isZero();
    assertThat(json(ctl("ports").assertExit(0)).get("ports")).hasSize(4);
    assertThat(ctl("metrics").assertExit(0).out())
        .contains("# TYPE oasis_table_entries gauge\n")
        .contains("oasis_table_entries{table=\"neighbours\"} 4\n");
  }

  @Test
  void addDeleteAndDefaultChangeTheTable() throws Exception {
    String entry =
        "{\"key\": {\"ipv4.dst\": \"10.20.0.0/16\"}, \"action\": \"via\","
            + " \"params\": {\"nexthop\": \"10.0.1.2\"}}";

    ctl("add", "routes", entry).assertExit(0);

    assertThat(ctl("entries", "routes").assertExit(0).out()).contains("0xa140000/16");
    Cli.Result again = ctl("add", "routes", entry).assertExit(1);
    assertThat(again.err())
        .contains("oasis: table 'routes' already has an entry with key (0xa140000/16)");
    ctl("delete", "routes", "{\"ipv4.dst\": \"10.20.0.0/16\"}").assertExit(0);
    assertThat(ctl("entries", "routes").assertExit(0).out()).doesNotContain("0xa140000/16");

    ctl("default", "neighbours", "{\"action\": \"unreachable\"}").assertExit(0);
    assertThat(json(ctl("tables").assertExit(0)).get("tables").toString())
        .contains("\"unreachable\"");
  }

  @Test
  void jsonFromAFile() throws Exception {
    Path file = tmp.resolve("entry.json");
    Files.writeString(file, "{\"key\": {\"ipv4.dst\": \"10.30.0.0/16\"}, \"action\": \"direct\"}");

    ctl("add", "routes", "@" + file).assertExit(0);
    ctl("delete", "routes", "{\"key\": {\"ipv4.dst\": \"10.30.0.0/16\"}}").assertExit(0);

    Cli.Result missing = ctl("add", "routes", "@" + tmp.resolve("nope.json")).assertExit(1);
    assertThat(missing.err()).contains("nope.json: no such file");
  }

  @Test
  void refusedRequestsExit1WithTheServersErrors() {
    Cli.Result bad =
        ctl("add", "routes", "{\"key\": {\"ipv4.dst\": \"10.0.0.0/33\"}, \"action\": \"direct\"}")
            .assertExit(1);
    assertThat(bad.err())
        .isEqualTo(
            "oasis: key.ipv4.dst: value 10.0.0.0/33 has prefix length 33; expected 0 to 32\n");
    assertThat(ctl("entries", "rutes").assertExit(1).err())
        .contains("unknown table 'rutes'; did you mean 'routes'?");
    assertThat(ctl("register", "r").assertExit(1).err())
        .contains("unknown register 'r' (the program has no registers)");
    assertThat(ctl("map", "m").assertExit(1).err()).contains("unknown map 'm'");
    assertThat(ctl("table-counters", "routes").assertExit(1).err())
        .contains("table 'routes' has no direct counters");
    assertThat(ctl("add", "routes", "{not json").assertExit(1).err())
        .contains("oasis: malformed JSON at line 1, column 2");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(Cli.run("ctl").assertExit(2).err()).contains("missing verb").contains("Usage:");
    assertThat(ctl("entries").assertExit(2).err()).contains("TABLE");
    assertThat(Cli.run("ctl", "--url", "ftp://x", "health").assertExit(2).err())
        .contains("--url ftp://x: expected http://HOST:PORT");
    assertThat(Cli.run("ctl", "--url", "http://", "health").assertExit(2).err())
        .contains("--url http://:");
  }

  @Test
  void nothingListeningIsAClearError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }

    Cli.Result r = Cli.run("ctl", "--url", "http://127.0.0.1:" + port, "health").assertExit(1);

    assertThat(r.err())
        .isEqualTo(
            "oasis: nothing listens at http://127.0.0.1:"
                + port
                + " (connection refused); is the appliance running with its control API?"
                + " (--url sets the address)\n");
  }
}
