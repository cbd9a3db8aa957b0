package dev.oasis.dsl.parse;

import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.parser.OasisLexer;
import dev.oasis.dsl.parser.OasisParser;
import java.nio.CharBuffer;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Parses the text of one source file into its {@link Program}, reporting lexical and syntax errors
 * into a {@link Diagnostics}. Never throws for bad input: a file with errors yields the
 * declarations that parsed completely.
 *
 * <p>Offsets in spans count UTF-16 characters of {@link SourceFile#text()}, the same unit as {@link
 * String#charAt}, so that the characters of a span are {@code text.substring(start, end)}.
 */
public final class SourceParser {
  private SourceParser() {}

  /** Parses {@code file}, reporting its errors into {@code diagnostics}. */
  public static Program parse(SourceFile file, Diagnostics diagnostics) {
    SyntaxReporter reporter = new SyntaxReporter(file, diagnostics);

    // UTF-16 units as the lexer's symbols, so that token offsets are String offsets.
    CodePointCharStream chars =
        CodePointCharStream.fromBuffer(
            CodePointBuffer.withChars(CharBuffer.wrap(file.text().toCharArray())), file.path());
    OasisLexer lexer = new OasisLexer(chars);
    lexer.removeErrorListeners();
    lexer.addErrorListener(UNREACHABLE);

    OasisParser parser =
        new OasisParser(new CommonTokenStream(new CheckedTokenSource(lexer, reporter)));
    parser.removeErrorListeners();
    parser.addErrorListener(UNREACHABLE);
    SyntaxErrorStrategy strategy = new SyntaxErrorStrategy(reporter);
    parser.setErrorHandler(strategy);
    parser.addParseListener(strategy.completionListener());

    return new AstBuilder(reporter).program(parser.program());
  }

  /**
   * The lexer has a catch-all rule and the error strategy reports every parser error itself, so
   * ANTLR's listener is never called; if it is, the front end has a bug.
   */
  private static final BaseErrorListener UNREACHABLE =
      new BaseErrorListener() {
        @Override
        public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int column,
            String message,
            RecognitionException e) {
          throw new CompilerBugException(
              "unhandled ANTLR error at " + line + ":" + (column + 1) + ": " + message, e);
        }
      };
}
