package dev.oasis.sim.verilator;

/**
 * When a stream's {@code tvalid} may rise (on a sink) or {@code tready} is high (on a source),
 * decided per cycle. A pattern is a pure function of the cycle number, so a run is reproducible
 * however it is split into calls, and a second simulator can be given the same pattern.
 */
@FunctionalInterface
public interface HandshakePattern {

  /** Whether the signal is allowed high in {@code cycle}. */
  boolean high(long cycle);

  /** Never holds back: a new beat every cycle, {@code tready} always high. */
  static HandshakePattern always() {
    return Patterns.ALWAYS;
  }

  /** Always holds back; on a source, backpressure that never ends. */
  static HandshakePattern never() {
    return cycle -> false;
  }

  /**
   * High in a fraction {@code probability} of cycles, chosen pseudo-randomly from {@code seed}.
   *
   * @throws IllegalArgumentException when {@code probability} is not in (0, 1]
   */
  static HandshakePattern random(long seed, double probability) {
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "probability " + probability + " out of range (0, 1]: a stream must move sometimes");
    }
    long threshold = (long) (probability * (1L << 53));
    return cycle -> (mix(seed, cycle) >>> 11) < threshold;
  }

  /** SplitMix64's finaliser over the seed and the cycle. */
  private static long mix(long seed, long cycle) {
    long z = seed + (cycle + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
