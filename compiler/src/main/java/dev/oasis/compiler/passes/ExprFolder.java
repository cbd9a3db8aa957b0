package dev.oasis.compiler.passes;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Expr.BinaryOp;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Evaluates constant IR expressions with the language's arithmetic ({@code bit<N>} modulo 2^N,
 * shifts by N or more give 0, division only by powers of two) and simplifies operations with a
 * neutral or absorbing constant operand ({@code x + 0}, {@code x * 1}, {@code x & 0}, {@code true
 * && x}). An operand with an effect (a table apply or map call) is never dropped.
 *
 * <p>Used by {@link FoldConstants} and by the type checker to evaluate widths, sizes, indices and
 * entry values.
 */
public final class ExprFolder {
  private ExprFolder() {}

  /** {@code e} with every constant subexpression folded, bottom up. */
  public static Expr fold(Expr e) {
    return simplify(Exprs.mapChildren(e, ExprFolder::fold));
  }

  /** {@code e} folded at its root, assuming its children are already folded. */
  public static Expr simplify(Expr e) {
    if (e instanceof Expr.Unary u) {
      return unary(u);
    } else if (e instanceof Expr.Binary b) {
      return binary(b);
    } else if (e instanceof Expr.Slice s) {
      if (s.operand() instanceof Expr.Const c) {
        return constant(c.value().shiftRight(s.lo()).and(mask(s.hi() - s.lo() + 1)), s);
      }
      if (s.lo() == 0 && s.hi() + 1 == s.operand().type().width()) {
        return s.operand();
      }
    } else if (e instanceof Expr.Cast c) {
      return cast(c);
    } else if (e instanceof Expr.Conditional c) {
      if (c.condition() instanceof Expr.Const k) {
        return k.value().signum() != 0 ? c.then() : c.otherwise();
      }
    }
    return e;
  }

  /** 2^width - 1. */
  public static BigInteger mask(int width) {
    return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
  }

  /** The constant {@code value} of type {@code type} (bool: 0 or 1). */
  public static Expr.Const constant(BigInteger value, Type type, Span span) {
    return new Expr.Const(value, type, span);
  }

  private static Expr.Const constant(BigInteger value, Expr at) {
    return new Expr.Const(value, at.type(), at.span());
  }

  private static Expr.Const bool(boolean value, Span span) {
    return new Expr.Const(value ? BigInteger.ONE : BigInteger.ZERO, Type.BOOL, span);
  }

  private static Expr unary(Expr.Unary u) {
    Expr operand = u.operand();
    if (operand instanceof Expr.Const c) {
      BigInteger v = c.value();
      return switch (u.op()) {
        case NOT -> bool(v.signum() == 0, u.span());
        case COMPLEMENT -> constant(mask(u.type().width()).xor(v), u);
        case NEGATE -> constant(v.negate().and(mask(u.type().width())), u);
      };
    }
    if (operand instanceof Expr.Unary inner && inner.op() == u.op()) {
      return inner.operand();
    }
    return u;
  }

  private static Expr cast(Expr.Cast c) {
    Expr operand = c.operand();
    if (operand.type().equals(c.type())) {
      return operand;
    }
    if (operand instanceof Expr.Const k) {
      return constant(k.value().and(mask(c.type().width())), c);
    }
    if (operand instanceof Expr.Cast inner) {
      int outer = c.type().width();
      int middle = inner.type().width();
      int source = inner.operand().type().width();
      // Truncating twice, or extending twice, is one cast.
      if (middle >= outer || middle >= source) {
        return simplify(new Expr.Cast(inner.operand(), c.type(), c.span()));
      }
    }
    return c;
  }

  private static Expr binary(Expr.Binary b) {
    Expr l = b.left();
    Expr r = b.right();
    if (l instanceof Expr.Const lc && r instanceof Expr.Const rc) {
      Expr folded = both(b, lc.value(), rc.value());
      if (folded != null) {
        return folded;
      }
    }
    if (l instanceof Expr.BytesConst lb && r instanceof Expr.BytesConst rb) {
      boolean equal = Arrays.equals(lb.value(), rb.value());
      if (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE) {
        return bool(equal == (b.op() == BinaryOp.EQ), b.span());
      }
    }
    if (r instanceof Expr.Const rc) {
      Expr s = rightConstant(b, l, rc.value());
      if (s != null) {
        return s;
      }
    }
    if (l instanceof Expr.Const lc) {
      Expr s = leftConstant(b, lc.value(), r);
      if (s != null) {
        return s;
      }
    }
    return b;
  }

