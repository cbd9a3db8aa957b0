package dev.oasis.cli;

import picocli.CommandLine;

/** Entry point of the {@code oasis} command-line tool. */
public final class Main {
  private Main() {}

  /** Runs the CLI and exits with its status: 0 success, 1 bad program or input, 2 usage. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit status instead of exiting (for tests and embedding). */
  public static int run(String... args) {
    CommandLine cli = OasisCommand.commandLine();
    return cli.execute(args);
  }
}
