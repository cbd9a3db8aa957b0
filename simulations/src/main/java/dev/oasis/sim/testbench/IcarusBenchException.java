package dev.oasis.sim.testbench;

/** An Icarus Verilog bench run failed; the message names the tool and quotes its output. */
public final class IcarusBenchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code detail}. */
  public IcarusBenchException(String detail) {
    super(detail);
  }
}
