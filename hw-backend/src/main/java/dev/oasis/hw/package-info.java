/**
 * The hardware backend: a small typed hardware-construction layer in Java (borrowing SpinalHDL's
 * vocabulary: Stream, Flow, Fragment), lowering of the IR to pipelines, the Verilog-2005 emitter,
 * register maps and board wrappers.
 *
 * <p>Depends on the compiler module. Filled by the hardware-backend issue.
 */
package dev.oasis.hw;
