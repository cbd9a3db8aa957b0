/**
 * Lowering of the Oasis IR to a hardware pipeline built with {@code dev.oasis.hw.hcl}: {@link
 * dev.oasis.hw.lower.HardwareLowering} is the entry point, {@link
 * dev.oasis.hw.lower.CheckHardwareSubset} reports what the hardware does not support yet with
 * {@link dev.oasis.hw.lower.HardwareCodes}. May depend on the compiler's IR, {@code hcl}, {@code
 * lib} and {@code regmap}; never on the Verilog emitter.
 */
package dev.oasis.hw.lower;
