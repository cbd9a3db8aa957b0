package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Expr;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * A small evaluator of the expressions a parser uses (select subjects, assignments and variable
 * field lengths), written apart from the interpreter so that it can serve as an oracle. Values are
 * {@link BigInteger}s (bools are 0 or 1) or {@code byte[]} for byte strings. An expression it does
 * not model throws {@link Unsupported}.
 */
final class ModelEval {

  /** An expression outside the modelled subset. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** Reads the leaves of an expression: references, lookahead and intrinsic values. */
  interface Leaves {
    Object read(Expr leaf);
  }

  private ModelEval() {}

  static BigInteger mask(int width) {
    return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
  }

  static BigInteger bits(Expr e, Leaves leaves) {
    Object v = eval(e, leaves);
    if (v instanceof BigInteger b) {
      return b;
    }
    throw new Unsupported("byte string where a number was expected");
  }

  static Object eval(Expr e, Leaves leaves) {
    if (e instanceof Expr.Const c) {
      return c.value();
    }
    if (e instanceof Expr.BytesConst b) {
      return b.value();
    }
    if (e instanceof Expr.Cast c) {
      return bits(c.operand(), leaves).and(mask(c.type().width()));
    }
    if (e instanceof Expr.Slice s) {
      return bits(s.operand(), leaves).shiftRight(s.lo()).and(mask(s.hi() - s.lo() + 1));
    }
    if (e instanceof Expr.Unary u) {
      BigInteger v = bits(u.operand(), leaves);
      return switch (u.op()) {
        case NOT -> v.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
        case COMPLEMENT -> v.xor(mask(u.type().width()));
        case NEGATE -> v.negate().and(mask(u.type().width()));
      };
    }
    if (e instanceof Expr.Conditional c) {
      return bits(c.condition(), leaves).signum() != 0
          ? eval(c.then(), leaves)
          : eval(c.otherwise(), leaves);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b, leaves);
    }
    return leaves.read(e);
  }

  private static Object binary(Expr.Binary b, Leaves leaves) {
    if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
      boolean left = bits(b.left(), leaves).signum() != 0;
      if (b.op() == Expr.BinaryOp.AND ? !left : left) {
        return left ? BigInteger.ONE : BigInteger.ZERO;
      }
      return bits(b.right(), leaves).signum() != 0 ? BigInteger.ONE : BigInteger.ZERO;
    }
    Object lo = eval(b.left(), leaves);
    Object ro = eval(b.right(), leaves);
    if (lo instanceof byte[] lb && ro instanceof byte[] rb) {
      boolean eq = java.util.Arrays.equals(lb, rb);
      return switch (b.op()) {
        case EQ -> eq ? BigInteger.ONE : BigInteger.ZERO;
        case NE -> eq ? BigInteger.ZERO : BigInteger.ONE;
        default -> throw new Unsupported("operator " + b.op() + " on byte strings");
      };
    }
    if (!(lo instanceof BigInteger l) || !(ro instanceof BigInteger r)) {
      throw new Unsupported("mixed operands of " + b.op());
    }
    int width = b.op() == Expr.BinaryOp.CONCAT ? 0 : b.left().type().width();
    Function<BigInteger, BigInteger> wrap = v -> v.and(mask(width));
    return switch (b.op()) {
      case ADD -> wrap.apply(l.add(r));
      case SUB -> wrap.apply(l.subtract(r));
      case MUL -> wrap.apply(l.multiply(r));
      case DIV -> l.divide(r);
      case MOD -> l.mod(r);
      case SHL ->
          r.compareTo(BigInteger.valueOf(width)) >= 0
              ? BigInteger.ZERO
              : wrap.apply(l.shiftLeft(r.intValue()));
      case SHR ->
          r.compareTo(BigInteger.valueOf(width)) >= 0
              ? BigInteger.ZERO
              : l.shiftRight(r.intValue());
      case BIT_AND -> l.and(r);
      case BIT_OR -> l.or(r);
      case BIT_XOR -> l.xor(r);
      case CONCAT -> l.shiftLeft(b.right().type().width()).or(r);
      case EQ -> bool(l.equals(r));
      case NE -> bool(!l.equals(r));
      case LT -> bool(l.compareTo(r) < 0);
      case LE -> bool(l.compareTo(r) <= 0);
      case GT -> bool(l.compareTo(r) > 0);
      case GE -> bool(l.compareTo(r) >= 0);
      case AND, OR -> throw new IllegalStateException("handled above");
    };
  }

  private static BigInteger bool(boolean b) {
    return b ? BigInteger.ONE : BigInteger.ZERO;
  }

  /** The field a subject reads directly, through slices and casts, or null. */
  static Expr.FieldRef baseField(Expr e) {
    return base(e) instanceof Expr.FieldRef f && !f.field().isVariable() ? f : null;
  }

  /** What a chain of slices and casts reads at its bottom. */
  static Expr base(Expr e) {
    Expr x = e;
    while (x instanceof Expr.Slice || x instanceof Expr.Cast) {
      x = x instanceof Expr.Slice s ? s.operand() : ((Expr.Cast) x).operand();
    }
    return x;
  }

  /**
   * The value of the base field that makes {@code subject} read {@code wanted}, keeping the other
   * bits of {@code current}; null when no value does.
   */
  static BigInteger solve(Expr subject, BigInteger wanted, BigInteger current) {
    if (subject instanceof Expr.FieldRef
        || subject instanceof Expr.LocalRef
        || subject instanceof Expr.MetaRef) {
      return wanted.bitLength() <= subject.type().width() ? wanted : null;
    }
    if (subject instanceof Expr.Slice s) {
      BigInteger inner = innerValue(s.operand(), current);
      BigInteger sliceMask = mask(s.hi() - s.lo() + 1).shiftLeft(s.lo());
      BigInteger next = inner.andNot(sliceMask).or(wanted.shiftLeft(s.lo()).and(sliceMask));
      return solve(s.operand(), next, current);
    }
    if (subject instanceof Expr.Cast c) {
      int from = c.operand().type().width();
      int to = c.type().width();
      if (to >= from) {
        return wanted.bitLength() <= from ? solve(c.operand(), wanted, current) : null;
      }
      BigInteger inner = innerValue(c.operand(), current);
      return solve(c.operand(), inner.andNot(mask(to)).or(wanted), current);
    }
    return null;
  }

  /** The value of a slice/cast chain's operand given the base field's value. */
  static BigInteger innerValue(Expr e, BigInteger base) {
    if (e instanceof Expr.FieldRef || e instanceof Expr.LocalRef || e instanceof Expr.MetaRef) {
      return base;
    }
    if (e instanceof Expr.Slice s) {
      return innerValue(s.operand(), base).shiftRight(s.lo()).and(mask(s.hi() - s.lo() + 1));
    }
    if (e instanceof Expr.Cast c) {
      return innerValue(c.operand(), base).and(mask(c.type().width()));
    }
    throw new Unsupported("not a field chain");
  }
}
