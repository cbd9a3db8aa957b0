package dev.oasis.dsl.parse;

import dev.oasis.dsl.parser.OasisParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the set of tokens the parser would have accepted into words a person reads: the dozens of
 * tokens that can start a statement become "a statement", the keywords that may serve as names fold
 * into "an identifier", and operators that could merely have continued an expression are dropped
 * when something else was possible (a missing ';' is far more likely than a missing '+').
 *
 * <p>The token groups are the FIRST sets of grammar rules, read from the parser's ATN, so they
 * follow the grammar without a second list to keep in step.
 */
final class ExpectedTokens {
  private static final ATN ATN = OasisParser._ATN;

  private static final IntervalSet NAME = first(OasisParser.RULE_name);
  private static final IntervalSet TYPE = first(OasisParser.RULE_type);
  private static final IntervalSet EXPRESSION = first(OasisParser.RULE_expression);
  private static final IntervalSet STATEMENT = first(OasisParser.RULE_statement);
  private static final IntervalSet DECLARATION = first(OasisParser.RULE_declaration);

  /** Tokens that can start a top-level declaration or an import. */
  static final IntervalSet TOP_LEVEL =
      IntervalSet.or(new IntervalSet[] {DECLARATION, first(OasisParser.RULE_importDecl)});

  /** Tokens that only continue an expression already read. */
  private static final IntervalSet CONTINUATIONS =
      literals(
          ".", "[", "(", "*", "/", "%", "+", "-", "++", "<<", ">", "<", "<=", ">=", "==", "!=", "&",
          "^", "|", "&&", "||", "?", "&&&", "..");

  /** Keywords that only start a top-level declaration: a sign that a '}' was left out before. */
  static final IntervalSet TOP_LEVEL_ONLY = TOP_LEVEL.subtract(STATEMENT).subtract(NAME);

  /** The groups, largest first, each named by what it starts. */
  private static final List<IntervalSet> GROUPS =
      List.of(TOP_LEVEL, DECLARATION, STATEMENT, EXPRESSION, TYPE, NAME);

  private ExpectedTokens() {}

  private static IntervalSet first(int rule) {
    IntervalSet set = new IntervalSet(ATN.nextTokens(ATN.ruleToStartState[rule]));
    set.remove(Token.EPSILON);
    return set;
  }

  private static IntervalSet literals(String... texts) {
    IntervalSet set = new IntervalSet();
    for (String text : texts) {
      set.add(TokenNames.type(text));
    }
    return set;
  }

  /** The tokens worth naming: without end of file and mere continuations, unless nothing else. */
  static IntervalSet reduce(IntervalSet expected) {
    IntervalSet reduced = withoutEof(expected);
    IntervalSet withoutContinuations = reduced.subtract(CONTINUATIONS);
    return withoutContinuations.isNil() ? reduced : withoutContinuations;
  }

  /** The set without end of file (unless that is all) and without epsilon. */
  private static IntervalSet withoutEof(IntervalSet expected) {
    IntervalSet reduced = new IntervalSet(expected);
    reduced.remove(Token.EPSILON);
    IntervalSet withoutEof = new IntervalSet(reduced);
    withoutEof.remove(Token.EOF);
    return withoutEof.isNil() ? reduced : withoutEof;
  }

  /** Whether a name, and nothing but a name, is expected. */
  static boolean onlyName(IntervalSet expected) {
    IntervalSet reduced = reduce(expected);
    return reduced.contains(OasisParser.IDENT) && reduced.subtract(NAME).isNil();
  }

  /** Whether {@code type} could start a name (an identifier or a keyword allowed as a name). */
  static boolean isName(int type) {
    return NAME.contains(type);
  }

  /**
   * The expected tokens in words, e.g. {@code a statement or '}'}, for an error inside {@code
   * construct} (null at the top level), which decides what a type or a name stands for there: in a
   * header a type starts "a field", in a table a name starts "a table property".
   */
  static String describe(IntervalSet expected, ParserRuleContext construct) {
    IntervalSet rest = withoutEof(expected);
    List<String> words = new ArrayList<>();
    for (IntervalSet group : GROUPS) {
      if (!rest.isNil() && group.subtract(rest).isNil()) {
        String label = label(group, construct);
        if (!words.contains(label)) {
          words.add(label);
        }
        rest = rest.subtract(group);
      }
    }
    IntervalSet named = rest.subtract(CONTINUATIONS);
    if (!named.isNil() || !words.isEmpty()) {
      rest = named;
    }
    for (int type : rest.toList()) {
      words.add(TokenNames.expected(type));
    }
    return join(words);
  }

  private static String label(IntervalSet group, ParserRuleContext construct) {
    if (group == TOP_LEVEL || group == DECLARATION) {
      return "a declaration";
    } else if (group == STATEMENT) {
      return "a statement";
    } else if (group == EXPRESSION) {
      return "an expression";
    } else if (group == TYPE) {
      boolean fields =
          construct instanceof OasisParser.HeaderDeclContext
              || construct instanceof OasisParser.StructDeclContext
              || construct instanceof OasisParser.MetadataDeclContext;
      return fields ? "a field" : "a type";
    }
    return construct instanceof OasisParser.TableDeclContext ? "a table property" : "an identifier";
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  static String join(List<String> words) {
    if (words.isEmpty()) {
      return "nothing";
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }
}
