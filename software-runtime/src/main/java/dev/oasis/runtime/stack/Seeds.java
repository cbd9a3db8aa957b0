package dev.oasis.runtime.stack;

/**
 * Derives the stack's pseudo-random values (first IPv4 identification, TCP initial sequence
 * numbers) from the configured seed, so that a fixed seed gives a reproducible run.
 */
public final class Seeds {

  private Seeds() {}

  /** SplitMix64's finaliser: a bijection that spreads every input bit over all output bits. */
  public static long mix(long value) {
    long z = value + 0x9e37_79b9_7f4a_7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
    return z ^ (z >>> 31);
  }
}
