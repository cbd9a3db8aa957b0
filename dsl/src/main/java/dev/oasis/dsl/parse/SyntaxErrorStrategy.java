package dev.oasis.dsl.parse;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Severity;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.dsl.parser.OasisParser;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * ANTLR's error recovery with messages for people. ANTLR decides where the input went wrong and how
 * to carry on (deleting one token, inserting one, or skipping to a token that can follow the
 * current construct); this class decides what to say:
 *
 * <ul>
 *   <li>a keyword where a name belongs: {@code 'if' is a reserved word and cannot name a field};
 *   <li>the end of the file, or a top-level keyword at the start of a line, inside an open block:
 *       {@code missing '}' to close the table 'routes'}, with a note at the opening;
 *   <li>a missing ';': {@code expected ';' after the assignment, found 'x'}, pointing just after
 *       the last token of the statement rather than at the next line;
 *   <li>otherwise {@code expected <what> in <construct>, found <token>}.
 * </ul>
 *
 * <p>One mistake should give one message. After an error, the next is reported only once the parser
 * has found its feet again: it has read a whole construct (a statement, a field, a property, ...)
 * without trouble since, or it has started a new top-level declaration. Errors in between are most
 * likely the parser still being lost.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  private static final int SEMICOLON = TokenNames.type(";");

  private final SyntaxReporter reporter;
  private int lastErrorLine = -1;

  /** The index of the last token at which the parser had trouble, reported or not. */
  private int troubleIndex = -1;

  /** Whether an error was reported and no construct was read cleanly since. */
  private boolean quiet;

  /**
   * Whether a block was found unclosed in the middle of the file: the parser then reads what
   * follows inside the wrong construct, and only a new top-level declaration ends the quiet.
   */
  private boolean lost;

  SyntaxErrorStrategy(SyntaxReporter reporter) {
    this.reporter = reporter;
  }

  /** Lets the strategy see constructs complete; add it with {@link Parser#addParseListener}. */
  ParseTreeListener completionListener() {
    return new ParseTreeListener() {
      @Override
      public void exitEveryRule(ParserRuleContext ctx) {
        if (quiet
            && !lost
            && isMember(ctx)
            && ctx.exception == null
            && ctx.getStart().getTokenIndex() > troubleIndex) {
          quiet = false;
        }
      }

      /** A new top-level declaration after the trouble: the parser has found its feet again. */
      @Override
      public void enterEveryRule(ParserRuleContext ctx) {
        if (quiet
            && (ctx instanceof OasisParser.DeclarationContext
                || ctx instanceof OasisParser.ImportDeclContext)
            && ctx.getStart().getTokenIndex() > troubleIndex) {
          quiet = false;
          lost = false;
        }
      }

      @Override
      public void visitTerminal(TerminalNode node) {}

      @Override
      public void visitErrorNode(ErrorNode node) {}
    };
  }

  /** Constructs that end a stretch of trouble when read cleanly: the members of blocks. */
  private static boolean isMember(ParserRuleContext ctx) {
    return ctx instanceof OasisParser.StatementContext
        || ctx instanceof OasisParser.DeclarationContext
        || ctx instanceof OasisParser.ImportDeclContext
        || ctx instanceof OasisParser.HeaderFieldContext
        || ctx instanceof OasisParser.StructFieldContext
        || ctx instanceof OasisParser.PropertyContext
        || ctx instanceof OasisParser.TablePropertyContext
        || ctx instanceof OasisParser.KeyElementContext
        || ctx instanceof OasisParser.TableEntryContext
        || ctx instanceof OasisParser.SelectCaseContext
        || ctx instanceof OasisParser.ParserStateContext
        || ctx instanceof OasisParser.EnumMemberContext
        || ctx instanceof OasisParser.HeaderInstanceContext
        || ctx instanceof OasisParser.SwitchCaseContext
        || ctx instanceof OasisParser.ParameterContext;
  }

  private void trouble(int tokenIndex) {
    troubleIndex = Math.max(troubleIndex, tokenIndex);
  }

  @Override
  public void reportError(Parser parser, RecognitionException e) {
    trouble(parser.getCurrentToken().getTokenIndex());
    super.reportError(parser, e);
  }

  @Override
  protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
    Token offending = e.getOffendingToken();
    Token previous = previous(parser, offending);
    if (e.getStartToken().getTokenIndex() == offending.getTokenIndex()
        || offending.getType() == Token.EOF) {
      report(parser, offending, e.getExpectedTokens(), false);
      return;
    }
    if (!shouldReport(parser, offending)) {
      return;
    }

    if (reportedDeclarationInBlock(parser, parser.getContext())) {
      return;
    }

    // The construct could not go on with a token on the next line: most likely a missing ';'.
    ParserRuleContext construct = Constructs.enclosing(parser.getContext());
    if (previous != null && offending.getLine() > previous.getLine() && construct != null) {
      reporter.error(
          SyntaxCodes.EXPECTED_TOKEN,
          after(previous, offending),
          "';' after " + Constructs.describe(construct),
          TokenNames.found(offending));
      return;
    }
    reporter.error(
        SyntaxCodes.UNEXPECTED_TOKEN,
        reporter.span(offending),
        TokenNames.found(offending),
        construct == null ? "at the top level" : "in " + Constructs.describe(construct));
  }

  /** Precedence predicates of the expression rule; reported like a token out of place. */
  @Override
  protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), false);
  }

  @Override
  protected void reportInputMismatch(Parser parser, InputMismatchException e) {
    report(parser, e.getOffendingToken(), e.getExpectedTokens(), false);
  }

  @Override
  protected void reportUnwantedToken(Parser parser) {
    trouble(parser.getCurrentToken().getTokenIndex());
    if (inErrorRecoveryMode(parser)) {
      return;
    }
    beginErrorCondition(parser);
    report(parser, parser.getCurrentToken(), getExpectedTokens(parser), true);
  }

  /** A token is missing before the current one, so the trouble lies before it. */
  @Override
  protected void reportMissingToken(Parser parser) {
    trouble(parser.getCurrentToken().getTokenIndex() - 1);
    if (inErrorRecoveryMode(parser)) {
      return;
    }
    beginErrorCondition(parser);
    report(parser, parser.getCurrentToken(), getExpectedTokens(parser), false);
  }

  /**
   * Never deletes a ';', which ends the construct in error, nor a declaration keyword at the start
   * of a line, which most likely begins the next declaration after a missing '}': recovery should
   * resume there rather than take what follows into the broken construct.
   */
  @Override
  protected Token singleTokenDeletion(Parser parser) {
    Token current = parser.getCurrentToken();
    if (startsDeclarationLine(current) || current.getType() == SEMICOLON) {
      return null;
    }
    return super.singleTokenDeletion(parser);
  }

  private static boolean startsDeclarationLine(Token token) {
    return token.getCharPositionInLine() == 0
        && ExpectedTokens.TOP_LEVEL_ONLY.contains(token.getType());
  }

  /**
   * Whether to report an error at {@code offending}: not while quiet after an earlier error, not if
   * it only echoes a lexical error, nor if an error was reported on its line already.
   */
  private boolean shouldReport(Parser parser, Token offending) {
    if (quiet || reporter.isEcho(offending) || offending.getLine() == lastErrorLine) {
      return false;
    }
    lastErrorLine = offending.getLine();
    quiet = true;
    return true;
  }

  /** The token on the default channel before {@code token}, or null at the start. */
  private static Token previous(Parser parser, Token token) {
    int i = token.getTokenIndex() - 1;
    while (i >= 0 && parser.getTokenStream().get(i).getChannel() != Token.DEFAULT_CHANNEL) {
      i--;
    }
    return i >= 0 ? parser.getTokenStream().get(i) : null;
  }

  /** Reports that {@code offending} came where one of {@code expected} belonged. */
  private void report(Parser parser, Token offending, IntervalSet expected, boolean unwanted) {
    if (!shouldReport(parser, offending)) {
      return;
    }
    ParserRuleContext ctx = parser.getContext();
    Token previous = previous(parser, offending);

    // A keyword where only a name fits.
    if (TokenNames.isKeyword(offending.getType())
        && !ExpectedTokens.isName(offending.getType())
        && ExpectedTokens.onlyName(expected)) {
      reporter.error(
          SyntaxCodes.RESERVED_WORD,
          reporter.span(offending),
          offending.getText(),
          Constructs.namedThing(ctx));
      return;
    }

    // The file, or an enclosing block, ends early.
    if (offending.getType() == Token.EOF || startsDeclarationLine(offending)) {
      TerminalNode opener = Brackets.innermostUnclosed(ctx);
      if (opener != null) {
        reportMissingClose(opener, after(previous, offending));
        return;
      }
    }
    if (reportedDeclarationInBlock(parser, ctx)) {
      return;
    }

    // Something else: say what was expected, in which construct.
    IntervalSet reduced = ExpectedTokens.reduce(expected);
    boolean onNextLine = previous != null && offending.getLine() > previous.getLine();
    boolean semicolon =
        reduced.contains(SEMICOLON) && (reduced.size() == 1 || onNextLine && !unwanted);
    ParserRuleContext construct = Constructs.enclosing(ctx);
    String what;
    if (semicolon && construct != null) {
      what = "';' after " + Constructs.describe(construct);
    } else {
      what = ExpectedTokens.describe(expected, construct);
      if (construct != null) {
        what += " in " + Constructs.describe(construct);
      }
    }
    boolean pointAfterPrevious =
        !unwanted && (semicolon || offending.getType() == Token.EOF) && previous != null;
    Span span = pointAfterPrevious ? after(previous, offending) : reporter.span(offending);
    reporter.error(SyntaxCodes.EXPECTED_TOKEN, span, what, TokenNames.found(offending));
  }

  /** Just after {@code previous}, where a forgotten token belongs; or at {@code offending}. */
  private Span after(Token previous, Token offending) {
    return previous == null
        ? reporter.span(offending)
        : reporter.point(previous.getStopIndex() + 1);
  }

  /**
   * Reports a missing '}' if the broken construct is a statement (or other member of a block) that
   * starts with a declaration keyword in the first column, such as {@code action} or {@code table}:
   * the block before it was most likely left open, and the parser took the declaration for a
   * statement.
   */
  private boolean reportedDeclarationInBlock(Parser parser, ParserRuleContext ctx) {
    ParserRuleContext member = ctx;
    while (member != null && !isMember(member)) {
      member = member.getParent();
    }
    if (member == null || member instanceof OasisParser.DeclarationContext) {
      return false;
    }
    Token start = member.getStart();
    if (start.getCharPositionInLine() != 0 || !ExpectedTokens.TOP_LEVEL.contains(start.getType())) {
      return false;
    }
    TerminalNode opener = Brackets.innermostUnclosed(member.getParent());
    if (opener == null) {
      return false;
    }
    reportMissingClose(opener, after(previous(parser, start), start));
    return true;
  }

  private void reportMissingClose(TerminalNode opener, Span span) {
    lost = true;
    ParserRuleContext owner = (ParserRuleContext) opener.getParent();
    String construct = Constructs.describe(owner);
    if (construct == null) {
      construct = Constructs.describeEnclosing(owner);
    }
    String closer = "'" + Brackets.closerOf(opener.getSymbol().getType()) + "'";
    String message = SyntaxCodes.MISSING_CLOSE.format(closer, construct);
    Diagnostic.Note note =
        new Diagnostic.Note(construct + " starts here", reporter.span(opener.getSymbol()));
    reporter.add(
        new Diagnostic(Severity.ERROR, SyntaxCodes.MISSING_CLOSE, message, span, List.of(note)));
  }
}
