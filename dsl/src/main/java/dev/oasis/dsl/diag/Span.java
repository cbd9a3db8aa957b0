package dev.oasis.dsl.diag;

/**
 * A range of characters in a source file: {@code start} inclusive, {@code end} exclusive. Every AST
 * node and IR node carries one, so that every diagnostic and every generated line of Verilog or
 * Java can point back at the program.
 */
public record Span(SourceFile file, int start, int end) {

  /** A span for things that have no place in a source file (built-in declarations). */
  public static final Span NONE = new Span(new SourceFile("<builtin>", ""), 0, 0);

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range");
    }
  }

  /** The smallest span that covers both {@code this} and {@code other} (same file). */
  public Span to(Span other) {
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  public int line() {
    return file.lineOf(start);
  }

  public int column() {
    return file.columnOf(start);
  }

  /** {@code path:line:col}, as diagnostics print it. */
  public String location() {
    return file.path() + ":" + line() + ":" + column();
  }

  /** The source text the span covers. */
  public String text() {
    return file.text()
        .substring(Math.min(start, file.text().length()), Math.min(end, file.text().length()));
  }
}
