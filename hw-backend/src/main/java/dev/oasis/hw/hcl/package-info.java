/**
 * The hardware-construction layer: a small typed Java description of synchronous hardware that
 * borrows SpinalHDL's vocabulary and is emitted as Verilog-2005 by {@code dev.oasis.hw.verilog}.
 *
 * <p>A {@link dev.oasis.hw.hcl.Component} is one Verilog module. Its {@code build()} declares
 * {@link dev.oasis.hw.hcl.Parameter}s, ports, wires and registers of typed values ({@link
 * dev.oasis.hw.hcl.Bool}, {@link dev.oasis.hw.hcl.Bits}, {@link dev.oasis.hw.hcl.UInt}) whose
 * widths are {@link dev.oasis.hw.hcl.Width}s, possibly in terms of parameters; drives them with
 * {@code assign} under {@code when} and {@code switchOn}; declares {@link
 * dev.oasis.hw.hcl.Mem}ories and child {@link dev.oasis.hw.hcl.Instance}s; and moves data in {@link
 * dev.oasis.hw.hcl.Stream}s (valid/ready), {@link dev.oasis.hw.hcl.Flow}s (valid only) and {@link
 * dev.oasis.hw.hcl.Fragment}s (with last), with the AXI-Stream and AXI-Lite bundles on top. Every
 * declaration and assignment records the origin set with {@code Component.at(span, ...)}, a span of
 * the Oasis program.
 *
 * <p>{@link dev.oasis.hw.hcl.Elaboration} runs the named phases (build, collect,
 * check-design-rules, freeze) and returns a {@link dev.oasis.hw.hcl.Design}, or throws a {@link
 * dev.oasis.hw.hcl.DesignRuleException} that lists every {@link dev.oasis.hw.hcl.Violation}.
 *
 * <p>Depends on {@code dev.oasis.dsl.diag} (spans, severities) only; nothing here knows Verilog
 * text or the Oasis IR.
 */
package dev.oasis.hw.hcl;
