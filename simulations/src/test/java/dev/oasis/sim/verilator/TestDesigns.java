package dev.oasis.sim.verilator;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hand-written test designs of src/test/resources/rtl, built once per test run and shared by
 * all test classes (through this map and through the build cache).
 */
final class TestDesigns {

  /** tuser width of the register slice. */
  static final int SLICE_USER_WIDTH = 8;

  /** tuser width of the demultiplexer. */
  static final int DEMUX_USER_WIDTH = 4;

  /** AXI-Lite address width of the demultiplexer. */
  static final int DEMUX_ADDRESS_WIDTH = 16;

  private static final Map<String, VerilatedModel> BUILT = new ConcurrentHashMap<>();

  private TestDesigns() {}

  static Path rtl(String name) {
    try {
      return Path.of(TestDesigns.class.getResource("/rtl/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test RTL " + name + " missing", e);
    }
  }

  static DeviceInterface sliceInterface(int dataWidth) {
    return DeviceInterface.streams(dataWidth, SLICE_USER_WIDTH);
  }

  static VerilatorBuild sliceBuild(int dataWidth) {
    return VerilatorBuild.of("axis_slice", sliceInterface(dataWidth), List.of(rtl("axis_slice.v")))
        .parameter("DATA_WIDTH", dataWidth)
        .parameter("USER_WIDTH", SLICE_USER_WIDTH);
  }

  /** The register slice at this data width. */
  static VerilatedModel slice(int dataWidth) {
    return BUILT.computeIfAbsent("slice" + dataWidth, k -> sliceBuild(dataWidth).build());
  }

  /** The 64-bit register slice built with tracing. */
  static VerilatedModel tracedSlice() {
    return BUILT.computeIfAbsent("slice-trace", k -> sliceBuild(64).trace(true).build());
  }

  static DeviceInterface demuxInterface() {
    return DeviceInterface.streams(32, DEMUX_USER_WIDTH)
        .withSource("m_axis_host_", DEMUX_USER_WIDTH)
        .withAxiLite(DEMUX_ADDRESS_WIDTH);
  }

  /** The demultiplexer with its register file, 32-bit data. */
  static VerilatedModel demux() {
    return BUILT.computeIfAbsent(
        "demux",
        k -> VerilatorBuild.of("csr_demux", demuxInterface(), List.of(rtl("csr_demux.v"))).build());
  }
}
