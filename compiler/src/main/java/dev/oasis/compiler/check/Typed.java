package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;

/**
 * A checked expression: its IR (null for literals without a width, for poison and for metadata
 * struct prefixes), its checker type, and for an unsized literal its value (which may be negative
 * or wider than any type until it is sized).
 */
record Typed(Expr ir, SemType type, BigInteger literal, Span span) {

  static Typed of(Expr ir) {
    return new Typed(ir, new SemType.Of(ir.type()), null, ir.span());
  }

  /** An IR expression with a checker type the IR erases (an enum). */
  static Typed of(Expr ir, SemType type) {
    return new Typed(ir, type, null, ir.span());
  }

  static Typed literal(BigInteger value, Span span) {
    return new Typed(null, SemType.UNSIZED, value, span);
  }

  static Typed poison(Span span) {
    return new Typed(null, SemType.POISON, null, span);
  }

  boolean isPoison() {
    return type.isPoison();
  }

  boolean isUnsized() {
    return type instanceof SemType.Unsized;
  }
}
