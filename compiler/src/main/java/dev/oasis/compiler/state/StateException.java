package dev.oasis.compiler.state;

/**
 * A control-plane write that the state refuses: a duplicate key, a full table or map set, a value
 * that does not fit, an unknown name. The message names the value and what was expected; the state
 * is unchanged.
 */
public final class StateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateException(String message) {
    super(message);
  }
}
