package dev.oasis.runtime.codegen;

import dev.oasis.dsl.diag.Span;

/**
 * Comments that tie generated code to the program: {@code // router.oasis:142: if
 * (!ports.apply().hit) {}, the file's name (never its directory), the line, and the first line of
 * the source text.
 */
final class Comments {
  private Comments() {}

  private static final int MAX_TEXT = 90;

  /** A comment line for the statement or declaration at {@code span}, if it has a place. */
  static void source(Span span, Code out) {
    String place = place(span);
    if (place != null) {
      out.line("// " + place);
    }
  }

  /** {@code file.oasis:12: text}, or null for something with no place in a file. */
  static String place(Span span) {
    if (span == null || span.equals(Span.NONE) || span.file().text().isEmpty()) {
      return null;
    }
    return fileName(span) + ":" + span.line() + ": " + firstLine(span.text());
  }

  static String fileName(Span span) {
    String path = span.file().path().replace('\\', '/');
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    if (line.length() > MAX_TEXT) {
      line = line.substring(0, MAX_TEXT) + " ...";
    }
    StringBuilder b = new StringBuilder();
    for (char c : line.toCharArray()) {
      // A backslash is doubled so that no unicode escape can appear inside the comment.
      if (c == '\\') {
        b.append("\\\\");
      } else {
        b.append(c >= 32 && c < 127 ? c : '?');
      }
    }
    return b.toString();
  }
}
