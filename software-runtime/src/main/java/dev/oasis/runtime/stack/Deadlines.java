package dev.oasis.runtime.stack;

/**
 * Timer deadlines on the stack's clock. Clock values may be negative ({@link System#nanoTime()} has
 * an arbitrary origin), so deadlines are compared by the sign of their difference, and "no
 * deadline" is a sentinel checked before any arithmetic.
 */
public final class Deadlines {

  /** No deadline. */
  public static final long NONE = Long.MAX_VALUE;

  private Deadlines() {}

  /** Whether {@code deadline} is set and has been reached at {@code now}. */
  public static boolean due(long deadline, long now) {
    return deadline != NONE && deadline - now <= 0;
  }

  /** The earlier of two deadlines, either of which may be {@link #NONE}. */
  public static long earlier(long a, long b) {
    if (a == NONE) {
      return b;
    }
    if (b == NONE) {
      return a;
    }
    return a - b <= 0 ? a : b;
  }
}
