package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.AxiStream;
import dev.oasis.hw.hcl.AxisBeat;
import dev.oasis.hw.hcl.AxisConfig;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.Parameter;
import dev.oasis.hw.hcl.Stream;

/**
 * An AXI-Stream register slice: a skid buffer on ready ({@link Stream#s2mPipe}) followed by a
 * register stage on valid and data ({@link Stream#m2sPipe}), so that every signal crossing it, in
 * both directions, is registered. Full throughput, two cycles of latency, no combinational path
 * from input to output. Generic in {@code DATA_WIDTH} and {@code USER_WIDTH}.
 */
public final class AxisRegisterSlice extends Component {

  /** The module name used when none is given. */
  public static final String DEFAULT_NAME = "oasis_axis_register";

  private final int dataWidth;
  private final int userWidth;

  /** A slice for {@code dataWidth}-bit data and {@code userWidth}-bit tuser (0: none). */
  public AxisRegisterSlice(int dataWidth, int userWidth) {
    this(DEFAULT_NAME, dataWidth, userWidth);
  }

  public AxisRegisterSlice(String moduleName, int dataWidth, int userWidth) {
    super(
        moduleName,
        "AXI4-Stream register slice\n\n"
            + "A skid buffer registers tready towards the source; an output stage registers\n"
            + "tvalid, tdata, tkeep, tlast and tuser towards the sink. One beat per cycle,\n"
            + "two cycles from s_axis to m_axis.");
    this.dataWidth = dataWidth;
    this.userWidth = userWidth;
    AxisConfig.literal(dataWidth, userWidth);
  }

  @Override
  protected void build() {
    AxisConfig config = AxisConfig.declare(this, dataWidth, userWidth, Parameter.Kind.GENERIC);
    group("AXI-Stream input");
    Stream<AxisBeat> in = AxiStream.sink(this, "s_axis", config);
    group("AXI-Stream output");
    Stream<AxisBeat> out = AxiStream.source(this, "m_axis", config);
    out.connectFrom(in.s2mPipe("skid_").m2sPipe("out_"));
  }
}