  /** Both operands constant; null if the operation cannot be folded (division by zero). */
  private static Expr both(Expr.Binary b, BigInteger l, BigInteger r) {
    int w = b.left().type() instanceof Type.Bit ? b.left().type().width() : 1;
    BigInteger m = mask(w);
    return switch (b.op()) {
      case ADD -> constant(l.add(r).and(m), b);
      case SUB -> constant(l.subtract(r).and(m), b);
      case MUL -> constant(l.multiply(r).and(m), b);
      case DIV -> r.signum() == 0 ? null : constant(l.divide(r), b);
      case MOD -> r.signum() == 0 ? null : constant(l.mod(r), b);
      case SHL ->
          constant(
              r.compareTo(BigInteger.valueOf(w)) >= 0
                  ? BigInteger.ZERO
                  : l.shiftLeft(r.intValueExact()).and(m),
              b);
      case SHR ->
          constant(
              r.compareTo(BigInteger.valueOf(w)) >= 0
                  ? BigInteger.ZERO
                  : l.shiftRight(r.intValueExact()),
              b);
      case BIT_AND -> constant(l.and(r), b);
      case BIT_OR -> constant(l.or(r), b);
      case BIT_XOR -> constant(l.xor(r), b);
      case CONCAT -> constant(l.shiftLeft(b.right().type().width()).or(r), b);
      case EQ -> bool(l.equals(r), b.span());
      case NE -> bool(!l.equals(r), b.span());
      case LT -> bool(l.compareTo(r) < 0, b.span());
      case LE -> bool(l.compareTo(r) <= 0, b.span());
      case GT -> bool(l.compareTo(r) > 0, b.span());
      case GE -> bool(l.compareTo(r) >= 0, b.span());
      case AND -> bool(l.signum() != 0 && r.signum() != 0, b.span());
      case OR -> bool(l.signum() != 0 || r.signum() != 0, b.span());
    };
  }

  /** {@code x op c}: neutral and absorbing right operands. */
  private static Expr rightConstant(Expr.Binary b, Expr x, BigInteger c) {
    boolean zero = c.signum() == 0;
    boolean one = c.equals(BigInteger.ONE);
    boolean pure = Exprs.isPure(x);
    switch (b.op()) {
      case ADD, SUB, BIT_OR, BIT_XOR, SHL, SHR:
        if (zero) {
          return x;
        }
        break;
      case MUL:
        if (one) {
          return x;
        }
        if (zero && pure) {
          return constant(BigInteger.ZERO, b);
        }
        break;
      case DIV:
        if (one) {
          return x;
        }
        break;
      case MOD:
        if (one && pure) {
          return constant(BigInteger.ZERO, b);
        }
        break;
      case BIT_AND:
        if (c.equals(mask(b.type().width()))) {
          return x;
        }
        if (zero && pure) {
          return constant(BigInteger.ZERO, b);
        }
        break;
      case AND:
        if (!zero) {
          return x;
        }
        if (pure) {
          return bool(false, b.span());
        }
        break;
      case OR:
        if (zero) {
          return x;
        }
        if (pure) {
          return bool(true, b.span());
        }
        break;
      case EQ, NE:
        if (x.type() instanceof Type.Bool) {
          // b == true, b != false: b; b == false, b != true: !b
          boolean same = !zero == (b.op() == BinaryOp.EQ);
          return same ? x : new Expr.Unary(Expr.UnaryOp.NOT, x, Type.BOOL, b.span());
        }
        break;
      default:
        break;
    }
    if ((b.op() == BinaryOp.SHL || b.op() == BinaryOp.SHR)
        && pure
        && c.compareTo(BigInteger.valueOf(b.type().width())) >= 0) {
      return constant(BigInteger.ZERO, b);
    }
    return null;
  }

  /** {@code c op x}: neutral and absorbing left operands (short-circuit for && and ||). */
  private static Expr leftConstant(Expr.Binary b, BigInteger c, Expr x) {
    boolean zero = c.signum() == 0;
    boolean pure = Exprs.isPure(x);
    switch (b.op()) {
      case ADD, BIT_OR, BIT_XOR:
        if (zero) {
          return x;
        }
        break;
      case MUL:
        if (c.equals(BigInteger.ONE)) {
          return x;
        }
        if (zero && pure) {
          return constant(BigInteger.ZERO, b);
        }
        break;
      case BIT_AND:
        if (c.equals(mask(b.type().width()))) {
          return x;
        }
        if (zero && pure) {
          return constant(BigInteger.ZERO, b);
        }
        break;
      case SHL, SHR:
        if (zero && pure) {
          return constant(BigInteger.ZERO, b);
        }
        break;
      case AND:
        // false && x never evaluates x.
        return zero ? bool(false, b.span()) : x;
      case OR:
        return zero ? x : bool(true, b.span());
      case EQ, NE:
        if (x.type() instanceof Type.Bool) {
          boolean same = !zero == (b.op() == BinaryOp.EQ);
          return same ? x : new Expr.Unary(Expr.UnaryOp.NOT, x, Type.BOOL, b.span());
        }
        break;
      default:
        break;
    }
    return null;
  }
}
