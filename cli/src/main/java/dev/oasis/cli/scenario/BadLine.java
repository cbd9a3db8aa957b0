package dev.oasis.cli.scenario;

/** A malformed scenario line; the message says what is wrong and what was expected. */
final class BadLine extends Exception {
  private static final long serialVersionUID = 1L;

  BadLine(String message) {
    super(message);
  }
}
