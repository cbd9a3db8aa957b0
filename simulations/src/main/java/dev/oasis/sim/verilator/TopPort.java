package dev.oasis.sim.verilator;

/**
 * A port of a top-level module: its name, direction and width in bits.
 *
 * @param name the Verilog name
 * @param direction input or output, seen from the design
 * @param width the width in bits, at least 1
 */
public record TopPort(String name, PortDirection direction, int width) {

  /** Checks the width. */
  public TopPort {
    if (width < 1) {
      throw new IllegalArgumentException(
          "width " + width + " of port " + name + " is not positive");
    }
  }

  /** The port as Verilog declares it, e.g. {@code input [63:0] s_axis_tdata}. */
  public String declaration() {
    String range = width == 1 ? "" : "[" + (width - 1) + ":0] ";
    return direction.keyword() + " " + range + name;
  }
}
