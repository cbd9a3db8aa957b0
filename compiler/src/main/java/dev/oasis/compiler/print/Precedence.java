package dev.oasis.compiler.print;

/**
 * Binding strength of the operators of the grammar, from the conditional (weakest) to postfix forms
 * (strongest), so that printers add exactly the parentheses that the source needs. Note that the
 * bitwise operators bind more weakly than comparisons, as in C: {@code a & b == c} is {@code a & (b
 * == c)}.
 */
public final class Precedence {
  private Precedence() {}

  public static final int CONDITIONAL = 1;
  public static final int OR = 2;
  public static final int AND = 3;
  public static final int BIT_OR = 4;
  public static final int BIT_XOR = 5;
  public static final int BIT_AND = 6;
  public static final int EQUALITY = 7;
  public static final int RELATIONAL = 8;
  public static final int SHIFT = 9;
  public static final int CONCAT = 10;
  public static final int ADDITIVE = 11;
  public static final int MULTIPLICATIVE = 12;

  /** Unary operators and casts. */
  public static final int PREFIX = 13;

  /** Member access, indexing, slicing and calls. */
  public static final int POSTFIX = 14;

  public static final int PRIMARY = 15;

  /** The precedence of binary operator {@code symbol}. */
  public static int ofBinary(String symbol) {
    return switch (symbol) {
      case "||" -> OR;
      case "&&" -> AND;
      case "|" -> BIT_OR;
      case "^" -> BIT_XOR;
      case "&" -> BIT_AND;
      case "==", "!=" -> EQUALITY;
      case "<", "<=", ">", ">=" -> RELATIONAL;
      case "<<", ">>" -> SHIFT;
      case "++" -> CONCAT;
      case "+", "-" -> ADDITIVE;
      case "*", "/", "%" -> MULTIPLICATIVE;
      default -> throw new IllegalArgumentException("not a binary operator: " + symbol);
    };
  }

  /**
   * {@code text} in parentheses if an operand of strength {@code inner} needs them at {@code min}.
   */
  public static String wrap(String text, int inner, int min) {
    return inner < min ? "(" + text + ")" : text;
  }
}
