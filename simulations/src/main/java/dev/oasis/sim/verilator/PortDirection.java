package dev.oasis.sim.verilator;

/** The direction of a top-level port, seen from the design. */
public enum PortDirection {
  INPUT,
  OUTPUT;

  /** The Verilog keyword. */
  public String keyword() {
    return this == INPUT ? "input" : "output";
  }
}
