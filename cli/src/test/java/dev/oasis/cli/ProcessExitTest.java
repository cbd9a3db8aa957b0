package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit status the operating system sees: {@code Main.main} in a JVM of its own (the test
 * classpath, so that it runs in the test phase, before the jar is packaged).
 */
class ProcessExitTest {
  @TempDir Path tmp;

  private record Exited(int status, String out, String err) {}

  private static Exited oasis(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("oasis finished").isTrue();
    return new Exited(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void usageErrorExitsWithTwo() throws Exception {
    Exited e = oasis();

    assertThat(e.status()).isEqualTo(2);
    assertThat(e.err()).contains("Usage: oasis");
  }

  @Test
  void badInputExitsWithOneAndNoStackTrace() throws Exception {
    Path missing = tmp.resolve("nowhere.oasis");

    Exited e = oasis("check", missing.toString());

    assertThat(e.status()).isEqualTo(1);
    assertThat(e.err()).contains(missing + ": no such file").doesNotContain("\tat ");
  }

  @Test
  void passingScenarioExitsWithZero() throws Exception {
    Exited e =
        oasis(
            "test",
            Examples.DNS.scenario().toString(),
            Examples.DNS.program().toString(),
            "--entries",
            Examples.DNS.entries().toString());

    assertThat(e.status()).as(e.err()).isZero();
    assertThat(e.out()).endsWith(" passed, 0 failed\n");
  }
}
