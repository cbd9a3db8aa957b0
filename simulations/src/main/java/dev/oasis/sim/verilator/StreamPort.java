package dev.oasis.sim.verilator;

import java.util.regex.Pattern;

/**
 * One AXI-Stream port of a top module, named by its signal prefix.
 *
 * <p>The prefix is everything before {@code tdata}, {@code tkeep}, {@code tlast}, {@code tvalid},
 * {@code tready} and {@code tuser}: {@code s_axis_} for the packet sink, {@code m_axis_} for the
 * packet source, {@code m_axis_host_} for the host (punt) stream.
 *
 * @param prefix the signal prefix, a Verilog identifier ending in an underscore
 * @param userWidth the width of {@code tuser} in bits, 0 when the port has no {@code tuser}; at
 *     most 64
 */
public record StreamPort(String prefix, int userWidth) {

  /** The widest {@code tuser} the harness carries. */
  public static final int MAX_USER_WIDTH = 64;

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]*_");

  /** Checks the prefix and the width. */
  public StreamPort {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "stream prefix '" + prefix + "' is not a Verilog identifier ending in '_'");
    }
    if (userWidth < 0 || userWidth > MAX_USER_WIDTH) {
      throw new IllegalArgumentException(
          "tuser width " + userWidth + " of " + prefix + " out of range 0.." + MAX_USER_WIDTH);
    }
  }

  /** The port's display name, the prefix without its final underscore. */
  public String name() {
    return prefix.substring(0, prefix.length() - 1);
  }

  /** The full name of one of its signals, e.g. {@code signal("tdata")}. */
  public String signal(String suffix) {
    return prefix + suffix;
  }
}
