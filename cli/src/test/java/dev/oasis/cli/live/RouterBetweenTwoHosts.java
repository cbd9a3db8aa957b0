package dev.oasis.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.oasis.cli.Cli;
import dev.oasis.cli.Examples;
import dev.oasis.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code oasis run} of the l3-router example between two Linux hosts, each in a network namespace
 * the test creates: host A 10.0.0.2/24 (MAC 02:00:00:00:00:20) on port 0 and host B 10.0.1.2/24
 * (MAC 02:00:00:00:00:21) on port 1, as the example's neighbours table says. The appliance runs in
 * a JVM of its own so that the test can stop it with SIGTERM. Subclasses say how the appliance's
 * ports reach the hosts. Needs root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RouterBetweenTwoHosts {
  static final long PID = ProcessHandle.current().pid();
  static final String NS_A = "oasis-a-" + PID;
  static final String NS_B = "oasis-b-" + PID;
  private static final Pattern LISTENING = Pattern.compile("control API listening on (\\S+)");

  private Process appliance;
  private Path applianceLog;
  private String url;
  private boolean namespacesCreated;

  /** The option giving the appliance's ports ({@code --tap} or {@code --iface}). */
  abstract String interfaceOption();

  /** The names of the appliance's ports 0 and 1. */
  abstract List<String> applianceInterfaces();

  /** The name of host A's interface inside its namespace. */
  abstract String hostAInterface();

  /** Creates what must exist before the appliance starts (both namespaces exist). */
  void beforeAppliance() throws Exception {}

  /** Connects and configures both hosts once the appliance runs (see {@link #configureHost}). */
  abstract void attachHosts() throws Exception;

  /** Checks what should hold after the appliance stopped. */
  void afterStop() throws Exception {}

  @BeforeAll
  void startApplianceBetweenTwoHosts() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "skipped: creating network namespaces and network devices needs root");
    Shell.Done probe = Shell.run(10, "ip", "netns", "add", NS_A);
    assumeTrue(probe.exit() == 0, "skipped: cannot create a network namespace: " + probe.output());
    namespacesCreated = true;
    Shell.ip("netns", "add", NS_B);
    beforeAppliance();

    applianceLog = Files.createTempFile("oasis-live-", ".log");
    appliance = startAppliance();
    url = awaitControlUrl();
    attachHosts();
  }

  @AfterAll
  void cleanUp() throws Exception {
    if (appliance != null && appliance.isAlive()) {
      appliance.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (namespacesCreated) {
      Shell.run(10, "ip", "netns", "del", NS_A);
      Shell.run(10, "ip", "netns", "del", NS_B);
    }
    if (applianceLog != null) {
      Files.deleteIfExists(applianceLog);
    }
  }

  @Test
  @Order(1)
  void hostAPingsHostBThroughTheRouter() throws Exception {
    Shell.inNamespace(NS_A, 20, "ping", "-c", "3", "-i", "0.2", "-W", "1", "10.0.1.2")
        .assertOk("ping from A to B");
  }

  @Test
  @Order(2)
  void hostBPingsHostAThroughTheRouter() throws Exception {
    Shell.inNamespace(NS_B, 20, "ping", "-c", "3", "-i", "0.2", "-W", "1", "10.0.0.2")
        .assertOk("ping from B to A");
  }

  @Test
  @Order(3)
  void fullSizedPingWithoutFragmentationPasses() throws Exception {
    // 1472 bytes of ICMP data + 8 + 20 = a 1500-byte IPv4 packet, the link MTU; DF set.
    Shell.inNamespace(
            NS_A,
            20,
            "ping",
            "-c",
            "2",
            "-i",
            "0.2",
            "-W",
            "1",
            "-s",
            "1472",
            "-M",
            "do",
            "10.0.1.2")
        .assertOk("1472-byte ping from A to B");
  }

  @Test
  @Order(4)
  void fragmentedPingPasses() throws Exception {
    // 4000 bytes of data: host A sends three IPv4 fragments, the router forwards each.
    Shell.inNamespace(NS_A, 20, "ping", "-c", "2", "-i", "0.2", "-W", "1", "-s", "4000", "10.0.1.2")
        .assertOk("4000-byte (fragmented) ping from A to B");
  }

  @Test
  @Order(5)
  void arpingGetsTheRoutersMac() throws Exception {
    Shell.Done arping =
        Shell.inNamespace(
            NS_A, 20, "arping", "-c", "2", "-w", "5", "-i", hostAInterface(), "10.0.0.1");

    arping.assertOk("arping the router's address from A");
    assertThat(arping.output()).containsIgnoringCase("02:00:00:00:00:10");
  }

  @Test
  @Order(6)
  void controlApiCountsThePortsTraffic() {
    Cli.Result ports = Cli.run("ctl", "--url", url, "ports").assertExit(0);

    // Pings of both earlier tests: at least 3 + 3 + 2 requests and their replies each way.
    assertThat(count(ports.out(), 0, "received")).isGreaterThanOrEqualTo(8);
    assertThat(count(ports.out(), 1, "received")).isGreaterThanOrEqualTo(8);
    assertThat(count(ports.out(), 0, "sent")).isGreaterThanOrEqualTo(8);
    assertThat(count(ports.out(), 1, "sent")).isGreaterThanOrEqualTo(8);
  }

  @Test
  @Order(7)
  void routeWrittenThroughTheControlApiTakesEffect() throws Exception {
    Cli.run("ctl", "--url", url, "delete", "routes", "{\"ipv4.dst\": \"10.0.1.0/24\"}")
        .assertExit(0);
    // Now 10.0.1.2 goes the default way, to port 3, which has no interface.
    Shell.Done lost = Shell.inNamespace(NS_A, 20, "ping", "-c", "1", "-W", "1", "10.0.1.2");
    assertThat(lost.exit()).as("ping without the route:%n%s", lost.output()).isNotZero();

    Cli.run(
            "ctl",
            "--url",
            url,
            "add",
            "routes",
            "{\"key\": {\"ipv4.dst\": \"10.0.1.0/24\"}, \"action\": \"direct\"}")
        .assertExit(0);
    Shell.inNamespace(NS_A, 20, "ping", "-c", "1", "-W", "1", "10.0.1.2")
        .assertOk("ping after the route is back");
  }

  @Test
  @Order(8)
  void sigtermStopsTheRunAndPrintsTheSummary() throws Exception {
    appliance.destroy(); // SIGTERM

    assertThat(appliance.waitFor(20, TimeUnit.SECONDS)).as("appliance stopped").isTrue();
    String output = output();
    assertThat(output).as("exit %d", appliance.exitValue()).contains("port ", "total");
    assertThat(output).doesNotContain("Exception");
    afterStop();
  }

  private static long count(String json, int port, String field) {
    Matcher m =
        Pattern.compile(
                "\\{[^{}]*\"port\"\\s*:\\s*" + port + "\\s*,[^{}]*\"" + field + "\"\\s*:\\s*(\\d+)")
            .matcher(json);
    assertThat(m.find()).as("port %d %s in %s", port, field, json).isTrue();
    return Long.parseLong(m.group(1));
  }

  private Process startAppliance() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(
        List.of(
            "run",
            Examples.ROUTER.program().toString(),
            "--entries",
            Examples.ROUTER.entries().toString(),
            interfaceOption(),
            String.join(",", applianceInterfaces()),
            "--control",
            "127.0.0.1:0",
            "--duration",
            "120"));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(applianceLog.toFile())
            .start();
    p.getOutputStream().close();
    return p;
  }

  /** The control API's URL, which the appliance prints once its interfaces are open. */
  private String awaitControlUrl() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && appliance.isAlive()) {
      Matcher m = LISTENING.matcher(output());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the appliance did not start its control API:\n" + output());
  }

  private String output() throws IOException {
    return Files.readString(applianceLog, StandardCharsets.UTF_8);
  }

  /** Configures host {@code iface} in {@code ns}: MAC, address, up, default route. */
  static void configureHost(String ns, String iface, String mac, String address, String gw)
      throws Exception {
    Shell.ip("-n", ns, "link", "set", "lo", "up");
    Shell.ip("-n", ns, "link", "set", "dev", iface, "address", mac);
    Shell.ip("-n", ns, "addr", "add", address, "dev", iface);
    Shell.ip("-n", ns, "link", "set", iface, "up");
    Shell.ip("-n", ns, "route", "add", "default", "via", gw);
  }
}
