/**
 * Simulations of the generated hardware: Verilator (and Icarus) builds of the RTL driven from Java
 * through JNA, a simulated device for fpga-drivers, and differential tests across the interpreter,
 * the generated Java and the RTL.
 *
 * <p>Depends on hw-backend, fpga-drivers and software-runtime. Filled by the hardware issue.
 */
package dev.oasis.sim;
