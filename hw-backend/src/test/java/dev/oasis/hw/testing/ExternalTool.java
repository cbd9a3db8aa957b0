package dev.oasis.hw.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool (verilator, iverilog, vvp, yosys) as a process with a timeout, output and
 * errors merged. The tools are Debian packages that scripts/install-deps installs; a missing tool
 * fails the test with a message that says so.
 */
public final class ExternalTool {

  /** What a tool printed and how it exited. */
  public record Result(int exitCode, String output) {}

  private ExternalTool() {}

  /** Runs {@code command} in {@code dir}; kills it and fails the test after {@code timeout}. */
  public static Result run(Path dir, Duration timeout, List<String> command) {
    Path log = dir.resolve(".tool-" + Thread.currentThread().getId() + ".log");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        p.destroyForcibly();
        throw new AssertionError(command.get(0) + " did not finish within " + timeout);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      return new Result(p.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot run " + command.get(0) + " (scripts/install-deps installs it): " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command.get(0), e);
    }
  }

  /** {@code verilator --lint-only -Wall} on {@code files}; asserts a clean exit with no output. */
  public static void lint(Path dir, String top, List<String> files, String... extra) {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of("verilator", "--lint-only", "-Wall", "--top-module", top));
    cmd.addAll(List.of(extra));
    cmd.addAll(files);
    Result r = run(dir, Duration.ofSeconds(60), cmd);
    assertThat(r.output()).as("verilator -Wall output for %s %s", top, List.of(extra)).isEmpty();
    assertThat(r.exitCode()).as("verilator exit code for %s", top).isZero();
  }

  /** Writes {@code text} to {@code dir/name}. */
  public static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The testbench directory under the test resources. */
  public static Path testbenchDir() {
    try {
      return Path.of(ExternalTool.class.getResource("/tb/axis_stream_tb.v").toURI()).getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
