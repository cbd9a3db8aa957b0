package dev.oasis.runtime.stack.testing;

/**
 * What a link does to the frames sent over it, each decided independently per delivery with the
 * network's seeded random generator.
 *
 * @param loss probability that a frame is dropped
 * @param duplication probability that a frame is delivered twice (the copy independently delayed)
 * @param reordering probability that a frame is held back by up to {@code reorderNanos}, so that
 *     frames sent after it overtake it
 * @param corruption probability that one random bit of the frame is flipped
 * @param latencyNanos the delay of every frame
 * @param reorderNanos the most extra delay a held-back frame gets
 */
public record LinkImpairments(
    double loss,
    double duplication,
    double reordering,
    double corruption,
    long latencyNanos,
    long reorderNanos) {

  /** A perfect link with 50 µs latency. */
  public static final LinkImpairments PERFECT = new LinkImpairments(0, 0, 0, 0, 50_000, 0);

  /** A link that loses everything. */
  public static final LinkImpairments CUT = new LinkImpairments(1, 0, 0, 0, 50_000, 0);

  /** Checks the ranges. */
  public LinkImpairments {
    for (double p : new double[] {loss, duplication, reordering, corruption}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("probability " + p + " is out of range, expected 0..1");
      }
    }
    if (latencyNanos < 0 || reorderNanos < 0) {
      throw new IllegalArgumentException(
          "latency " + latencyNanos + " and reorder delay " + reorderNanos + " must be >= 0");
    }
  }
}
