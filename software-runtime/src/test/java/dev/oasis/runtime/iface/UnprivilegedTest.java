package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Without CAP_NET_ADMIN and CAP_NET_RAW, opening fails with a message that names the call, EPERM
 * and what is missing. A child JVM is started through {@code setpriv} with every capability dropped
 * from its bounding and inheritable sets, so even root has none.
 */
class UnprivilegedTest {

  @Test
  void openingWithoutCapabilitiesNamesTheCallAndThePrivilege() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "skipped: /usr/bin/setpriv (util-linux) is needed to drop capabilities");
    String java = ProcessHandle.current().info().command().orElse("java");
    String tapName = TestNamespace.interfaceName("u");

    Command child =
        Command.run(
            Duration.ofSeconds(60),
            List.of(
                "/usr/bin/setpriv",
                "--bounding-set=-all",
                "--inh-caps=-all",
                java,
                "-cp",
                System.getProperty("java.class.path"),
                UnprivilegedOpen.class.getName(),
                tapName));

    assertThat(child.exitCode()).as("child stderr: " + child.stderr()).isZero();
    assertThat(child.stdout().lines())
        .containsExactly(
            "SystemCallException: ioctl(TUNSETIFF) on /dev/net/tun for "
                + tapName
                + " failed: EPERM (Operation not permitted); this needs root or CAP_NET_ADMIN",
            "SystemCallException: socket(AF_PACKET, SOCK_RAW) on interface lo failed: EPERM"
                + " (Operation not permitted); this needs root or CAP_NET_RAW");
  }
}
