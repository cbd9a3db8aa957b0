package dev.oasis.sim.verilator;

/**
 * A call into a simulation library failed. The message starts with the C function that failed and
 * carries the harness's description, e.g. {@code oasis_sim_axil_read failed: AXI-Lite read at
 * address 0x00001000: no response within 1000 cycles (still waiting for arready)}.
 */
public final class SimulationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String call;
  private final int code;

  /** The native function {@code call} returned {@code code} with {@code detail}. */
  public SimulationException(String call, int code, String detail) {
    super(call + " failed: " + detail);
    this.call = call;
    this.code = code;
  }

  /** The name of the C function that failed. */
  public String call() {
    return call;
  }

  /** Its return code, one of {@link OasisSimLibrary}'s {@code E*} constants. */
  public int code() {
    return code;
  }

  /** Whether the failure is an AXI-Lite transaction that got no response in time. */
  public boolean isTimeout() {
    return code == OasisSimLibrary.ETIMEOUT;
  }
}
