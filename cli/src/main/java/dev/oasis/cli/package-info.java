/**
 * The {@code oasis} command-line tool: check, ir, run, explain and test (scenarios, in {@link
 * dev.oasis.cli.scenario}); hw, sim, equiv, bitstream, image and ctl come with later issues. Exit
 * codes: 0 success, 1 the program or an input is wrong (diagnostics printed), 2 usage, 3 a bug in
 * Oasis. A user never sees a stack trace for bad input.
 *
 * <p>Sits on top of every other module.
 */
package dev.oasis.cli;
