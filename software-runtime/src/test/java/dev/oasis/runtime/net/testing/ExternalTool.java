package dev.oasis.runtime.net.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external program to completion with a time limit and returns its standard output. */
final class ExternalTool {

  private static final long TIMEOUT_SECONDS = 60;

  private ExternalTool() {}

  /**
   * Runs {@code command}; fails the test (AssertionError) naming the command, exit code and
   * standard error if the program is missing, fails or overruns the time limit.
   *
   * @param debianPackage the package that provides the program, named in the failure message
   */
  static String run(List<String> command, String debianPackage) {
    Path program = Path.of(command.get(0));
    if (program.isAbsolute() && !Files.isExecutable(program)) {
      throw new AssertionError(
          program
              + " is not installed; install the Debian package "
              + debianPackage
              + " (scripts/install-deps does)");
    }
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new AssertionError(
          "cannot start " + command.get(0) + "; install the Debian package " + debianPackage, e);
    }
    try {
      process.getOutputStream().close();
      CompletableFuture<String> stdout = read(process.getInputStream());
      CompletableFuture<String> stderr = read(process.getErrorStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            command.get(0) + " exited with " + process.exitValue() + ": " + stderr.join());
      }
      return stdout.join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + command.get(0), e);
    }
  }

  /**
   * Reads a stream to its end on a daemon thread of its own: the common pool has one thread on two
   * cores, and a reader blocked there would leave a child process stuck on a full pipe.
   */
  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        task -> {
          Thread thread = new Thread(task, "external-tool-output");
          thread.setDaemon(true);
          thread.start();
        });
  }
}
