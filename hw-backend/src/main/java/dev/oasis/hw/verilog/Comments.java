package dev.oasis.hw.verilog;

import dev.oasis.dsl.diag.Span;

/** Comment text as the emitter writes it. */
final class Comments {

  private Comments() {}

  /** {@code // file:line}, or nothing. */
  static String origin(Span span) {
    if (span == null || span == Span.NONE) {
      return "";
    }
    return "  // " + span.file().path() + ":" + span.line();
  }

  /** A comment's text on one line. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
