package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.UInt;

/** Small combinational functions built from the layer's operators. */
public final class Logic {

  private Logic() {}

  /** The number of bits needed to hold {@code value} (at least 1). */
  public static int bitsFor(long value) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(value));
  }

  /**
   * The number of set bits of {@code bits} (which must have a literal width): a sum of its bits,
   * each widened to the width of the result.
   */
  public static UInt countOnes(Bits bits) {
    int n = bits.width().value();
    int w = bitsFor(n);
    UInt sum = bits.bit(0).asUInt().resize(w);
    for (int i = 1; i < n; i++) {
      sum = sum.add(bits.bit(i).asUInt().resize(w));
    }
    return sum;
  }
}
