package dev.oasis.runtime.codegen;

import dev.oasis.runtime.pipeline.Bits;

/** Small rules of Java text that the generators share: masking, grouping, conditions. */
final class JavaText {
  private JavaText() {}

  /**
   * {@code code} kept to {@code width} bits, as one parenthesised operand (a 64-bit value needs no
   * mask, but still the parentheses, so that it composes with any operator).
   */
  static String mask(String code, int width) {
    String operand = atomic(code) ? code : "(" + code + ")";
    if (width >= 64) {
      return operand;
    }
    return "(" + operand + " & " + Literals.hex(Bits.mask(width)) + ")";
  }

  /** True if {@code code} is a name, a literal, a call or wholly in parentheses. */
  static boolean atomic(String code) {
    if (code.startsWith("(")) {
      int depth = 0;
      for (int i = 0; i < code.length(); i++) {
        char c = code.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0 && i < code.length() - 1) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(') {
        // a call: the rest must be its argument list
        return code.endsWith(")") && atomic(code.substring(i));
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '[' || c == ']')) {
        return false;
      }
    }
    return true;
  }

  /** A condition without its outer parentheses, which {@code if (...)} supplies. */
  static String condition(String code) {
    return code.startsWith("(") && atomic(code) ? code.substring(1, code.length() - 1) : code;
  }
}
