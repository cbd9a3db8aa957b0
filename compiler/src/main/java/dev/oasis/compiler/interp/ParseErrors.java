package dev.oasis.compiler.interp;

/** The built-in parse-error codes ({@code error.X}); user codes start at 16. */
public final class ParseErrors {
  private ParseErrors() {}

  public static final int NO_ERROR = 0;
  public static final int PACKET_TOO_SHORT = 1;
  public static final int NO_MATCH = 2;
  public static final int STACK_OVERFLOW = 3;
  public static final int HEADER_TOO_LONG = 4;
  public static final int REJECTED = 5;

  /** Thrown inside the parser to end it with a parse error. */
  static final class Signal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int code;

    Signal(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }
}
