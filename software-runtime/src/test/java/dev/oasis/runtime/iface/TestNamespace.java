package dev.oasis.runtime.iface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A network namespace a test creates and deletes, named {@code oasis-t<pid>-<suffix>} so that
 * concurrent runs never meet. IPv6 is disabled inside it so that the kernel sends no router or
 * neighbour solicitations that would mix with a test's frames.
 */
final class TestNamespace implements AutoCloseable {

  private final String name;

  private TestNamespace(String name) {
    this.name = name;
  }

  /**
   * Creates the namespace, or skips the test (with the reason) when this process may not: it is not
   * root or lacks CAP_NET_ADMIN.
   */
  static TestNamespace create(String suffix) {
    String name = "oasis-t" + ProcessHandle.current().pid() + "-" + suffix;
    Command.run(Duration.ofSeconds(5), List.of("ip", "netns", "del", name));
    Command added = Command.run(Duration.ofSeconds(5), List.of("ip", "netns", "add", name));
    Assumptions.assumeTrue(
        added.exitCode() == 0,
        () ->
            "skipped: cannot create network namespace "
                + name
                + " ('ip netns add' exited with "
                + added.exitCode()
                + ": "
                + added.stderr().strip()
                + "); these tests need root or CAP_NET_ADMIN");
    TestNamespace namespace = new TestNamespace(name);
    namespace.exec("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1");
    namespace.exec("sysctl", "-qw", "net.ipv6.conf.default.disable_ipv6=1");
    namespace.ip("link", "set", "lo", "up");
    return namespace;
  }

  /** A name for a test interface: at most 15 characters, unique to this process. */
  static String interfaceName(String suffix) {
    String name = "oa" + ProcessHandle.current().pid() + suffix;
    if (name.length() > 15) {
      throw new AssertionError("test interface name " + name + " is longer than 15 characters");
    }
    return name;
  }

  /** Disables IPv6 on an interface of the root namespace (does nothing without IPv6). */
  static void disableIpv6InRoot(String interfaceName) throws IOException {
    Path knob = Path.of("/proc/sys/net/ipv6/conf", interfaceName, "disable_ipv6");
    if (Files.exists(knob)) {
      Files.writeString(knob, "1");
    }
  }

  String name() {
    return name;
  }

  /** Runs {@code ip -n NAME args...} and fails the test unless it succeeds. */
  void ip(String... args) {
    List<String> argv = new ArrayList<>(List.of("ip", "-n", name));
    argv.addAll(List.of(args));
    Command.run(Duration.ofSeconds(10), argv).requireSuccess();
  }

  /** Runs a program inside the namespace (10 s limit) and fails the test unless it exits 0. */
  Command exec(String... argv) {
    return execFor(Duration.ofSeconds(10), argv).requireSuccess();
  }

  /** Runs a program inside the namespace with a time limit; the caller checks the result. */
  Command execFor(Duration timeout, String... argv) {
    return Command.run(timeout, inside(argv));
  }

  /** {@code ip netns exec NAME argv...}. */
  List<String> inside(String... argv) {
    List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", name));
    command.addAll(List.of(argv));
    return command;
  }

  /** Deletes the namespace and with it every interface inside (veth peers included). */
  @Override
  public void close() {
    Command.run(Duration.ofSeconds(10), List.of("ip", "netns", "del", name));
  }
}
