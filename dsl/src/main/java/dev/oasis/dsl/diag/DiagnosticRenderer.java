package dev.oasis.dsl.diag;

import java.util.List;

/**
 * Prints diagnostics for people, in plain text:
 *
 * <pre>
 * router.oasis:12:22: error[OAS0102]: expected ';' after the field declaration, found 'bit'
 *    12 |     bit&lt;16&gt; ethertype
 *       |                      ^
 * router.oasis:10:17: note: the header 'Ethernet' starts here
 *    10 | header Ethernet {
 *       |                 ^
 *
 * 1 error
 * </pre>
 *
 * <p>The location is {@code path:line:column}, counting from 1, with a tab or any other character
 * as one column. Under the source line, carets mark the span on that line, at least one even for an
 * empty span; tabs are shown expanded to stops of {@value #TAB_WIDTH} and the carets follow. A
 * blank line ends each diagnostic, and a last line counts errors and warnings.
 */
public final class DiagnosticRenderer {
  static final int TAB_WIDTH = 4;
  private static final int MIN_GUTTER = 5;

  private DiagnosticRenderer() {}

  /** Every diagnostic in the given order, then the summary line; empty for no diagnostics. */
  public static String render(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      out.append(render(diagnostic)).append('\n');
    }
    return out.append(summary(diagnostics)).append('\n').toString();
  }

  /** One diagnostic with its source line and its notes, each line ending in a newline. */
  public static String render(Diagnostic diagnostic) {
    int gutter = MIN_GUTTER;
    gutter = Math.max(gutter, String.valueOf(diagnostic.span().line()).length());
    for (Diagnostic.Note note : diagnostic.notes()) {
      gutter = Math.max(gutter, String.valueOf(note.span().line()).length());
    }
    StringBuilder out = new StringBuilder();
    String label = diagnostic.severity().label() + "[" + diagnostic.code().code() + "]";
    header(out, diagnostic.span(), label, diagnostic.message());
    excerpt(out, diagnostic.span(), gutter);
    for (Diagnostic.Note note : diagnostic.notes()) {
      header(out, note.span(), Severity.NOTE.label(), note.message());
      excerpt(out, note.span(), gutter);
    }
    return out.toString();
  }

  /** {@code 2 errors}, {@code 1 error, 1 warning}, {@code 3 warnings}; empty if neither. */
  public static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    String errorCount = count(errors, "error");
    String warningCount = count(warnings, "warning");
    if (errors > 0 && warnings > 0) {
      return errorCount + ", " + warningCount;
    }
    return errors > 0 ? errorCount : warnings > 0 ? warningCount : "";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static boolean hasSource(Span span) {
    return span != Span.NONE && !span.file().text().isEmpty();
  }

  private static void header(StringBuilder out, Span span, String label, String message) {
    if (span != Span.NONE) {
      out.append(span.location()).append(": ");
    }
    out.append(label).append(": ").append(message).append('\n');
  }

  /** The source line of the span's start with carets under the span's part on that line. */
  private static void excerpt(StringBuilder out, Span span, int gutter) {
    if (!hasSource(span)) {
      return;
    }
    SourceFile file = span.file();
    int start = Math.min(span.start(), file.text().length());
    int line = file.lineOf(start);
    String text = file.line(line);
    int lineStart = start - (file.columnOf(start) - 1);
    int from = start - lineStart;
    int to = Math.min(Math.max(span.end(), start) - lineStart, text.length());

    // Display columns of each character, with tabs expanded and surrogate pairs as one column.
    StringBuilder shown = new StringBuilder();
    int[] column = new int[text.length() + 1];
    int col = 0;
    for (int i = 0; i < text.length(); i++) {
      column[i] = col;
      char c = text.charAt(i);
      if (c == '\t') {
        int next = (col / TAB_WIDTH + 1) * TAB_WIDTH;
        shown.append(" ".repeat(next - col));
        col = next;
      } else if (Character.isLowSurrogate(c)
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1))) {
        shown.append(c);
      } else {
        shown.append(Character.isISOControl(c) ? '?' : c);
        col++;
      }
    }
    column[text.length()] = col;
    int caretFrom = column[Math.min(from, text.length())] + Math.max(0, from - text.length());
    int caretTo = to > from ? column[to] : caretFrom;
    int carets = Math.max(1, caretTo - caretFrom);

    String number = String.valueOf(line);
    out.append(" ".repeat(gutter - number.length())).append(number);
    out.append((" | " + shown).stripTrailing()).append('\n');
    out.append(" ".repeat(gutter)).append(" | ");
    out.append(" ".repeat(caretFrom)).append("^".repeat(carets)).append('\n');
  }
}
