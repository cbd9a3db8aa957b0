/**
 * Runs lowered Oasis programs in Verilator: {@link dev.oasis.sim.equiv.LoweredDevice} builds the
 * RTL of a program from {@code dev.oasis.hw.lower}, programs table entries through the register map
 * and runs frames, so that tests can compare the hardware with the reference interpreter.
 */
package dev.oasis.sim.equiv;
