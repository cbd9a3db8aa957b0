/**
 * The {@code oasis} command-line tool: check, ir, run (compiled Java pipeline by default, {@code
 * --interpret} for the reference interpreter; on a capture, or with {@code --tap}/{@code --iface}
 * on live interfaces with the control API, see {@code LiveSession}), test (scenarios, in {@link
 * dev.oasis.cli.scenario}), explain, hw (the hardware backend's subset) and ctl (the client of a
 * running appliance's control API); sim, equiv, bitstream and image come with later work. Exit
 * codes: 0 success, 1 the program or an input is wrong (diagnostics printed), 2 usage, 3 a bug in
 * Oasis. A user never sees a stack trace for bad input.
 *
 * <p>Sits on top of every other module.
 */
package dev.oasis.cli;
