package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.AxiStream;
import dev.oasis.hw.hcl.AxisBeat;
import dev.oasis.hw.hcl.AxisConfig;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.Parameter;
import dev.oasis.hw.hcl.Stream;

/**
 * An AXI-Stream FIFO of {@code DEPTH} beats ({@link Stream#queue}): the beats live in a memory with
 * a synchronous read port, which yosys maps to block RAM, and the read register is the output stage
 * (first-word fall-through). Beats pass through in order, none lost or repeated; the input is ready
 * while the FIFO is not full. Generic in {@code DEPTH}, {@code DATA_WIDTH} and {@code USER_WIDTH}.
 */
public final class AxisFifo extends Component {

  /** The module name used when none is given. */
  public static final String DEFAULT_NAME = "oasis_axis_fifo";

  private final int depth;
  private final int dataWidth;
  private final int userWidth;

  /** A FIFO of {@code depth} beats (a power of two, at least 2). */
  public AxisFifo(int depth, int dataWidth, int userWidth) {
    this(DEFAULT_NAME, depth, dataWidth, userWidth);
  }

  public AxisFifo(String moduleName, int depth, int dataWidth, int userWidth) {
    super(
        moduleName,
        "AXI4-Stream FIFO\n\n"
            + "DEPTH beats in a block RAM with a registered read port; the read register is\n"
            + "the output stage, so the first beat falls through. s_axis_tready is low only\n"
            + "while the FIFO is full.");
    if (depth < 2 || Integer.bitCount(depth) != 1) {
      throw new IllegalArgumentException(
          "FIFO depth " + depth + " is not a power of two of at least 2");
    }
    AxisConfig.literal(dataWidth, userWidth);
    this.depth = depth;
    this.dataWidth = dataWidth;
    this.userWidth = userWidth;
  }

  @Override
  protected void build() {
    Parameter depthParam =
        generic("DEPTH", depth, "Number of beats the FIFO holds, a power of two");
    AxisConfig config = AxisConfig.declare(this, dataWidth, userWidth, Parameter.Kind.GENERIC);
    Parameter addressWidth =
        local(
            "ADDR_WIDTH",
            Integer.numberOfTrailingZeros(depth),
            "$clog2(" + depthParam.name() + ")",
            "Width of a FIFO memory address");
    parameterCheck(
        "DEPTH < 2 || 2**ADDR_WIDTH != DEPTH", "DEPTH must be a power of two of at least 2");

    group("AXI-Stream input");
    Stream<AxisBeat> in = AxiStream.sink(this, "s_axis", config);
    group("AXI-Stream output");
    Stream<AxisBeat> out = AxiStream.source(this, "m_axis", config);
    out.connectFrom(in.queue(addressWidth.width(), "fifo_"));
  }
}
