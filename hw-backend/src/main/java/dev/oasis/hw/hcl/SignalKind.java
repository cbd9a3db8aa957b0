package dev.oasis.hw.hcl;

/** What a signal is and how it is driven. */
public enum SignalKind {
  /** An input port, driven by the parent. */
  INPUT,
  /** An output port, driven inside the component. */
  OUTPUT,
  /** A combinational net. */
  WIRE,
  /**
   * A register: reading gives the current value ({@code name_reg}), assigning sets the next one
   * ({@code name_next}); updated on the rising edge of {@code clk}, reset synchronously by {@code
   * rst} when it has a reset value.
   */
  REGISTER,
  /** The registered output of a synchronous memory read port, driven by the memory. */
  MEMORY_READ;

  /** Whether the signal is a port of its component. */
  public boolean isPort() {
    return this == INPUT || this == OUTPUT;
  }

  /** Whether reading the signal gives a value held in a flip-flop (a combinational-loop cut). */
  public boolean isSequential() {
    return this == REGISTER || this == MEMORY_READ;
  }
}
