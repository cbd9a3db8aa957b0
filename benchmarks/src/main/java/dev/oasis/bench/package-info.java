/**
 * JMH benchmarks of Oasis. {@code scripts/bench} builds and runs them and writes the figures that
 * docs/performance.md reports. Nothing here runs during the tests.
 */
package dev.oasis.bench;
