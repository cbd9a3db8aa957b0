package dev.oasis.sim.verilator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ports a top module must have to be driven by the simulation harness: the Oasis interface.
 *
 * <pre>
 *   clk, rst                      clock and synchronous, active-high reset
 *   s_axis_*                      packet sink: tdata, tkeep, tlast, tvalid, tready [, tuser]
 *   m_axis_*                      packet source, same signals
 *   m_axis_host_* (optional)      further sources, e.g. the host (punt) stream
 *   s_axil_* (optional)           AXI-Lite slave, 32-bit data: aw*, w*, b*, ar*, r*
 * </pre>
 *
 * <p>All streams share {@code DATA_WIDTH} (8 to 512 bits, a whole number of bytes); {@code tkeep}
 * has one bit per byte. The AXI-Lite {@code awprot}/{@code arprot} inputs are optional; when the
 * design has them the harness drives them to zero.
 *
 * @param dataWidth {@code tdata} width in bits, 8 to 512 and a multiple of 8
 * @param sink the packet sink
 * @param sources the packet sources, 1 to 4, the first being the main output
 * @param axiLiteAddressWidth width of {@code s_axil_awaddr}/{@code araddr}, 0 for no AXI-Lite
 */
public record DeviceInterface(
    int dataWidth, StreamPort sink, List<StreamPort> sources, int axiLiteAddressWidth) {

  /** Narrowest supported {@code tdata}. */
  public static final int MIN_DATA_WIDTH = 8;

  /** Widest supported {@code tdata}. */
  public static final int MAX_DATA_WIDTH = 512;

  /** Most sources a design may have. */
  public static final int MAX_SOURCES = 4;

  /** The AXI-Lite data width the harness drives. */
  public static final int AXI_LITE_DATA_WIDTH = 32;

  /** The AXI-Lite signal prefix. */
  public static final String AXI_LITE_PREFIX = "s_axil_";

  /** Checks widths and names. */
  public DeviceInterface {
    if (dataWidth < MIN_DATA_WIDTH || dataWidth > MAX_DATA_WIDTH || dataWidth % 8 != 0) {
      throw new IllegalArgumentException(
          "DATA_WIDTH "
              + dataWidth
              + " not supported: expected a multiple of 8 from "
              + MIN_DATA_WIDTH
              + " to "
              + MAX_DATA_WIDTH);
    }
    sources = List.copyOf(sources);
    if (sources.isEmpty() || sources.size() > MAX_SOURCES) {
      throw new IllegalArgumentException(sources.size() + " sources, expected 1 to " + MAX_SOURCES);
    }
    List<String> prefixes = new ArrayList<>();
    prefixes.add(sink.prefix());
    for (StreamPort source : sources) {
      if (prefixes.contains(source.prefix())) {
        throw new IllegalArgumentException("stream prefix " + source.prefix() + " used twice");
      }
      prefixes.add(source.prefix());
    }
    if (axiLiteAddressWidth < 0 || axiLiteAddressWidth > 32) {
      throw new IllegalArgumentException(
          "AXI-Lite address width " + axiLiteAddressWidth + " out of range 0..32");
    }
  }

  /**
   * The minimal interface: {@code s_axis_} in, {@code m_axis_} out, no AXI-Lite.
   *
   * @param dataWidth {@code tdata} width in bits
   * @param userWidth {@code tuser} width of both streams, 0 for none
   */
  public static DeviceInterface streams(int dataWidth, int userWidth) {
    return new DeviceInterface(
        dataWidth,
        new StreamPort("s_axis_", userWidth),
        List.of(new StreamPort("m_axis_", userWidth)),
        0);
  }

  /** This interface with a further source, such as {@code m_axis_host_}. */
  public DeviceInterface withSource(String prefix, int userWidth) {
    List<StreamPort> more = new ArrayList<>(sources);
    more.add(new StreamPort(prefix, userWidth));
    return new DeviceInterface(dataWidth, sink, more, axiLiteAddressWidth);
  }

  /** This interface with an AXI-Lite slave whose addresses have the given width. */
  public DeviceInterface withAxiLite(int addressWidth) {
    if (addressWidth < 1) {
      throw new IllegalArgumentException(
          "AXI-Lite address width " + addressWidth + " out of range 1..32");
    }
    return new DeviceInterface(dataWidth, sink, sources, addressWidth);
  }

  /** Bytes per beat. */
  public int dataBytes() {
    return dataWidth / 8;
  }

  /** Whether the design has an AXI-Lite slave. */
  public boolean hasAxiLite() {
    return axiLiteAddressWidth > 0;
  }

  /** The index of the source with this prefix, if any. */
  public Optional<Integer> sourceIndex(String prefix) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).prefix().equals(prefix)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Every port the top module must have, in a fixed order. */
  public List<TopPort> requiredPorts() {
    List<TopPort> ports = new ArrayList<>();
    ports.add(new TopPort("clk", PortDirection.INPUT, 1));
    ports.add(new TopPort("rst", PortDirection.INPUT, 1));
    addStream(ports, sink, PortDirection.INPUT);
    for (StreamPort source : sources) {
      addStream(ports, source, PortDirection.OUTPUT);
    }
    if (hasAxiLite()) {
      addAxiLite(ports);
    }
    return ports;
  }

  /** The optional AXI-Lite protection inputs, which the harness ties to zero when present. */
  public List<TopPort> optionalPorts() {
    if (!hasAxiLite()) {
      return List.of();
    }
    return List.of(
        new TopPort(AXI_LITE_PREFIX + "awprot", PortDirection.INPUT, 3),
        new TopPort(AXI_LITE_PREFIX + "arprot", PortDirection.INPUT, 3));
  }

  /** A canonical one-line description, part of the build's content hash. */
  public String describe() {
    StringBuilder text = new StringBuilder("data_width=").append(dataWidth);
    text.append(" sink=").append(sink.prefix()).append(':').append(sink.userWidth());
    for (StreamPort source : sources) {
      text.append(" source=").append(source.prefix()).append(':').append(source.userWidth());
    }
    return text.append(" axil_addr_width=").append(axiLiteAddressWidth).toString();
  }

  private void addStream(List<TopPort> ports, StreamPort stream, PortDirection direction) {
    PortDirection back =
        direction == PortDirection.INPUT ? PortDirection.OUTPUT : PortDirection.INPUT;
    ports.add(new TopPort(stream.signal("tdata"), direction, dataWidth));
    ports.add(new TopPort(stream.signal("tkeep"), direction, dataBytes()));
    ports.add(new TopPort(stream.signal("tlast"), direction, 1));
    if (stream.userWidth() > 0) {
      ports.add(new TopPort(stream.signal("tuser"), direction, stream.userWidth()));
    }
    ports.add(new TopPort(stream.signal("tvalid"), direction, 1));
    ports.add(new TopPort(stream.signal("tready"), back, 1));
  }

  private void addAxiLite(List<TopPort> ports) {
    PortDirection in = PortDirection.INPUT;
    PortDirection out = PortDirection.OUTPUT;
    String p = AXI_LITE_PREFIX;
    ports.add(new TopPort(p + "awaddr", in, axiLiteAddressWidth));
    ports.add(new TopPort(p + "awvalid", in, 1));
    ports.add(new TopPort(p + "awready", out, 1));
    ports.add(new TopPort(p + "wdata", in, AXI_LITE_DATA_WIDTH));
    ports.add(new TopPort(p + "wstrb", in, AXI_LITE_DATA_WIDTH / 8));
    ports.add(new TopPort(p + "wvalid", in, 1));
    ports.add(new TopPort(p + "wready", out, 1));
    ports.add(new TopPort(p + "bresp", out, 2));
    ports.add(new TopPort(p + "bvalid", out, 1));
    ports.add(new TopPort(p + "bready", in, 1));
    ports.add(new TopPort(p + "araddr", in, axiLiteAddressWidth));
    ports.add(new TopPort(p + "arvalid", in, 1));
    ports.add(new TopPort(p + "arready", out, 1));
    ports.add(new TopPort(p + "rdata", out, AXI_LITE_DATA_WIDTH));
    ports.add(new TopPort(p + "rresp", out, 2));
    ports.add(new TopPort(p + "rvalid", out, 1));
    ports.add(new TopPort(p + "rready", in, 1));
  }
}
