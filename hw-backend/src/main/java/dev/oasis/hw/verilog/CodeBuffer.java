package dev.oasis.hw.verilog;

/** Lines of Verilog with four-space indentation and Unix line ends. */
final class CodeBuffer {

  private static final String INDENT = "    ";

  private final StringBuilder text = new StringBuilder();
  private int depth;

  /** Appends one line at the current indentation; an empty string gives an empty line. */
  CodeBuffer line(String s) {
    if (!s.isEmpty()) {
      text.append(INDENT.repeat(depth));
    }
    text.append(s).append('\n');
    return this;
  }

  /** Appends an empty line, unless the text already ends with one or is at the start of a block. */
  CodeBuffer blank() {
    int n = text.length();
    boolean afterBlank = n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n';
    if (n > 0 && !afterBlank) {
      text.append('\n');
    }
    return this;
  }

  CodeBuffer indent() {
    depth++;
    return this;
  }

  CodeBuffer outdent() {
    depth--;
    return this;
  }

  /** The indentation of the current depth, for callers that lay out continuation lines. */
  String currentIndent() {
    return INDENT.repeat(depth);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
