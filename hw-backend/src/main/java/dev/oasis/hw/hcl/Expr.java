package dev.oasis.hw.hcl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The expression tree behind every {@link Value}. Nodes record the kind and width of their result;
 * operators whose operands must have equal widths record them as given, and the design-rule check
 * reports a mismatch (construction never throws for it, so that all mismatches are reported
 * together).
 *
 * <p>Backends read the tree; user code builds it through the value classes.
 */
public sealed interface Expr {

  /** The kind of the result. */
  HwType.Kind kind();

  /** The width of the result. */
  Width width();

  /** Operators with one operand. */
  enum UnaryOp {
    /** Bitwise (or, on a {@code Bool}, logical) complement. */
    NOT,
    /** OR of all bits, a {@code Bool}. */
    OR_REDUCE,
    /** AND of all bits, a {@code Bool}. */
    AND_REDUCE,
    /** XOR of all bits, a {@code Bool}. */
    XOR_REDUCE
  }

  /** Operators with two operands. */
  enum BinaryOp {
    ADD,
    SUB,
    AND,
    OR,
    XOR,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    /** Shift left by a variable amount; the amount's width is free. */
    SHL,
    /** Logical shift right by a variable amount; the amount's width is free. */
    SHR;

    /** Whether both operands must have the same width. */
    public boolean operandsMatch() {
      return this != SHL && this != SHR;
    }

    /** Whether the result is a {@code Bool}. */
    public boolean isComparison() {
      return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }
  }

  /** A read of a signal: a port, a wire, or the current value of a register. */
  record Ref(Signal signal) implements Expr {
    @Override
    public HwType.Kind kind() {
      return signal.type().kind();
    }

    @Override
    public Width width() {
      return signal.type().width();
    }
  }

  /** A constant. */
  record Literal(BigInteger value, HwType.Kind kind, Width width) implements Expr {}

  /** A unary operator. */
  record Unary(UnaryOp op, Expr operand, HwType.Kind kind, Width width) implements Expr {}

  /** A binary operator. */
  record Binary(BinaryOp op, Expr left, Expr right, HwType.Kind kind, Width width)
      implements Expr {}

  /** A shift by a constant number of bits; bits shifted in are zero. */
  record Shift(boolean left, Expr operand, int amount) implements Expr {
    @Override
    public HwType.Kind kind() {
      return operand.kind();
    }

    @Override
    public Width width() {
      return operand.width();
    }
  }

  /** {@code condition ? whenTrue : whenFalse}. */
  record Mux(Expr condition, Expr whenTrue, Expr whenFalse, HwType.Kind kind, Width width)
      implements Expr {}

  /** Bits {@code high} down to {@code low} of a signal. */
  record Slice(Ref base, Width high, Width low, HwType.Kind kind) implements Expr {
    @Override
    public Width width() {
      return high.minus(low).plus(1);
    }
  }

  /** The parts side by side, the first one in the most significant bits. */
  record Concat(List<Expr> parts, HwType.Kind kind, Width width) implements Expr {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** The operand widened with zeros in the most significant bits. */
  record ZeroExtend(Expr operand, Width width, HwType.Kind kind) implements Expr {}

  /** An asynchronous (combinational) read of a memory word. */
  record MemRead(Mem mem, Expr address) implements Expr {
    @Override
    public HwType.Kind kind() {
      return mem.wordType().kind();
    }

    @Override
    public Width width() {
      return mem.wordType().width();
    }
  }

  /** The direct operands of an expression. */
  static List<Expr> operands(Expr e) {
    if (e instanceof Unary u) {
      return List.of(u.operand());
    } else if (e instanceof Binary b) {
      return List.of(b.left(), b.right());
    } else if (e instanceof Shift s) {
      return List.of(s.operand());
    } else if (e instanceof Mux m) {
      return List.of(m.condition(), m.whenTrue(), m.whenFalse());
    } else if (e instanceof Slice s) {
      return List.of(s.base());
    } else if (e instanceof Concat c) {
      return c.parts();
    } else if (e instanceof ZeroExtend z) {
      return List.of(z.operand());
    } else if (e instanceof MemRead r) {
      return List.of(r.address());
    }
    return List.of();
  }

  /** Visits {@code e} and every expression below it, parents first. */
  static void walk(Expr e, Consumer<Expr> visitor) {
    visitor.accept(e);
    for (Expr operand : operands(e)) {
      walk(operand, visitor);
    }
  }

  /** The signals an expression reads, in the order met, with repeats. */
  static List<Signal> signalsRead(Expr e) {
    List<Signal> out = new ArrayList<>();
    walk(
        e,
        x -> {
          if (x instanceof Ref r) {
            out.add(r.signal());
          }
        });
    return out;
  }

  /** The memories an expression reads asynchronously. */
  static List<Mem> memoriesRead(Expr e) {
    List<Mem> out = new ArrayList<>();
    walk(
        e,
        x -> {
          if (x instanceof MemRead r) {
            out.add(r.mem());
          }
        });
    return out;
  }
}
