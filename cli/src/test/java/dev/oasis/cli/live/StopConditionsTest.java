package dev.oasis.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.oasis.cli.Cli;
import dev.oasis.cli.Examples;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code oasis run --tap} stops by itself after {@code --duration} or {@code --max-packets}. */
class StopConditionsTest {
  private static final long PID = ProcessHandle.current().pid();
  private static final String NS = "oasis-s-" + PID;
  private static final String TAP = "os" + PID;
  private static final Pattern TOTAL_IN = Pattern.compile("(?m)^total\\s+(\\d+)");

  private boolean namespaceCreated;

  @BeforeEach
  void requireRoot() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "skipped: TAP devices and network namespaces need root");
    Shell.Done probe = Shell.run(10, "ip", "netns", "add", NS);
    assumeTrue(probe.exit() == 0, "skipped: cannot create a network namespace: " + probe.output());
    namespaceCreated = true;
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (namespaceCreated) {
      Shell.run(10, "ip", "netns", "del", NS);
    }
  }

  private static CompletableFuture<Cli.Result> runRouter(String... limits) {
    String[] args = {
      "run",
      Examples.ROUTER.program().toString(),
      "--entries",
      Examples.ROUTER.entries().toString(),
      "--tap",
      TAP
    };
    String[] all = new String[args.length + limits.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(limits, 0, all, args.length, limits.length);
    return CompletableFuture.supplyAsync(() -> Cli.run(all));
  }

  @Test
  void durationEndsTheRunWithAnEmptySummary() throws Exception {
    Cli.Result r = runRouter("--duration", "0.5").get(60, TimeUnit.SECONDS).assertExit(0);

    assertThat(totalIn(r)).isZero();
  }

  @Test
  void maxPacketsEndsTheRunAfterThatManyFrames() throws Exception {
    CompletableFuture<Cli.Result> run = runRouter("--max-packets", "3", "--duration", "30");
    awaitTap();
    Shell.ip("link", "set", TAP, "netns", NS);
    Shell.inNamespace(NS, 10, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1");
    Shell.inNamespace(NS, 10, "sysctl", "-qw", "net.ipv6.conf." + TAP + ".disable_ipv6=1");
    RouterBetweenTwoHosts.configureHost(NS, TAP, "02:00:00:00:00:20", "10.0.0.2/24", "10.0.0.1");
    // Five ARP requests; the appliance stops after the third frame, whatever it is.
    Shell.inNamespace(NS, 15, "arping", "-c", "5", "-w", "5", "-i", TAP, "10.0.0.1");

    Cli.Result r = run.get(30, TimeUnit.SECONDS).assertExit(0);

    assertThat(totalIn(r)).isEqualTo(3);
  }

  private static long totalIn(Cli.Result r) {
    Matcher m = TOTAL_IN.matcher(r.out());
    assertThat(m.find()).as("summary in %s", r.out()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static void awaitTap() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (Shell.run(5, "ip", "link", "show", TAP).exit() == 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the appliance did not create " + TAP + " within 30 s");
  }
}
