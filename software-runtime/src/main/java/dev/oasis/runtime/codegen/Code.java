package dev.oasis.runtime.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of Java statements with their indentation, built in order: what the generator writes
 * method bodies into. {@link #open} starts a block ({@code if (c) {}), {@link #close} ends it; a
 * nested {@code Code} can be appended whole, one level deeper or at the same level.
 */
final class Code {
  private final List<String> lines = new ArrayList<>();
  private int depth;

  Code line(String text) {
    lines.add(text.isEmpty() ? "" : "  ".repeat(depth) + text);
    return this;
  }

  /** A line that ends with {@code " {"}; the lines after it are one level deeper. */
  Code open(String text) {
    line(text.isEmpty() ? "{" : text + " {");
    depth++;
    return this;
  }

  /** Ends the innermost block with {@code "}"} (or {@code "} " + tail}, as in {@code } else {}). */
  Code close() {
    depth--;
    return line("}");
  }

  /** Ends the innermost block and opens another on the same line: {@code } else {}. */
  Code reopen(String text) {
    depth--;
    line("} " + text + " {");
    depth++;
    return this;
  }

  Code append(Code other) {
    for (String l : other.lines) {
      lines.add(l.isEmpty() ? "" : "  ".repeat(depth) + l);
    }
    return this;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  List<String> lines() {
    return lines;
  }
}
