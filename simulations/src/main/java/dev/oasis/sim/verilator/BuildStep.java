package dev.oasis.sim.verilator;

/** The steps of a Verilator build, named in every build failure. */
public enum BuildStep {
  /** Finding verilator and the C++ compiler and asking their versions. */
  FIND_TOOLCHAIN("find the toolchain"),
  /** {@code verilator --xml-only}: parsing the RTL and listing the top module's ports. */
  READ_PORTS("verilator --xml-only (read the top module's ports)"),
  /** Comparing the top module's ports with the Oasis interface. */
  CHECK_PORTS("check the top module's ports"),
  /** {@code verilator --cc --build}: translating the RTL to C++ and compiling it. */
  VERILATE("verilator --cc --build"),
  /** Compiling the Verilator runtime shared by all designs. */
  BUILD_RUNTIME("make (Verilator runtime)"),
  /** {@code g++ -shared}: linking the harness, the design and the runtime. */
  LINK("g++ -shared (link the simulation library)"),
  /** Creating, locking and filling the cache directory. */
  CACHE("build cache");

  private final String description;

  BuildStep(String description) {
    this.description = description;
  }

  /** What the step runs, as shown in messages. */
  public String description() {
    return description;
  }
}
