/**
 * Reusable blocks built with the construction layer, for tests and for the lowering of programs:
 * the AXI-Stream register slice, FIFO and packet/byte counter, and the AXI-Lite register block with
 * its self-describing header, generated from a list of {@link dev.oasis.hw.lib.RegisterSpec}s.
 *
 * <p>Depends on {@code dev.oasis.hw.hcl}; the emitter is not needed to build a block.
 */
package dev.oasis.hw.lib;
