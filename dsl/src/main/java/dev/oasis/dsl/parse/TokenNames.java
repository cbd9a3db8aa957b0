package dev.oasis.dsl.parse;

import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.dsl.parser.OasisLexer;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * How tokens are named in syntax errors: keywords and punctuation quoted as written ({@code ';'},
 * {@code 'header'}), the other token kinds in words ({@code an identifier}, {@code an integer}),
 * and found tokens by their text.
 */
final class TokenNames {
  private static final int MAX_FOUND_LENGTH = 24;
  private static final Map<String, Integer> TYPE_BY_LITERAL = literalTypes();

  private TokenNames() {}

  private static Map<String, Integer> literalTypes() {
    Map<String, Integer> types = new HashMap<>();
    for (int type = 1; type <= OasisLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = OasisLexer.VOCABULARY.getLiteralName(type);
      if (literal != null) {
        types.put(literal.substring(1, literal.length() - 1), type);
      }
    }
    return types;
  }

  /** The token type of a keyword or punctuation token of the grammar, e.g. {@code "header"}. */
  static int type(String literal) {
    Integer type = TYPE_BY_LITERAL.get(literal);
    if (type == null) {
      throw new CompilerBugException("the grammar has no token '" + literal + "'");
    }
    return type;
  }

  /** Whether the token type is a keyword: a literal token spelled like an identifier. */
  static boolean isKeyword(int type) {
    String literal = OasisLexer.VOCABULARY.getLiteralName(type);
    return literal != null && literal.matches("'[a-z_]+'") && !literal.equals("'_'");
  }

  /** The name of an expected token type: {@code ';'}, {@code 'header'}, {@code an identifier}. */
  static String expected(int type) {
    switch (type) {
      case Token.EOF:
        return "end of file";
      case OasisLexer.IDENT:
        return "an identifier";
      case OasisLexer.INT:
        return "an integer";
      case OasisLexer.IPV4:
        return "an IPv4 address";
      case OasisLexer.MAC:
        return "a MAC address";
      case OasisLexer.STRING:
        return "a string";
      default:
        String literal = OasisLexer.VOCABULARY.getLiteralName(type);
        return literal != null ? literal : OasisLexer.VOCABULARY.getDisplayName(type);
    }
  }

  /** A found token as the user wrote it: {@code 'bit'}, or {@code end of file}. */
  static String found(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of file";
    }
    String text = token.getText();
    if (text.length() > MAX_FOUND_LENGTH) {
      text = text.substring(0, MAX_FOUND_LENGTH) + "...";
    }
    return "'" + text + "'";
  }
}
