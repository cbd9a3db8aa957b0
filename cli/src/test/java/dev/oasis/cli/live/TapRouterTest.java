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
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code oasis run} of the l3-router example on two TAP devices, each moved into a network
 * namespace holding one Linux host: host A 10.0.0.2/24 (MAC 02:00:00:00:00:20) on port 0 and host B
 * 10.0.1.2/24 (MAC 02:00:00:00:00:21) on port 1, as the example's neighbours table says. The
 * appliance runs in a JVM of its own so that the test can stop it with SIGTERM. Needs root.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TapRouterTest {
  private static final long PID = ProcessHandle.current().pid();
  private static final String NS_A = "oasis-a-" + PID;
  private static final String NS_B = "oasis-b-" + PID;
  private static final String TAP_A = "oa" + PID;
  private static final String TAP_B = "ob" + PID;
  private static final Pattern LISTENING = Pattern.compile("control API listening on (\\S+)");

  private static Process appliance;
  private static Path applianceLog;
  private static String url;
  private static boolean namespacesCreated;

  @BeforeAll
  static void startApplianceBetweenTwoHosts() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "skipped: creating network namespaces and TAP devices needs root");
    Shell.Done probe = Shell.run(10, "ip", "netns", "add", NS_A);
    assumeTrue(probe.exit() == 0, "skipped: cannot create a network namespace: " + probe.output());
    namespacesCreated = true;
    Shell.ip("netns", "add", NS_B);

    applianceLog = Files.createTempFile("oasis-live-", ".log");
    appliance = startAppliance();
    url = awaitControlUrl();

    configureHost(NS_A, TAP_A, "02:00:00:00:00:20", "10.0.0.2/24", "10.0.0.1");
    configureHost(NS_B, TAP_B, "02:00:00:00:00:21", "10.0.1.2/24", "10.0.1.1");
  }

  @AfterAll
  static void cleanUp() throws Exception {
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
    // 1472 bytes of ICMP data + 8 + 20 = a 1500-byte IPv4 packet, the TAP's MTU; DF set.
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
  void arpingGetsTheRoutersMac() throws Exception {
    Shell.Done arping =
        Shell.inNamespace(NS_A, 20, "arping", "-c", "2", "-w", "5", "-i", TAP_A, "10.0.0.1");

    arping.assertOk("arping the router's address from A");
    assertThat(arping.output()).containsIgnoringCase("02:00:00:00:00:10");
  }

  @Test
  @Order(5)
  void controlApiCountsThePortsTraffic() {
    Cli.Result ports = Cli.run("ctl", "--url", url, "ports").assertExit(0);

    // Pings of both earlier tests: at least 3 + 3 + 2 requests and their replies each way.
    assertThat(count(ports.out(), 0, "received")).isGreaterThanOrEqualTo(8);
    assertThat(count(ports.out(), 1, "received")).isGreaterThanOrEqualTo(8);
    assertThat(count(ports.out(), 0, "sent")).isGreaterThanOrEqualTo(8);
    assertThat(count(ports.out(), 1, "sent")).isGreaterThanOrEqualTo(8);
  }

  @Test
  @Order(6)
  void sigtermStopsTheRunAndPrintsTheSummary() throws Exception {
    appliance.destroy(); // SIGTERM

    assertThat(appliance.waitFor(20, TimeUnit.SECONDS)).as("appliance stopped").isTrue();
    String output = output();
    assertThat(output).as("exit %d", appliance.exitValue()).contains("port ", "total");
    assertThat(output).doesNotContain("Exception");
    // The TAP devices disappear with the appliance.
    assertThat(Shell.run(10, "ip", "-n", NS_A, "link", "show", TAP_A).exit()).isNotZero();
  }

  private static long count(String json, int port, String field) {
    Matcher m =
        Pattern.compile(
                "\\{[^{}]*\"port\"\\s*:\\s*" + port + "\\s*,[^{}]*\"" + field + "\"\\s*:\\s*(\\d+)")
            .matcher(json);
    assertThat(m.find()).as("port %d %s in %s", port, field, json).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static Process startAppliance() throws Exception {
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
            "--tap",
            TAP_A + "," + TAP_B,
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

  /** The control API's URL, which the appliance prints once its TAPs are open. */
  private static String awaitControlUrl() throws Exception {
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

  private static String output() throws IOException {
    return Files.readString(applianceLog, StandardCharsets.UTF_8);
  }

  private static void configureHost(String ns, String tap, String mac, String address, String gw)
      throws Exception {
    Shell.ip("link", "set", tap, "netns", ns);
    Shell.ip("-n", ns, "link", "set", "lo", "up");
    Shell.ip("-n", ns, "link", "set", "dev", tap, "address", mac);
    Shell.ip("-n", ns, "addr", "add", address, "dev", tap);
    Shell.ip("-n", ns, "link", "set", tap, "up");
    Shell.ip("-n", ns, "route", "add", "default", "via", gw);
  }
}
