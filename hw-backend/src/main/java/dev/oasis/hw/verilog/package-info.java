/**
 * The Verilog-2005 emitter: {@link dev.oasis.hw.verilog.VerilogEmitter} turns an elaborated {@link
 * dev.oasis.hw.hcl.Design} into one file per module, laid out as verilog-ethernet and Corundum lay
 * out theirs (header, UPPER_SNAKE parameters with comments and elaboration checks, {@code
 * clk}/{@code rst} first and ports grouped and aligned, {@code _reg}/{@code _next} pairs, one
 * next-state {@code always @*} and one {@code always @(posedge clk)} with synchronous reset), with
 * the origin of a declaration as a {@code // file.oasis:line} comment. The output depends only on
 * the design: no timestamp, no path of the machine.
 *
 * <p>Depends on {@code dev.oasis.hw.hcl}.
 */
package dev.oasis.hw.verilog;
