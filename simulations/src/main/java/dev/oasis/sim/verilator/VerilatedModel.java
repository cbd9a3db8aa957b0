package dev.oasis.sim.verilator;

import java.nio.file.Path;

/**
 * A built simulation library: what {@link VerilatorBuild#build()} returns.
 *
 * @param top the top module's name
 * @param deviceInterface the interface its ports were checked against
 * @param library the shared library file
 * @param traceBuilt whether it was built with VCD tracing
 * @param fromCache whether the build found it in the cache instead of running the tools
 * @param contentHash the cache key, the top module's name and a content hash
 */
public record VerilatedModel(
    String top,
    DeviceInterface deviceInterface,
    Path library,
    boolean traceBuilt,
    boolean fromCache,
    String contentHash) {

  /** Creates a fresh instance of the design, without a waveform. */
  public VerilatedDevice open() {
    return VerilatedDevice.open(this, null);
  }

  /**
   * Creates a fresh instance of the design that writes every signal to a VCD file.
   *
   * @throws SimulationException when the model was built without tracing or the file cannot be
   *     written
   */
  public VerilatedDevice open(Path vcdFile) {
    return VerilatedDevice.open(this, vcdFile);
  }
}
