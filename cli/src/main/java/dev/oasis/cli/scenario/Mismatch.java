package dev.oasis.cli.scenario;

/**
 * One way a queue's frames differ from its {@code expect} lines.
 *
 * @param kind what went wrong
 * @param queue {@code port N} or {@code host}
 * @param expected the expectation (null for {@link Kind#UNEXPECTED})
 * @param actual the frame that came out (null for {@link Kind#MISSING})
 */
public record Mismatch(Kind kind, String queue, Expected expected, Actual actual) {

  /** What went wrong. */
  public enum Kind {
    /** An expected frame came out different (bytes, length or punt reason). */
    DIFFERENT,
    /** An expected frame never came out. */
    MISSING,
    /** A frame came out that no expectation is left for. */
    UNEXPECTED
  }

  /**
   * An {@code expect} line.
   *
   * @param line its line number
   * @param packet the index of the packet it is blamed on if it fails: the last packet before it
   * @param reason the punt reason for the host queue, -1 for a port
   */
  public record Expected(int line, int packet, int reason, HexPattern frame) {}

  /**
   * A frame that came out.
   *
   * @param packet the index of the packet that caused it
   * @param reason the punt reason for the host queue, -1 for a port
   */
  public record Actual(int packet, int reason, byte[] frame) {
    public Actual {
      frame = frame.clone();
    }

    @Override
    public byte[] frame() {
      return frame.clone();
    }
  }

  /** Whether an actual frame meets an expectation. */
  static boolean meets(Actual a, Expected e) {
    return a.reason() == e.reason() && e.frame().matches(a.frame);
  }
}
