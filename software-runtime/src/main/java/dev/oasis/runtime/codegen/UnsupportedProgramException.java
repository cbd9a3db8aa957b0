package dev.oasis.runtime.codegen;

/**
 * The program uses something the Java backend does not implement (a value wider than 128 bits). It
 * is not an error in the program: the interpreter runs it ({@code oasis run --interpret}).
 */
public final class UnsupportedProgramException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsupportedProgramException(String message) {
    super(message);
  }
}
