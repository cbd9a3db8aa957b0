package dev.oasis.hw.hcl;

/**
 * AXI-Stream ports, named and ordered as in Corundum: {@code s_axis_tdata}, {@code s_axis_tkeep},
 * {@code s_axis_tvalid}, {@code s_axis_tready}, {@code s_axis_tlast}, {@code s_axis_tuser}.
 */
public final class AxiStream {

  private AxiStream() {}

  /** An AXI-Stream input ({@code s_axis} by convention). */
  public static Stream<AxisBeat> sink(Component c, String name, AxisConfig config) {
    return Stream.sink(c, name + "_", AxisBeat.type(config), StreamNaming.AXIS);
  }

  /** An AXI-Stream output ({@code m_axis} by convention). */
  public static Stream<AxisBeat> source(Component c, String name, AxisConfig config) {
    return Stream.source(c, name + "_", AxisBeat.type(config), StreamNaming.AXIS);
  }

  /** AXI-Stream wires inside a component. */
  public static Stream<AxisBeat> wires(Component c, String name, AxisConfig config) {
    return Stream.wires(c, name + "_", AxisBeat.type(config), StreamNaming.AXIS);
  }
}
