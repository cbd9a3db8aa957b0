package dev.oasis.hw.hcl;

import java.math.BigInteger;

/** A single bit used as a condition: {@code valid}, {@code ready}, {@code fire}. */
public final class Bool extends Value {

  /** The constant true ({@code 1'b1}). */
  public static final Bool TRUE = new Bool(literalBit(1));

  /** The constant false ({@code 1'b0}). */
  public static final Bool FALSE = new Bool(literalBit(0));

  Bool(Expr expr) {
    super(expr);
  }

  private static Expr literalBit(int v) {
    return new Expr.Literal(BigInteger.valueOf(v), HwType.Kind.BOOL, Width.of(1));
  }

  /** The constant {@code value}. */
  public static Bool of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public HwType.Kind kind() {
    return HwType.Kind.BOOL;
  }

  @Override
  Bool withExpr(Expr e) {
    return new Bool(e);
  }

  public Bool and(Bool other) {
    return new Bool(binary(Expr.BinaryOp.AND, other, HwType.Kind.BOOL));
  }

  public Bool or(Bool other) {
    return new Bool(binary(Expr.BinaryOp.OR, other, HwType.Kind.BOOL));
  }

  public Bool xor(Bool other) {
    return new Bool(binary(Expr.BinaryOp.XOR, other, HwType.Kind.BOOL));
  }

  public Bool not() {
    return new Bool(unaryNot());
  }

  /**
   * {@code this ? whenTrue : whenFalse}; the result has the value class of {@code whenTrue}, and
   * branches of different widths are reported by the design-rule check.
   */
  @SuppressWarnings("unchecked")
  public <T extends Value> T select(T whenTrue, T whenFalse) {
    return (T) whenTrue.withExpr(whenTrue.mux(expr(), whenFalse));
  }
}
