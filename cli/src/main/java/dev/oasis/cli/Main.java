package dev.oasis.cli;

/** Entry point of the {@code oasis} command-line tool. */
public final class Main {
  private Main() {}

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.out.println("oasis");
  }
}
