package dev.oasis.sim.verilator;

import java.util.List;

/**
 * What a finished tool run gave: its exit code and its output (stdout and stderr merged).
 *
 * @param command the command line that ran
 * @param exitCode the exit code
 * @param output everything it printed
 */
public record ToolResult(List<String> command, int exitCode, String output) {

  /** Lines shown from a failing tool's output. */
  public static final int SHOWN_LINES = 12;

  /** Whether the tool succeeded. */
  public boolean succeeded() {
    return exitCode == 0;
  }

  /** The first {@link #SHOWN_LINES} lines of the output, for an error message. */
  public String head() {
    List<String> lines = output.strip().lines().toList();
    String shown = String.join("\n", lines.subList(0, Math.min(lines.size(), SHOWN_LINES)));
    return lines.size() > SHOWN_LINES
        ? shown + "\n(" + (lines.size() - SHOWN_LINES) + " more lines)"
        : shown;
  }

  /** The command line as one string. */
  public String commandLine() {
    return String.join(" ", command);
  }
}
