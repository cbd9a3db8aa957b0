package dev.oasis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code oasis} command in this JVM with its standard output and error captured. */
public final class Cli {
  private Cli() {}

  /** What a command printed and its exit status. */
  public record Result(int exit, String out, String err) {

    /** Asserts the exit status and that stderr shows no Java exception or stack trace. */
    public Result assertExit(int expected) {
      assertThat(exit).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
      return assertNoStackTrace();
    }

    /** Asserts that neither stream shows a Java exception or a stack frame. */
    public Result assertNoStackTrace() {
      assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(out).doesNotContain("Exception").doesNotContain("\tat ");
      return this;
    }
  }

  /** Runs {@code oasis args...}. */
  public static synchronized Result run(String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      exit = Main.run(args);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
