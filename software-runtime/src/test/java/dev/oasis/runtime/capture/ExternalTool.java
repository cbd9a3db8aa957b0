package dev.oasis.runtime.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools the tests use as oracles (tshark, editcap, text2pcap...). */
final class ExternalTool {

  private static final long TIMEOUT_SECONDS = 60;

  /** What a tool printed and how it exited. */
  record Result(int exitCode, String stdout, String stderr) {}

  private ExternalTool() {}

  /** Skips the test, naming the Debian package, when {@code tool} is not on this machine. */
  static void assumeInstalled(String tool, String debianPackage) {
    boolean found =
        List.of("/usr/bin", "/usr/local/bin", "/bin").stream()
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    assumeTrue(
        found,
        tool
            + " is not installed; install the Debian package "
            + debianPackage
            + " (scripts/install-deps does)");
  }

  /** Runs a command in UTC with a bounded wait; a tool that hangs fails the test. */
  static Result run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("oasis-tool", ".out");
    Path err = Files.createTempFile("oasis-tool", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> env = builder.environment();
      env.put("TZ", "UTC");
      env.put("LC_ALL", "C");
      Process process =
          builder
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        process.destroyForcibly();
      }
      assertThat(done).as("%s finished within %d s", command, TIMEOUT_SECONDS).isTrue();
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Runs a command that must succeed and returns its standard output. */
  static String runOk(String... command) throws IOException, InterruptedException {
    Result result = run(List.of(command));
    assertThat(result.exitCode())
        .as("exit code of %s (stderr: %s)", List.of(command), result.stderr())
        .isZero();
    return result.stdout();
  }
}
