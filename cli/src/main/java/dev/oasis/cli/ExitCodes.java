package dev.oasis.cli;

/** The exit statuses every command uses (DESIGN.md). */
public final class ExitCodes {
  private ExitCodes() {}

  /** Success. */
  public static final int OK = 0;

  /** The program or an input file is wrong; diagnostics were printed. */
  public static final int INPUT_ERROR = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  /** A bug in Oasis itself (reported as such). */
  public static final int INTERNAL_ERROR = 3;
}
