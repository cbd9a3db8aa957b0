package dev.oasis.dsl.parse;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.DiagnosticCode;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.Severity;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Where the lexer, the parser's error strategy and the AST builder of one file report their errors.
 * It keeps the cascade down: it tells which parser errors only echo a lexical error (see {@link
 * #isEcho}), and after {@value #MAX_ERRORS} errors it reports that it stopped and drops the rest.
 */
final class SyntaxReporter {
  static final int MAX_ERRORS = 50;

  private final SourceFile file;
  private final Diagnostics diagnostics;
  private final Set<Integer> stringLines = new HashSet<>();
  private final Map<Integer, Integer> strayCharacters = new HashMap<>();
  private boolean unclosedComment;
  private int count;

  SyntaxReporter(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  SourceFile file() {
    return file;
  }

  /** The span of a token's text; the end of the file for EOF or a token recovery made up. */
  Span span(Token token) {
    if (token.getType() == Token.EOF || token.getStartIndex() < 0) {
      return point(file.text().length());
    }
    return new Span(file, token.getStartIndex(), token.getStopIndex() + 1);
  }

  /** An empty span at {@code offset}, rendered as a single caret. */
  Span point(int offset) {
    return new Span(file, offset, offset);
  }

  /** Reports an error at {@code span}, unless too many were reported already. */
  void error(DiagnosticCode code, Span span, Object... args) {
    add(new Diagnostic(Severity.ERROR, code, code.format(args), span, List.of()));
  }

  /** Reports a diagnostic built by the caller (e.g. with notes). */
  void add(Diagnostic diagnostic) {
    count++;
    if (count <= MAX_ERRORS) {
      diagnostics.add(diagnostic);
    } else if (count == MAX_ERRORS + 1) {
      diagnostics.error(SyntaxCodes.TOO_MANY_ERRORS, diagnostic.span(), file.path(), MAX_ERRORS);
    }
  }

  /** Remembers an unterminated string: the parser errors on its line and the next are echoes. */
  void unterminatedString(Token token) {
    stringLines.add(token.getLine());
  }

  /** Remembers stray characters: the parser errors after them on their line are echoes. */
  void unexpectedCharacters(Token first) {
    strayCharacters.merge(first.getLine(), first.getStartIndex(), Math::min);
  }

  /** Remembers an unclosed comment, so that parser errors at the end of the file are dropped. */
  void unclosedComment() {
    unclosedComment = true;
  }

  /**
   * Whether a parser error at {@code offending} only echoes a lexical error already reported: the
   * end of the file after an unclosed comment, the rest of a line after stray characters, or the
   * line of an unterminated string and the one after it.
   */
  boolean isEcho(Token offending) {
    if (offending.getType() == Token.EOF) {
      return unclosedComment;
    }
    int line = offending.getLine();
    Integer stray = strayCharacters.get(line);
    return stringLines.contains(line)
        || stringLines.contains(line - 1)
        || stray != null && stray <= offending.getStartIndex();
  }
}
