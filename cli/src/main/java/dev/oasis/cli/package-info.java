/**
 * The {@code oasis} command-line tool: check, ir, run and (later) hw, sim, equiv, bitstream, image
 * and ctl. Exit codes: 0 success, 1 the program or input is wrong, 2 usage.
 *
 * <p>Sits on top of every other module.
 */
package dev.oasis.cli;
