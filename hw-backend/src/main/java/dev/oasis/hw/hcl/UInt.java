package dev.oasis.hw.hcl;

import java.math.BigInteger;

/**
 * An unsigned number. Addition and subtraction wrap modulo 2^width (the Oasis {@code bit<N>}
 * semantics); both operands must have the same width.
 */
public final class UInt extends Value {

  UInt(Expr expr) {
    super(expr);
  }

  /** The constant {@code value} of the given width. */
  public static UInt of(long value, int width) {
    return of(BigInteger.valueOf(value), Width.of(width));
  }

  public static UInt of(long value, Width width) {
    return of(BigInteger.valueOf(value), width);
  }

  public static UInt of(BigInteger value, Width width) {
    return new UInt(literal(value, HwType.Kind.UINT, width));
  }

  @Override
  public HwType.Kind kind() {
    return HwType.Kind.UINT;
  }

  @Override
  UInt withExpr(Expr e) {
    return new UInt(e);
  }

  public UInt add(UInt other) {
    return new UInt(binary(Expr.BinaryOp.ADD, other, HwType.Kind.UINT));
  }

  /** {@code this + constant}, the constant taking this value's width. */
  public UInt add(long constant) {
    return add(new UInt(constantLike(BigInteger.valueOf(constant))));
  }

  public UInt sub(UInt other) {
    return new UInt(binary(Expr.BinaryOp.SUB, other, HwType.Kind.UINT));
  }

  public UInt sub(long constant) {
    return sub(new UInt(constantLike(BigInteger.valueOf(constant))));
  }

  public UInt and(UInt other) {
    return new UInt(binary(Expr.BinaryOp.AND, other, HwType.Kind.UINT));
  }

  public UInt or(UInt other) {
    return new UInt(binary(Expr.BinaryOp.OR, other, HwType.Kind.UINT));
  }

  public UInt xor(UInt other) {
    return new UInt(binary(Expr.BinaryOp.XOR, other, HwType.Kind.UINT));
  }

  public UInt not() {
    return new UInt(unaryNot());
  }

  public Bool lt(UInt other) {
    return new Bool(binary(Expr.BinaryOp.LT, other, HwType.Kind.BOOL));
  }

  public Bool le(UInt other) {
    return new Bool(binary(Expr.BinaryOp.LE, other, HwType.Kind.BOOL));
  }

  public Bool gt(UInt other) {
    return new Bool(binary(Expr.BinaryOp.GT, other, HwType.Kind.BOOL));
  }

  public Bool ge(UInt other) {
    return new Bool(binary(Expr.BinaryOp.GE, other, HwType.Kind.BOOL));
  }

  public Bool lt(long constant) {
    return lt(new UInt(constantLike(BigInteger.valueOf(constant))));
  }

  public Bool ge(long constant) {
    return ge(new UInt(constantLike(BigInteger.valueOf(constant))));
  }

  /** Bits {@code high} down to {@code low}, both included. */
  public UInt slice(int high, int low) {
    return slice(Width.of(high), Width.of(low));
  }

  public UInt slice(Width high, Width low) {
    return new UInt(sliceExpr(high, low, HwType.Kind.UINT));
  }

  /** Zero-extended or truncated to {@code width}. */
  public UInt resize(Width width) {
    return new UInt(zeroExtendOrTruncate(width));
  }

  public UInt resize(int width) {
    return resize(Width.of(width));
  }

  public UInt shl(int amount) {
    return new UInt(new Expr.Shift(true, expr(), amount));
  }

  public UInt shr(int amount) {
    return new UInt(new Expr.Shift(false, expr(), amount));
  }

  public UInt shl(UInt amount) {
    return new UInt(binary(Expr.BinaryOp.SHL, amount, HwType.Kind.UINT));
  }

  public UInt shr(UInt amount) {
    return new UInt(binary(Expr.BinaryOp.SHR, amount, HwType.Kind.UINT));
  }
}
