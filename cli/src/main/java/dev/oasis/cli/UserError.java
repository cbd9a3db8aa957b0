package dev.oasis.cli;

/**
 * A problem with the user's input that has already been explained (or whose message explains it):
 * the command ends with exit status 1 and this message, never a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
