package dev.oasis.sim.verilator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an external program to completion with a deadline.
 *
 * <p>Output (stdout and stderr merged) goes to a temporary file, so a chatty program never blocks
 * on a full pipe; standard input is closed. A program that outlives its timeout is killed together
 * with its children (make and verilator start compilers).
 */
public final class ToolProcess {

  private ToolProcess() {}

  /**
   * Runs {@code command} in {@code workDirectory}.
   *
   * @return the exit code and output, also when the program failed
   * @throws IOException when the program cannot be started (not installed, say)
   * @throws TimeoutException when it ran longer than {@code timeout}; it has been killed
   * @throws InterruptedException when this thread was interrupted; the program has been killed
   */
  public static ToolResult run(List<String> command, Path workDirectory, Duration timeout)
      throws IOException, TimeoutException, InterruptedException {
    Path output = Files.createTempFile("oasis-tool-", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      process.getOutputStream().close();
      boolean finished;
      try {
        finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        kill(process);
        throw e;
      }
      if (!finished) {
        kill(process);
        throw new TimeoutException(
            "timed out after "
                + seconds(timeout)
                + " s and was killed: "
                + String.join(" ", command));
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      return new ToolResult(command, process.exitValue(), text);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0
        ? Long.toString(timeout.toSeconds())
        : String.format("%.1f", timeout.toMillis() / 1000.0);
  }
}
