/**
 * Verilator simulation of an Oasis top module, driven from Java through JNA.
 *
 * <p>{@link dev.oasis.sim.verilator.VerilatorBuild} turns Verilog into a shared library: the
 * design, a generic C++ harness (kept as resources beside these classes) and a small glue header
 * generated from the {@link dev.oasis.sim.verilator.DeviceInterface}, cached by content hash. A
 * {@link dev.oasis.sim.verilator.VerilatedDevice} runs one instance of it: frames in through an
 * {@link dev.oasis.sim.verilator.AxisDriver}, frames out through {@link
 * dev.oasis.sim.verilator.AxisMonitor}s, registers through AXI-Lite. {@link
 * dev.oasis.sim.verilator.OasisSimLibrary} is the raw C ABI and nothing else.
 *
 * <p>Tools run through a {@link dev.oasis.sim.verilator.ToolchainProvider}: the local Debian
 * packages or a container. This package depends on JNA, Testcontainers (for the container toolchain
 * only) and SLF4J, not on the rest of Oasis; see the module's README for the C ABI and how to get a
 * waveform.
 */
package dev.oasis.sim.verilator;
