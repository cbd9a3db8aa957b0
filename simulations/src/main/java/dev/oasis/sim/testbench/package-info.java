/**
 * Testbenches for a second simulator: {@link dev.oasis.sim.testbench.IcarusStreamBench} runs a
 * design with the Oasis stream interface under Icarus Verilog with the same frames and handshake
 * patterns as the Verilator harness, so that the two simulators can be compared cycle for cycle.
 *
 * <p>Depends on {@link dev.oasis.sim.verilator} for frames, patterns and the process runner, and on
 * the Debian {@code iverilog} package at run time.
 */
package dev.oasis.sim.testbench;
