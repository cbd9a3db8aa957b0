package dev.oasis.hw.hcl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A bit vector without arithmetic: data buses, keep masks, packed payloads. */
public final class Bits extends Value {

  Bits(Expr expr) {
    super(expr);
  }

  /** The constant {@code value} of the given width. */
  public static Bits of(long value, int width) {
    return of(BigInteger.valueOf(value), Width.of(width));
  }

  public static Bits of(BigInteger value, Width width) {
    return new Bits(literal(value, HwType.Kind.BITS, width));
  }

  /** All zeros. */
  public static Bits zeros(Width width) {
    return of(BigInteger.ZERO, width);
  }

  /** All ones. */
  public static Bits ones(Width width) {
    return of(BigInteger.ONE.shiftLeft(width.value()).subtract(BigInteger.ONE), width);
  }

  /** The values side by side, the first one in the most significant bits ({@code {a, b}}). */
  public static Bits cat(Value... parts) {
    return cat(List.of(parts));
  }

  public static Bits cat(List<? extends Value> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("concatenation of no values, expected at least one");
    }
    List<Expr> exprs = new ArrayList<>();
    Width w = Width.of(0);
    for (Value p : parts) {
      exprs.add(p.expr());
      w = w.plus(p.width());
    }
    return new Bits(new Expr.Concat(exprs, HwType.Kind.BITS, w));
  }

  @Override
  public HwType.Kind kind() {
    return HwType.Kind.BITS;
  }

  @Override
  Bits withExpr(Expr e) {
    return new Bits(e);
  }

  public Bits and(Bits other) {
    return new Bits(binary(Expr.BinaryOp.AND, other, HwType.Kind.BITS));
  }

  public Bits or(Bits other) {
    return new Bits(binary(Expr.BinaryOp.OR, other, HwType.Kind.BITS));
  }

  public Bits xor(Bits other) {
    return new Bits(binary(Expr.BinaryOp.XOR, other, HwType.Kind.BITS));
  }

  public Bits not() {
    return new Bits(unaryNot());
  }

  /** Bits {@code high} down to {@code low}, both included. */
  public Bits slice(int high, int low) {
    return slice(Width.of(high), Width.of(low));
  }

  public Bits slice(Width high, Width low) {
    return new Bits(sliceExpr(high, low, HwType.Kind.BITS));
  }

  /** Zero-extended or truncated to {@code width}. */
  public Bits resize(Width width) {
    return new Bits(zeroExtendOrTruncate(width));
  }

  public Bits resize(int width) {
    return resize(Width.of(width));
  }

  /** Shifted left by a constant, zeros shifted in. */
  public Bits shl(int amount) {
    return new Bits(new Expr.Shift(true, expr(), amount));
  }

  /** Shifted right by a constant, zeros shifted in. */
  public Bits shr(int amount) {
    return new Bits(new Expr.Shift(false, expr(), amount));
  }

  public Bits shl(UInt amount) {
    return new Bits(binary(Expr.BinaryOp.SHL, amount, HwType.Kind.BITS));
  }

  public Bits shr(UInt amount) {
    return new Bits(binary(Expr.BinaryOp.SHR, amount, HwType.Kind.BITS));
  }
}
