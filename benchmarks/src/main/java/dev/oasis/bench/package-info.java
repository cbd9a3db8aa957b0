/**
 * Benchmarks of Oasis: JMH benchmarks of warm compile time ({@link
 * dev.oasis.bench.CompileBenchmark}) and of the reference interpreter ({@link
 * dev.oasis.bench.InterpreterBenchmark}), the synthetic programs they compile, and the small mains
 * that {@code scripts/bench} calls to write the generated program and to turn the cold and warm
 * measurements into the Markdown table of docs/performance.md. Nothing here is timed during the
 * tests.
 *
 * <p>Depends on the compiler only.
 */
package dev.oasis.bench;
