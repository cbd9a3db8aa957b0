package dev.oasis.dsl.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Finds the bracket left open when the parser meets the end of the file (or of a block) too early.
 * Each construct's brackets are children of its own rule, so it is enough to match them within each
 * rule on the way from the error to the root.
 */
final class Brackets {
  private Brackets() {}

  /** The innermost '{', '(' or '[' on the way from {@code ctx} to the root that is not closed. */
  static TerminalNode innermostUnclosed(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      TerminalNode open = null;
      int depth = 0;
      for (int i = c.getChildCount() - 1; i >= 0 && open == null; i--) {
        ParseTree child = c.getChild(i);
        if (!(child instanceof TerminalNode terminal)) {
          continue;
        }
        boolean conjured = terminal.getSymbol().getStartIndex() < 0;
        String text = TokenNames.expected(terminal.getSymbol().getType());
        if (text.equals("'}'") || text.equals("')'") || text.equals("']'")) {
          depth++;
        } else if (text.equals("'{'") || text.equals("'('") || text.equals("'['")) {
          if (depth == 0 && !conjured) {
            open = terminal;
          } else {
            depth--;
          }
        }
      }
      if (open != null) {
        return open;
      }
    }
    return null;
  }

  /** The closing bracket for an opening one: "}" for '{', ")" for '(', "]" for '['. */
  static String closerOf(int openerType) {
    String opener = TokenNames.expected(openerType);
    switch (opener) {
      case "'{'":
        return "}";
      case "'('":
        return ")";
      default:
        return "]";
    }
  }
}
