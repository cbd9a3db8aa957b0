package dev.oasis.hw.hcl;

/**
 * A condition on a component's parameters that stops elaboration of the emitted module with a clear
 * message when it holds, for example {@code KEEP_WIDTH*8 != DATA_WIDTH}.
 *
 * @param failCondition a Verilog constant expression over the parameters that is true when the
 *     configuration is wrong
 * @param message what is wrong, for the {@code $error} text
 */
public record ParameterCheck(String failCondition, String message) {}
