package dev.oasis.sim.verilator;

/** A Verilator build failed; the message names the step and quotes the tool's first lines. */
public final class VerilatorBuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final BuildStep step;

  /** A failure in {@code step} described by {@code detail}. */
  public VerilatorBuildException(BuildStep step, String detail) {
    super(step.description() + " failed: " + detail);
    this.step = step;
  }

  /** A failure in {@code step} caused by {@code cause}. */
  public VerilatorBuildException(BuildStep step, String detail, Throwable cause) {
    super(step.description() + " failed: " + detail, cause);
    this.step = step;
  }

  /** The step that failed. */
  public BuildStep step() {
    return step;
  }
}
