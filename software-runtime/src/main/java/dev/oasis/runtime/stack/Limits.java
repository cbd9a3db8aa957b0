package dev.oasis.runtime.stack;

/** Range checks for the stack's configuration records, with messages that name the value. */
public final class Limits {

  private Limits() {}

  /**
   * Checks {@code min <= value <= max}.
   *
   * @throws IllegalArgumentException naming {@code what}, the value and the range
   */
  public static long check(String what, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " " + value + " is out of range, expected " + min + ".." + max);
    }
    return value;
  }

  /** {@link #check} for an int. */
  public static int check(String what, int value, int min, int max) {
    return (int) check(what, (long) value, min, (long) max);
  }
}
