package dev.oasis.dsl.parse;

import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.dsl.parser.OasisLexer;
import java.util.Locale;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * The lexer with its error tokens handled, so that the parser never sees them: a run of unexpected
 * characters is reported once and skipped, an unterminated string is reported and passed on as a
 * string (so the statement around it still parses), and an unclosed comment is reported and
 * dropped.
 */
final class CheckedTokenSource implements TokenSource {
  private final OasisLexer lexer;
  private final SyntaxReporter reporter;
  private Token pending;

  CheckedTokenSource(OasisLexer lexer, SyntaxReporter reporter) {
    this.lexer = lexer;
    this.reporter = reporter;
  }

  @Override
  public Token nextToken() {
    while (true) {
      Token token = next();
      switch (token.getType()) {
        case OasisLexer.UNEXPECTED_CHAR:
          skipUnexpected(token);
          break;
        case OasisLexer.UNCLOSED_COMMENT:
          int start = token.getStartIndex();
          reporter.error(SyntaxCodes.UNCLOSED_COMMENT, new Span(reporter.file(), start, start + 2));
          reporter.unclosedComment();
          break;
        case OasisLexer.UNTERMINATED_STRING:
          reporter.error(SyntaxCodes.UNTERMINATED_STRING, reporter.span(token));
          reporter.unterminatedString(token);
          CommonToken string = new CommonToken(token);
          string.setType(OasisLexer.STRING);
          string.setText(closeString(token.getText()));
          return string;
        default:
          return token;
      }
    }
  }

  /** The text of an unterminated string with its closing quote, minus a lone final backslash. */
  private static String closeString(String text) {
    int backslashes = 0;
    while (text.charAt(text.length() - 1 - backslashes) == '\\') {
      backslashes++;
    }
    String content = backslashes % 2 == 1 ? text.substring(0, text.length() - 1) : text;
    return content + "\"";
  }

  private Token next() {
    if (pending != null) {
      Token token = pending;
      pending = null;
      return token;
    }
    return lexer.nextToken();
  }

  /** Reports a run of adjacent unexpected characters as one error, naming the first. */
  private void skipUnexpected(Token first) {
    int end = first.getStopIndex() + 1;
    Token token = lexer.nextToken();
    while (token.getType() == OasisLexer.UNEXPECTED_CHAR && token.getStartIndex() == end) {
      end = token.getStopIndex() + 1;
      token = lexer.nextToken();
    }
    pending = token;
    Span span = new Span(reporter.file(), first.getStartIndex(), end);
    reporter.error(SyntaxCodes.UNEXPECTED_CHARACTER, span, describe(span.text()));
    reporter.unexpectedCharacters(first);
  }

  /** {@code '$'}, {@code 'é' (U+00E9)}, or {@code U+0007} for an invisible character. */
  static String describe(String text) {
    int codePoint = text.codePointAt(0);
    String number = String.format(Locale.ROOT, "U+%04X", codePoint);
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || Character.isSurrogate(text.charAt(0)) && Character.charCount(codePoint) == 1) {
      return number;
    }
    String quoted = "'" + new String(Character.toChars(codePoint)) + "'";
    return codePoint < 0x80 ? quoted : quoted + " (" + number + ")";
  }

  @Override
  public int getLine() {
    return lexer.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return lexer.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return lexer.getInputStream();
  }

  @Override
  public String getSourceName() {
    return lexer.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    lexer.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return lexer.getTokenFactory();
  }
}
