package dev.oasis.hw.hcl;

import java.util.function.Function;

/**
 * The hardware type of a signal: a kind ({@link Bool}, {@link Bits} or {@link UInt}) and a width.
 * Used to declare signals ({@code reg("count", uint(32))}) and to wrap expressions in the typed
 * value classes.
 *
 * @param <V> the value class of this type
 */
public final class HwType<V extends Value> {

  /** The three kinds of values. */
  public enum Kind {
    BOOL,
    BITS,
    UINT
  }

  private final Kind kind;
  private final Width width;
  private final Function<Expr, V> wrapper;

  private HwType(Kind kind, Width width, Function<Expr, V> wrapper) {
    if (width.value() < 1) {
      throw new IllegalArgumentException("width " + width + " is not at least 1 bit");
    }
    this.kind = kind;
    this.width = width;
    this.wrapper = wrapper;
  }

  /** A single bit used as a condition. */
  public static HwType<Bool> bool() {
    return new HwType<>(Kind.BOOL, Width.of(1), Bool::new);
  }

  /** A bit vector without arithmetic. */
  public static HwType<Bits> bits(Width width) {
    return new HwType<>(Kind.BITS, width, Bits::new);
  }

  public static HwType<Bits> bits(int width) {
    return bits(Width.of(width));
  }

  /** An unsigned number, arithmetic modulo 2^width. */
  public static HwType<UInt> uint(Width width) {
    return new HwType<>(Kind.UINT, width, UInt::new);
  }

  public static HwType<UInt> uint(int width) {
    return uint(Width.of(width));
  }

  /** The type of the given kind and width, typed as a plain {@link Value}. */
  public static HwType<? extends Value> of(Kind kind, Width width) {
    return switch (kind) {
      case BOOL -> bool();
      case BITS -> bits(width);
      case UINT -> uint(width);
    };
  }

  public Kind kind() {
    return kind;
  }

  public Width width() {
    return width;
  }

  /** The typed value of an expression of this type. */
  V wrap(Expr expr) {
    return wrapper.apply(expr);
  }

  /** This type with parameters replaced (see {@link Width#substitute}). */
  HwType<V> substitute(java.util.Map<Parameter, Width> bindings) {
    return new HwType<>(kind, width.substitute(bindings), wrapper);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case BOOL -> "Bool";
      case BITS -> "Bits(" + width + ")";
      case UINT -> "UInt(" + width + ")";
    };
  }
}
