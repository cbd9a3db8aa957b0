package dev.oasis.sim.verilator;

/**
 * The versions of a toolchain's tools, which are part of every build's content hash, and where its
 * Verilator lives.
 *
 * @param verilator the first line of {@code verilator --version}
 * @param compiler the first line of {@code g++ --version}
 * @param verilatorRoot {@code VERILATOR_ROOT} as the toolchain sees it
 */
public record ToolchainVersions(String verilator, String compiler, String verilatorRoot) {}
