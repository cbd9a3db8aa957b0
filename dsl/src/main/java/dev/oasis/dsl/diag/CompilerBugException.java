package dev.oasis.dsl.diag;

/**
 * A failure inside Oasis itself, never the user's fault: an invariant that a pass relies on does
 * not hold. The CLI reports it as a compiler bug (with the stack trace under {@code --debug}),
 * distinct from an error in the program and from a construct a backend does not support.
 */
public final class CompilerBugException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CompilerBugException(String message) {
    super(message);
  }

  public CompilerBugException(String message, Throwable cause) {
    super(message, cause);
  }
}
