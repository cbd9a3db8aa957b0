package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Type;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates IR expressions into Java, mirroring the interpreter's evaluator value for value.
 *
 * <p>A {@code bit<N>} value of up to 64 bits is a {@code long} below {@code 2^N} (every operation
 * masks its result), a bool a {@code boolean}; wider values go to {@link WideGen}; byte strings and
 * built-in calls to {@link CallGen}. An expression becomes a Java expression when it can, and
 * writes the statements it needs first (temporaries, checks) into the {@link Code} it is given.
 *
 * <p>Order of evaluation is the interpreter's, left to right: when an operand needs statements, the
 * operands before it that could still change are first copied into temporaries ({@link #inOrder});
 * the right side of {@code &&}, {@code ||} and both sides of {@code ?:} run only when the
 * interpreter would run them.
 *
 * <p>Inside the length expression of a variable field ({@link #forLength}) arithmetic is done in
 * {@code max(32, N)} bits, as the interpreter does, and fields are read from the extraction scratch
 * region.
 */
final class ExprGen {
  private static final int LENGTH_WIDTH = 32;

  final GenContext ctx;
  final WideGen wide;
  final CallGen calls;
  private final boolean inParser;
  private final HeaderLayout.TypeLayout lengthType;

  ExprGen(GenContext ctx, boolean inParser) {
    this(ctx, inParser, null);
  }

  private ExprGen(GenContext ctx, boolean inParser, HeaderLayout.TypeLayout lengthType) {
    this.ctx = ctx;
    this.inParser = inParser;
    this.lengthType = lengthType;
    this.wide = new WideGen(this);
    this.calls = new CallGen(this);
  }

  /** An evaluator for the length expressions of {@code type}'s variable fields. */
  static ExprGen forLength(GenContext ctx, HeaderLayout.TypeLayout type) {
    return new ExprGen(ctx, true, type);
  }

  boolean lengthMode() {
    return lengthType != null;
  }

  boolean inParser() {
    return inParser;
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch

  /** Any expression, as the operand its type calls for. */
  Operand eval(Expr e, Code out) {
    Type t = e.type();
    if (t instanceof Type.Bytes) {
      return calls.bytes(e, out);
    }
    if (t instanceof Type.Bit b && b.width() > 64) {
      GenContext.checkWidth(t, "this expression", e.span());
      if (lengthMode()) {
        throw GenContext.unsupported("a length expression wider than 64 bits", e.span());
      }
      return wide.eval(e, out);
    }
    return narrow(e, out);
  }

  /** A {@code bit<N <= 64>} or bool expression. */
  Val narrow(Expr e, Code out) {
    if (e instanceof Expr.Const c) {
      boolean bool = c.type() instanceof Type.Bool;
      return Val.stable(
          bool ? (c.value().signum() != 0 ? "true" : "false") : Literals.lo(c.value()), bool);
    } else if (e instanceof Expr.LocalRef l) {
      return Val.stable(Names.local(l.local().id(), l.local().name()), isBool(e));
    } else if (e instanceof Expr.ParamRef p) {
      return Val.stable(Names.param(p.param().index(), p.param().name()), isBool(e));
    } else if (e instanceof Expr.MetaRef m) {
      return Val.of(ctx.meta(m.field()), isBool(e));
    } else if (e instanceof Expr.IntrinsicRef i) {
      return Val.stable(intrinsic(i.intrinsic()), false);
    } else if (e instanceof Expr.FieldRef f) {
      return field(f, out);
    } else if (e instanceof Expr.IsValid v) {
      return isValid(v.header());
    } else if (e instanceof Expr.Unary u) {
      return unary(u, out);
    } else if (e instanceof Expr.Binary b) {
      return binary(b, out);
    } else if (e instanceof Expr.Slice s) {
      return slice(s, out);
    } else if (e instanceof Expr.Cast c) {
      return cast(c, out);
    } else if (e instanceof Expr.Conditional c) {
      return conditional(c, out);
    } else if (e instanceof Expr.Lookahead l) {
      return lookahead(l, out);
    }
    return calls.narrow(e, out);
  }

  /** A bool expression. */
  Val bool(Expr e, Code out) {
    return narrow(e, out);
  }

  static boolean isBool(Expr e) {
    return e.type() instanceof Type.Bool;
  }

  /**
   * Evaluates {@code exprs} left to right. When one needs statements, the values before it that
   * could change are copied into temporaries first, so every operand sees the state the interpreter
   * would show it.
   */
  List<Operand> inOrder(List<Expr> exprs, Code out) {
    List<Operand> values = new ArrayList<>();
    for (Expr e : exprs) {
      Code sub = new Code();
      Operand v = eval(e, sub);
      if (!sub.isEmpty()) {
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i) instanceof Val val && !val.stable()) {
            values.set(i, spill(val, out));
          }
        }
        out.append(sub);
      }
      values.add(v);
    }
    return values;
  }

  /** The value in a temporary (unless it is already stable). */
  Val spill(Val v, Code out) {
    if (v.stable()) {
      return v;
    }
    String t = ctx.temp();
    out.line(v.javaType() + " " + t + " = " + v.code() + ";");
    return Val.stable(t, v.bool());
  }

  private static Val combine(String code, boolean bool, Val... parts) {
    boolean stable = true;
    boolean effects = false;
    for (Val p : parts) {
      stable &= p.stable();
      effects |= p.effects();
    }
    return new Val(code, bool, stable, effects);
  }

  // ---------------------------------------------------------------------------------------------
  // Leaves

  private static String intrinsic(Expr.Intrinsic i) {
    return switch (i) {
      case INGRESS_PORT -> "((long) ingressPort)";
      case LENGTH -> "((long) (length & 0xffff))";
      case TIMESTAMP -> "timestamp";
      case PARSE_ERROR -> "((long) parseError)";
    };
  }

  /** Where a header reference points (see {@link HeaderRefs#element}). */
  HeaderRefs.Elem element(Expr.HeaderRef ref, Code out) {
    return HeaderRefs.element(ctx, ref, out);
  }

  private Val field(Expr.FieldRef f, Code out) {
    return HeaderRefs.read(this, f, lengthType, out);
  }

  private Val isValid(Expr.HeaderRef ref) {
    return HeaderRefs.isValid(ctx, ref);
  }

  private Val lookahead(Expr.Lookahead l, Code out) {
    if (!inParser) {
      throw new IllegalStateException("lookahead outside the parser");
    }
    out.line("if (!available(" + l.width() + ")) {");
    out.line("  return 1; // PacketTooShort");
    out.line("}");
    return Val.of("Bits.get(frame, position * 8, " + l.width() + ")", false);
  }

  // ---------------------------------------------------------------------------------------------
  // Operators

  /** The width arithmetic is done in: the type's, or at least 32 bits in a length expression. */
  int opWidth(Type t) {
    return lengthMode() ? Math.max(LENGTH_WIDTH, t.width()) : t.width();
  }

  private Val unary(Expr.Unary u, Code out) {
    Val v = narrow(u.operand(), out);
    return switch (u.op()) {
      case NOT -> combine("(!" + v.code() + ")", true, v);
      case COMPLEMENT -> combine(JavaText.mask("~" + v.code(), opWidth(u.type())), false, v);
      case NEGATE -> combine(JavaText.mask("-" + v.code(), opWidth(u.type())), false, v);
    };
  }

  private Val binary(Expr.Binary b, Code out) {
    switch (b.op()) {
      case AND:
      case OR:
        return shortCircuit(b, out);
      case EQ:
      case NE:
        return calls.equality(b, out);
      default:
        break;
    }
    List<Operand> ops = inOrder(List.of(b.left(), b.right()), out);
    if (ops.get(0) instanceof WideVal lw) {
      // A comparison of wide values (other wide operators give wide results: WideGen).
      return wide.compare(b.op(), lw, wide.asWide(ops.get(1), out));
    }
    Val l = (Val) ops.get(0);
    Operand right = ops.get(1);
    int w = opWidth(b.left().type());
    if (b.op() == Expr.BinaryOp.SHL || b.op() == Expr.BinaryOp.SHR) {
      return shift(b, l, right, w, out);
    }
    Val r = (Val) right;
    String a = l.code();
    String c = r.code();
    boolean unsigned64 = w >= 64 || lengthMode();
    return switch (b.op()) {
      case ADD -> combine(JavaText.mask(a + " + " + c, w), false, l, r);
      case SUB -> combine(JavaText.mask(a + " - " + c, w), false, l, r);
      case MUL -> combine(JavaText.mask(a + " * " + c, w), false, l, r);
      case DIV -> divide(b, l, r, w, false);
      case MOD -> divide(b, l, r, w, true);
      case BIT_AND -> combine("(" + a + " & " + c + ")", false, l, r);
      case BIT_OR -> combine("(" + a + " | " + c + ")", false, l, r);
      case BIT_XOR -> combine("(" + a + " ^ " + c + ")", false, l, r);
      case CONCAT -> concat(b, l, r);
      case LT -> combine(compare(a, c, "<", unsigned64), true, l, r);
      case LE -> combine(compare(a, c, "<=", unsigned64), true, l, r);
      case GT -> combine(compare(a, c, ">", unsigned64), true, l, r);
      case GE -> combine(compare(a, c, ">=", unsigned64), true, l, r);
      default -> throw new IllegalStateException("unhandled operator " + b.op());
    };
  }

  private static String compare(String a, String b, String op, boolean unsigned64) {
    if (unsigned64) {
      return "(Long.compareUnsigned(" + a + ", " + b + ") " + op + " 0)";
    }
    return "(" + a + " " + op + " " + b + ")";
  }

  private Val concat(Expr.Binary b, Val l, Val r) {
    int rightWidth = b.right().type().width();
    if (lengthMode() && opWidth(b.left().type()) + rightWidth > 64) {
      throw GenContext.unsupported("a concatenation in a length expression", b.span());
    }
    return combine("((" + l.code() + " << " + rightWidth + ") | " + r.code() + ")", false, l, r);
  }

  /** Division and remainder: by a constant power of two a shift or a mask. */
  private Val divide(Expr.Binary b, Val l, Val r, int w, boolean remainder) {
    if (b.right() instanceof Expr.Const c && c.value().bitCount() == 1) {
      int k = c.value().getLowestSetBit();
      if (remainder) {
        return combine(JavaText.mask(l.code(), Math.min(k, w)), false, l);
      }
      return combine(k == 0 ? l.code() : "(" + l.code() + " >>> " + k + ")", false, l);
    }
    String fn = remainder ? "Ops.mod" : "Ops.div";
    return combine(JavaText.mask(fn + "(" + l.code() + ", " + r.code() + ")", w), false, l, r);
  }

  private Val shift(Expr.Binary b, Val l, Operand right, int w, Code out) {
    boolean left = b.op() == Expr.BinaryOp.SHL;
    if (b.right() instanceof Expr.Const c) {
      if (c.value().compareTo(java.math.BigInteger.valueOf(w)) >= 0) {
        if (l.effects()) {
          out.line(l.javaType() + " " + ctx.temp() + " = " + l.code() + ";");
        }
        return Val.stable("0L", false);
      }
      int n = c.value().intValue();
      if (n == 0) {
        return l;
      }
      return left
          ? combine(JavaText.mask("(" + l.code() + " << " + n + ")", w), false, l)
          : combine("(" + l.code() + " >>> " + n + ")", false, l);
    }
    Val amount;
    if (right instanceof WideVal rw) {
      amount = Val.stable("Wide.amount(" + rw.hi() + ", " + rw.lo() + ")", false);
    } else {
      amount = (Val) right;
    }
    String fn = left ? "Ops.shl" : "Ops.shr";
    return combine(fn + "(" + l.code() + ", " + amount.code() + ", " + w + ")", false, l, amount);
  }

  private Val shortCircuit(Expr.Binary b, Code out) {
    boolean and = b.op() == Expr.BinaryOp.AND;
    Val l = bool(b.left(), out);
    Code sub = new Code();
    Val r = bool(b.right(), sub);
    if (sub.isEmpty()) {
      return combine("(" + l.code() + (and ? " && " : " || ") + r.code() + ")", true, l, r);
    }
    String t = ctx.temp();
    out.line("boolean " + t + " = " + l.code() + ";");
    out.open("if (" + (and ? t : "!" + t) + ")");
    out.append(sub);
    out.line(t + " = " + r.code() + ";");
    out.close();
    return Val.stable(t, true);
  }

  private Val slice(Expr.Slice s, Code out) {
    int width = s.hi() - s.lo() + 1;
    if (s.operand().type().width() > 64) {
      return wide.sliceNarrow(s, out);
    }
    Val v = narrow(s.operand(), out);
    String shifted = s.lo() == 0 ? v.code() : "(" + v.code() + " >>> " + s.lo() + ")";
    return combine(JavaText.mask(shifted, width), false, v);
  }

  private Val cast(Expr.Cast c, Code out) {
    if (c.type() instanceof Type.Bool) {
      Operand v = eval(c.operand(), out);
      if (v instanceof WideVal w) {
        return Val.stable("(" + w.hi() + " != 0 || " + w.lo() + " != 0)", true);
      }
      Val n = (Val) v;
      return combine(n.bool() ? n.code() : "(" + n.code() + " != 0)", true, n);
    }
    int to = c.type().width();
    Operand v = eval(c.operand(), out);
    if (v instanceof WideVal w) {
      return Val.stable(JavaText.mask(w.lo(), to), false);
    }
    Val n = (Val) v;
    if (n.bool()) {
      return combine("(" + n.code() + " ? 1L : 0L)", false, n);
    }
    int from = c.operand().type().width();
    // In a length expression a value can exceed its type's width: always truncate there.
    return to >= from && !lengthMode() ? n : combine(JavaText.mask(n.code(), to), false, n);
  }

  private Val conditional(Expr.Conditional c, Code out) {
    Val cond = bool(c.condition(), out);
    Code thenCode = new Code();
    Val a = narrow(c.then(), thenCode);
    Code elseCode = new Code();
    Val b = narrow(c.otherwise(), elseCode);
    if (thenCode.isEmpty() && elseCode.isEmpty()) {
      return combine(
          "(" + cond.code() + " ? " + a.code() + " : " + b.code() + ")", a.bool(), cond, a, b);
    }
    String t = ctx.temp();
    out.line(a.javaType() + " " + t + ";");
    out.open("if (" + cond.code() + ")");
    out.append(thenCode);
    out.line(t + " = " + a.code() + ";");
    out.reopen("else");
    out.append(elseCode);
    out.line(t + " = " + b.code() + ";");
    out.close();
    return Val.stable(t, a.bool());
  }

  /** A narrow operand as a stable wide one (hi 0). */
  WideVal widen(Val v, Code out) {
    Val s = spill(v, out);
    return new WideVal("0L", s.bool() ? "(" + s.code() + " ? 1L : 0L)" : s.code());
  }
}
