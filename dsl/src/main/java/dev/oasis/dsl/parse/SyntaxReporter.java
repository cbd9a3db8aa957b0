package dev.oasis.dsl.parse;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.DiagnosticCode;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.Severity;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Where the lexer, the parser's error strategy and the AST builder of one file report their errors.
 * It keeps the cascade down: after a lexical error that swallowed text (an unterminated string or
 * an unclosed comment) it drops the parser errors that are only its echo, and after {@value
 * #MAX_ERRORS} errors it reports that it stopped and drops the rest.
 */
final class SyntaxReporter {
  static final int MAX_ERRORS = 50;

  private final SourceFile file;
  private final Diagnostics diagnostics;
  private final Set<Integer> unterminatedStringStarts = new HashSet<>();
  private boolean unclosedComment;
  private int count;

  SyntaxReporter(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  SourceFile file() {
    return file;
  }

  /** The span of a token's text. */
  Span span(Token token) {
    if (token.getType() == Token.EOF) {
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

  /** Remembers an unterminated string, so that the parser error right after it is dropped. */
  void unterminatedString(Token token) {
    unterminatedStringStarts.add(token.getStartIndex());
  }

  /** Remembers an unclosed comment, so that parser errors at the end of the file are dropped. */
  void unclosedComment() {
    unclosedComment = true;
  }

  /**
   * Whether a parser error at {@code offending}, right after {@code previous}, is only the echo of
   * a lexical error already reported.
   */
  boolean isEcho(Token offending, Token previous) {
    if (offending.getType() == Token.EOF && unclosedComment) {
      return true;
    }
    return previous != null && unterminatedStringStarts.contains(previous.getStartIndex())
        || unterminatedStringStarts.contains(offending.getStartIndex());
  }
}
