package dev.oasis.hw.hcl;

import java.math.BigInteger;
import java.util.List;

/**
 * A typed hardware value: a signal or an expression over signals. The three kinds are {@link Bool}
 * (one bit used as a condition), {@link Bits} (a vector without arithmetic) and {@link UInt} (an
 * unsigned number, arithmetic modulo 2^width).
 *
 * <p>Operators never throw for operands of different widths: the mismatch is recorded in the
 * expression and reported, with every other one, by the design-rule check of the component.
 */
public abstract sealed class Value permits Bool, Bits, UInt {

  private final Expr expr;

  Value(Expr expr) {
    this.expr = expr;
  }

  /** The expression tree of this value. */
  public final Expr expr() {
    return expr;
  }

  public final Width width() {
    return expr.width();
  }

  /**
   * The kind of this value. A value may wrap an expression of another kind ({@code asUInt()} on a
   * {@link Bits} signal); operators build their results with the kind of the wrapper.
   */
  public abstract HwType.Kind kind();

  /** The same value class around another expression. */
  abstract Value withExpr(Expr e);

  /** Whether this value is a plain read of a signal (and so can be assigned or sliced). */
  public final boolean isSignal() {
    return expr instanceof Expr.Ref;
  }

  /** The signal this value reads. */
  public final Signal signal() {
    if (expr instanceof Expr.Ref r) {
      return r.signal();
    }
    throw new IllegalStateException("value " + describe() + " is an expression, not a signal");
  }

  /**
   * Drives this signal with {@code source}, under the conditions of the enclosing {@code when}
   * blocks of its component. Later assignments override earlier ones; two unconditional assignments
   * at the same level are reported as multiple drivers.
   */
  public final void assign(Value source) {
    Signal target = signal();
    target.owner().record(new Statement.Assign(target, source.expr, target.owner().origin()));
  }

  public final Bool eq(Value other) {
    return new Bool(compare(Expr.BinaryOp.EQ, other));
  }

  public final Bool ne(Value other) {
    return new Bool(compare(Expr.BinaryOp.NE, other));
  }

  /** Whether this value equals the constant {@code value}. */
  public final Bool eq(long value) {
    return eq(withExpr(constantLike(BigInteger.valueOf(value))));
  }

  public final Bool ne(long value) {
    return ne(withExpr(constantLike(BigInteger.valueOf(value))));
  }

  /** Whether any bit is set. */
  public final Bool orR() {
    return new Bool(new Expr.Unary(Expr.UnaryOp.OR_REDUCE, expr, HwType.Kind.BOOL, Width.of(1)));
  }

  /** Whether all bits are set. */
  public final Bool andR() {
    return new Bool(new Expr.Unary(Expr.UnaryOp.AND_REDUCE, expr, HwType.Kind.BOOL, Width.of(1)));
  }

  /** The parity of the bits. */
  public final Bool xorR() {
    return new Bool(new Expr.Unary(Expr.UnaryOp.XOR_REDUCE, expr, HwType.Kind.BOOL, Width.of(1)));
  }

  /** Bit {@code index}; a signal is indexed directly, an expression through a wire. */
  public final Bool bit(int index) {
    return bit(Width.of(index));
  }

  public final Bool bit(Width index) {
    return new Bool(sliceExpr(index, index, HwType.Kind.BOOL));
  }

  /** The same bits as a {@link Bits}. */
  public final Bits asBits() {
    return new Bits(expr);
  }

  /** The same bits as a {@link UInt}. */
  public final UInt asUInt() {
    return new UInt(expr);
  }

  /** A one-bit value as a {@link Bool}; a wider value is reported by the design-rule check. */
  public final Bool asBool() {
    return new Bool(expr);
  }

  /**
   * This value through a wire of the given name, for readability of the emitted Verilog or to slice
   * an expression.
   */
  public final Value named(String name) {
    Component owner = owner();
    if (owner == null) {
      throw new IllegalStateException("constant " + describe() + " has no component to name in");
    }
    Signal wire = owner.declare(name, SignalKind.WIRE, HwType.of(kind(), width())).signal();
    owner.recordTopLevel(new Statement.Assign(wire, expr, owner.origin()));
    return withExpr(new Expr.Ref(wire));
  }

