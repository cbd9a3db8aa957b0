package dev.oasis.runtime.iface;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program with a time limit; the result keeps its exit code and both outputs. */
record Command(List<String> argv, int exitCode, String stdout, String stderr) {

  /** Runs {@code argv} to completion, killing it after {@code timeout}. */
  static Command run(Duration timeout, List<String> argv) {
    Process process = start(argv);
    try {
      process.getOutputStream().close();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new AssertionError(String.join(" ", argv) + " did not finish in " + timeout);
      }
      return new Command(argv, process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + argv, e);
    }
  }

  /** Runs {@code argv} (10 s limit) and fails the test unless it exits with 0. */
  static Command ok(String... argv) {
    Command result = run(Duration.ofSeconds(10), List.of(argv));
    return result.requireSuccess();
  }

  /** Fails the test, naming the command and its error output, unless the exit code is 0. */
  Command requireSuccess() {
    if (exitCode != 0) {
      throw new AssertionError(
          String.join(" ", argv) + " exited with " + exitCode + ": " + stderr.strip());
    }
    return this;
  }

  /** Starts {@code argv}, failing the test with the program's name if it cannot. */
  static Process start(List<String> argv) {
    try {
      return new ProcessBuilder(argv).start();
    } catch (IOException e) {
      throw new AssertionError("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream to its end on a thread of its own (not the common pool, whose one or two threads
   * a few blocked readers would exhaust, leaving a child process stuck on a full pipe).
   */
  static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        Command::startDaemon);
  }

  /** Runs {@code task} on a new daemon thread. */
  static void startDaemon(Runnable task) {
    Thread thread = new Thread(task, "test-process-output");
    thread.setDaemon(true);
    thread.start();
  }
}
