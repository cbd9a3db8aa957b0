package dev.oasis.runtime.codegen;

/**
 * A value of generated code: a Java expression (for {@code bit<N <= 64>} and bool), a pair of longs
 * (for {@code bit<65..128>}) or a byte range (for byte strings). The statements an operand needs
 * before its expression (temporaries, checks) have already been written when it exists.
 */
sealed interface Operand {

  /**
   * A {@code long} or {@code boolean} Java expression. {@code stable}: its value cannot change
   * before it is used (a literal, a Java local); {@code effects}: evaluating it changes state (a
   * map call, a table apply), so it must be evaluated exactly once, in order.
   */
  record Val(String code, boolean bool, boolean stable, boolean effects) implements Operand {
    static Val of(String code, boolean bool) {
      return new Val(code, bool, false, false);
    }

    static Val stable(String code, boolean bool) {
      return new Val(code, bool, true, false);
    }

    static Val effect(String code, boolean bool) {
      return new Val(code, bool, false, true);
    }

    String javaType() {
      return bool ? "boolean" : "long";
    }
  }

  /** A 65 to 128-bit value: two stable long expressions (literals or locals). */
  record WideVal(String hi, String lo) implements Operand {}

  /** A byte string: {@code length} bytes of {@code array} from {@code offset} (int expressions). */
  record BytesVal(String array, String offset, String length) implements Operand {}
}