  @Override
  public String toString() {
    return describe();
  }

  // ---- helpers for the subclasses ------------------------------------------------------------

  /** A short description for messages: the signal name or the kind and width. */
  final String describe() {
    if (expr instanceof Expr.Ref r) {
      return "'" + r.signal().name() + "'";
    }
    if (expr instanceof Expr.Literal l) {
      return "constant " + l.value();
    }
    return HwType.of(kind(), width()) + " expression";
  }

  /** The component of the first signal this value reads, or null for a constant. */
  final Component owner() {
    List<Signal> read = Expr.signalsRead(expr);
    if (!read.isEmpty()) {
      return read.get(0).owner();
    }
    for (Mem m : Expr.memoriesRead(expr)) {
      return m.owner();
    }
    return null;
  }

  /** A constant of this value's kind and width. */
  final Expr constantLike(BigInteger value) {
    return literal(value, kind(), width());
  }

  static Expr literal(BigInteger value, HwType.Kind kind, Width width) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("constant " + value + " is negative, expected >= 0");
    }
    if (value.bitLength() > width.value()) {
      throw new IllegalArgumentException(
          "constant " + value + " does not fit in " + width.value() + " bits");
    }
    if (!width.isLiteral()) {
      BigInteger ones = BigInteger.ONE.shiftLeft(width.value()).subtract(BigInteger.ONE);
      if (value.signum() != 0 && !value.equals(BigInteger.ONE) && !value.equals(ones)) {
        throw new IllegalArgumentException(
            "constant "
                + value
                + " of parameterized width "
                + width.toVerilog()
                + " cannot be written generically, expected 0, 1 or all ones (or a literal width)");
      }
    }
    return new Expr.Literal(value, kind, width);
  }

  final Expr binary(Expr.BinaryOp op, Value other, HwType.Kind resultKind) {
    Width w = op.isComparison() ? Width.of(1) : width();
    return new Expr.Binary(op, expr, other.expr, resultKind, w);
  }

  private Expr compare(Expr.BinaryOp op, Value other) {
    return binary(op, other, HwType.Kind.BOOL);
  }

  final Expr unaryNot() {
    return new Expr.Unary(Expr.UnaryOp.NOT, expr, kind(), width());
  }

  final Expr mux(Expr condition, Value whenFalse) {
    return new Expr.Mux(condition, expr, whenFalse.expr, kind(), width());
  }

  /** Bits {@code high} down to {@code low} as an expression of the given kind. */
  final Expr sliceExpr(Width high, Width low, HwType.Kind resultKind) {
    if (expr instanceof Expr.Literal l) {
      BigInteger bits = l.value().shiftRight(low.value());
      int w = high.value() - low.value() + 1;
      return literal(
          bits.and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE)),
          resultKind,
          high.minus(low).plus(1));
    }
    Expr.Ref base = expr instanceof Expr.Ref r ? r : (Expr.Ref) hoist().expr;
    return new Expr.Slice(base, high, low, resultKind);
  }

  /** This expression through a wire named after the memory or the first signal it reads. */
  private Value hoist() {
    Component owner = owner();
    String base;
    if (expr instanceof Expr.MemRead r) {
      base = r.mem().name() + "_word";
    } else {
      List<Signal> read = Expr.signalsRead(expr);
      base = (read.isEmpty() ? "value" : read.get(0).name()) + "_part";
    }
    return named(owner.freshName(base));
  }

  final Expr zeroExtendOrTruncate(Width target) {
    int from = width().value();
    if (target.value() == from && target.sameAs(width())) {
      return expr;
    }
    if (target.value() < from) {
      return sliceExpr(target.minus(1), Width.of(0), kind());
    }
    return new Expr.ZeroExtend(expr, target, kind());
  }
}
