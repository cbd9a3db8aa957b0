package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Severity;

/**
 * The design rules checked in the {@code check-design-rules} phase of {@link Elaboration}, each
 * with a stable code. A violation in hardware that the lowering produced is a compiler bug, not an
 * error in the user's program; its origin still points at the Oasis source that led to it.
 */
public enum DesignRule {
  WIDTH_MISMATCH("DRC001", Severity.ERROR, "operand, assignment or port widths differ"),
  COMBINATIONAL_LOOP("DRC002", Severity.ERROR, "a signal depends on itself without a register"),
  MULTIPLE_DRIVERS("DRC003", Severity.ERROR, "a signal is driven from more than one place"),
  UNDRIVEN("DRC004", Severity.ERROR, "a wire, output or child input is never driven"),
  LATCH("DRC005", Severity.ERROR, "a wire is not assigned on every path (it would be a latch)"),
  UNUSED("DRC006", Severity.WARNING, "an input, wire or register is never read"),
  NAME_CLASH("DRC007", Severity.ERROR, "two declarations emit the same Verilog identifier"),
  INVALID_NAME("DRC008", Severity.ERROR, "a name is not a legal Verilog identifier or a keyword"),
  FOREIGN_SIGNAL("DRC009", Severity.ERROR, "logic reads a signal of another component"),
  UNCONNECTED_OUTPUT("DRC010", Severity.WARNING, "an output of a child is not connected"),
  CONSTANT_REGISTER("DRC011", Severity.WARNING, "a register is never assigned after reset");

  private final String code;
  private final Severity severity;
  private final String summary;

  DesignRule(String code, Severity severity, String summary) {
    this.code = code;
    this.severity = severity;
    this.summary = summary;
  }

  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** One line on what the rule catches. */
  public String summary() {
    return summary;
  }
}
