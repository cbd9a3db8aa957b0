/**
 * Scenario tests in the STF-like format of examples/README.md: {@link
 * dev.oasis.cli.scenario.ScenarioParser} reads a file into a {@link
 * dev.oasis.cli.scenario.Scenario}, {@link dev.oasis.cli.scenario.ScenarioRunner} runs it in the
 * reference interpreter with the standard slow path and compares every port's output with its
 * {@code expect} lines, and {@link dev.oasis.cli.scenario.TestCommand} is {@code oasis test}.
 *
 * <p>Depends on the compiler (interpreter, entries), the software runtime (slow path) and the cli
 * package's program loading.
 */
package dev.oasis.cli.scenario;
