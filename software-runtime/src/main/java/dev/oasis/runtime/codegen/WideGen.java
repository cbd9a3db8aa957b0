package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Type;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import dev.oasis.runtime.pipeline.Bits;
import java.util.List;

/**
 * Values of 65 to 128 bits as two longs: every operation writes its result into a pair of
 * temporaries, {@code tN} for the hi half and {@code tN + 1} for the lo half, with the helpers of
 * {@link dev.oasis.runtime.pipeline.Wide} where Java has no operator (carries, unsigned products,
 * shifts across the halves).
 */
final class WideGen {
  private final ExprGen gen;
  private final GenContext ctx;

  WideGen(ExprGen gen) {
    this.gen = gen;
    this.ctx = gen.ctx;
  }

  /** Mask of the hi half of a {@code bit<width>}. */
  private static String hiMask(int width) {
    return Literals.hex(Bits.mask(width - 64));
  }

  private static String maskHi(String code, int width) {
    return width - 64 >= 64 ? code : "(" + code + ") & " + hiMask(width);
  }

  /** Declares a pair of temporaries; returns them. */
  private WideVal pair(Code out, String hi, String lo) {
    String h = ctx.temp();
    String l = ctx.temp();
    out.line("long " + h + " = " + hi + ";");
    out.line("long " + l + " = " + lo + ";");
    return new WideVal(h, l);
  }

  /** A wide operand from any bit operand (narrow ones get hi 0). */
  WideVal asWide(Operand o, Code out) {
    return o instanceof WideVal w ? w : gen.widen((Val) o, out);
  }

  WideVal eval(Expr e, Code out) {
    int width = e.type().width();
    if (e instanceof Expr.Const c) {
      return new WideVal(Literals.hi(c.value()), Literals.lo(c.value()));
    } else if (e instanceof Expr.LocalRef l) {
      String n = Names.local(l.local().id(), l.local().name());
      return new WideVal(n + "_hi", n + "_lo");
    } else if (e instanceof Expr.ParamRef p) {
      String n = Names.param(p.param().index(), p.param().name());
      return new WideVal(n + "_hi", n + "_lo");
    } else if (e instanceof Expr.MetaRef m) {
      String n = ctx.meta(m.field());
      return pair(out, n + "_hi", n + "_lo");
    } else if (e instanceof Expr.FieldRef f) {
      return field(f, out);
    } else if (e instanceof Expr.Unary u) {
      WideVal v = eval(u.operand(), out);
      if (u.op() == Expr.UnaryOp.COMPLEMENT) {
        return pair(out, maskHi("~" + v.hi(), width), "~" + v.lo());
      }
      return pair(
          out, maskHi("-" + v.hi() + " - (" + v.lo() + " != 0 ? 1 : 0)", width), "-" + v.lo());
    } else if (e instanceof Expr.Binary b) {
      return binary(b, out);
    } else if (e instanceof Expr.Slice s) {
      WideVal v = eval(s.operand(), out);
      return shiftRight(v, s.lo(), s.hi() - s.lo() + 1, out);
    } else if (e instanceof Expr.Cast c) {
      Operand v = gen.eval(c.operand(), out);
      if (v instanceof Val n) {
        return gen.widen(n, out);
      }
      WideVal w = (WideVal) v;
      return c.operand().type().width() <= width ? w : pair(out, maskHi(w.hi(), width), w.lo());
    } else if (e instanceof Expr.Conditional c) {
      return conditional(c, out);
    } else if (e instanceof Expr.Lookahead l) {
      out.line("if (!available(" + l.width() + ")) {");
      out.line("  return 1; // PacketTooShort");
      out.line("}");
      return pair(
          out,
          "Bits.get(frame, position * 8, " + (width - 64) + ")",
          "Bits.get(frame, position * 8 + " + (width - 64) + ", 64)");
    }
    return gen.calls.wide(e, out);
  }

  private WideVal field(Expr.FieldRef f, Code out) {
    int width = f.field().width();
    HeaderRefs.Elem el = gen.element(f.header(), out);
    int bit = el.inst().type().storageBit.get(f.field().name());
    String hi = FieldAccess.read("h", el.base(), bit, width - 64);
    String lo = FieldAccess.read("h", el.base(), bit + width - 64, 64);
    return pair(out, el.valid() + " ? " + hi + " : 0L", el.valid() + " ? " + lo + " : 0L");
  }

  private WideVal binary(Expr.Binary b, Code out) {
    int w = b.type().width();
    List<Operand> ops = gen.inOrder(List.of(b.left(), b.right()), out);
    if (b.op() == Expr.BinaryOp.CONCAT) {
      return concat(
          asWide(ops.get(0), out), asWide(ops.get(1), out), b.right().type().width(), w, out);
    }
    WideVal l = asWide(ops.get(0), out);
    if (b.op() == Expr.BinaryOp.SHL || b.op() == Expr.BinaryOp.SHR) {
      return shift(b, l, ops.get(1), w, out);
    }
    WideVal r = asWide(ops.get(1), out);
    String h;
    String lo;
    switch (b.op()) {
      case ADD -> {
        lo = ctx.temp();
        out.line("long " + lo + " = " + l.lo() + " + " + r.lo() + ";");
        h = ctx.temp();
        out.line(
            "long "
                + h
                + " = "
                + maskHi(l.hi() + " + " + r.hi() + " + Wide.carry(" + lo + ", " + l.lo() + ")", w)
                + ";");
        return new WideVal(h, lo);
      }
      case SUB -> {
        return pair(
            out,
            maskHi(l.hi() + " - " + r.hi() + " - Wide.borrow(" + l.lo() + ", " + r.lo() + ")", w),
            l.lo() + " - " + r.lo());
      }
      case MUL -> {
        return pair(
            out,
            maskHi(
                "Wide.mulHigh("
                    + l.lo()
                    + ", "
                    + r.lo()
                    + ") + "
                    + l.hi()
                    + " * "
                    + r.lo()
                    + " + "
                    + l.lo()
                    + " * "
                    + r.hi(),
                w),
            l.lo() + " * " + r.lo());
      }
      case DIV, MOD -> {
        if (b.right() instanceof Expr.Const c && c.value().bitCount() == 1) {
          int k = c.value().getLowestSetBit();
          if (b.op() == Expr.BinaryOp.DIV) {
            return shiftRight(l, k, w, out);
          }
          return truncate(l, Math.min(k, w), out);
        }
        throw GenContext.unsupported("a division of a wide value by a non-power of two", b.span());
      }
      case BIT_AND -> {
        return pair(out, l.hi() + " & " + r.hi(), l.lo() + " & " + r.lo());
      }
      case BIT_OR -> {
        return pair(out, l.hi() + " | " + r.hi(), l.lo() + " | " + r.lo());
      }
      case BIT_XOR -> {
        return pair(out, l.hi() + " ^ " + r.hi(), l.lo() + " ^ " + r.lo());
      }
      default -> throw new IllegalStateException("unhandled wide operator " + b.op());
    }
  }

  /** {@code (a << bWidth) | b} in {@code width} (over 64) bits. */
  private WideVal concat(WideVal a, WideVal b, int bWidth, int width, Code out) {
    String hi;
    String lo;
    if (bWidth < 64) {
      hi = "(" + a.hi() + " << " + bWidth + ") | (" + a.lo() + " >>> " + (64 - bWidth) + ")";
      lo = "(" + a.lo() + " << " + bWidth + ") | " + b.lo();
    } else if (bWidth == 64) {
      hi = a.lo();
      lo = b.lo();
    } else {
      hi = "(" + a.lo() + " << " + (bWidth - 64) + ") | " + b.hi();
      lo = b.lo();
    }
    return pair(out, maskHi(hi, width), lo);
  }

  private WideVal shift(Expr.Binary b, WideVal l, Operand amount, int w, Code out) {
    String n;
    if (amount instanceof WideVal a) {
      n = "Wide.amount(" + a.hi() + ", " + a.lo() + ")";
    } else {
      n = gen.spill((Val) amount, out).code();
    }
    String fn = b.op() == Expr.BinaryOp.SHL ? "Wide.shl" : "Wide.shr";
    String args = "(" + l.hi() + ", " + l.lo() + ", " + n + ", " + w + ")";
    return pair(out, fn + "Hi" + args, fn + "Lo" + args);
  }

  /** {@code v >> k} (k constant) kept to {@code width} bits (over 64). */
  private WideVal shiftRight(WideVal v, int k, int width, Code out) {
    String hi;
    String lo;
    if (k == 0) {
      hi = v.hi();
      lo = v.lo();
    } else if (k < 64) {
      hi = v.hi() + " >>> " + k;
      lo = "(" + v.lo() + " >>> " + k + ") | (" + v.hi() + " << " + (64 - k) + ")";
    } else {
      hi = "0L";
      lo = v.hi() + " >>> " + (k - 64);
    }
    if (width <= 64) {
      return pair(out, "0L", JavaText.mask(lo, width));
    }
    return pair(out, maskHi(hi, width), lo);
  }

  /** The low {@code bits} bits of {@code v} as a wide value. */
  private WideVal truncate(WideVal v, int bits, Code out) {
    if (bits <= 64) {
      return pair(out, "0L", JavaText.mask(v.lo(), bits));
    }
    return pair(out, maskHi(v.hi(), bits), v.lo());
  }

  /** A slice of a wide value that fits 64 bits. */
  Val sliceNarrow(Expr.Slice s, Code out) {
    WideVal v = eval(s.operand(), out);
    int width = s.hi() - s.lo() + 1;
    int k = s.lo();
    String lo;
    if (k == 0) {
      lo = v.lo();
    } else if (k < 64) {
      lo = "((" + v.lo() + " >>> " + k + ") | (" + v.hi() + " << " + (64 - k) + "))";
    } else {
      lo = "(" + v.hi() + " >>> " + (k - 64) + ")";
    }
    return Val.stable(JavaText.mask(lo, width), false);
  }

  /** {@code ==}, {@code !=}, {@code <} ... between wide operands. */
  Val compare(Expr.BinaryOp op, WideVal a, WideVal b) {
    String code =
        switch (op) {
          case EQ -> "(" + a.hi() + " == " + b.hi() + " && " + a.lo() + " == " + b.lo() + ")";
          case NE -> "(" + a.hi() + " != " + b.hi() + " || " + a.lo() + " != " + b.lo() + ")";
          case LT -> "Wide.lt(" + a.hi() + ", " + a.lo() + ", " + b.hi() + ", " + b.lo() + ")";
          case LE -> "Wide.le(" + a.hi() + ", " + a.lo() + ", " + b.hi() + ", " + b.lo() + ")";
          case GT -> "Wide.lt(" + b.hi() + ", " + b.lo() + ", " + a.hi() + ", " + a.lo() + ")";
          case GE -> "Wide.le(" + b.hi() + ", " + b.lo() + ", " + a.hi() + ", " + a.lo() + ")";
          default -> throw new IllegalStateException("not a comparison: " + op);
        };
    return Val.stable(code, true);
  }

  private WideVal conditional(Expr.Conditional c, Code out) {
    Val cond = gen.bool(c.condition(), out);
    String h = ctx.temp();
    String l = ctx.temp();
    out.line("long " + h + ";");
    out.line("long " + l + ";");
    out.open("if (" + cond.code() + ")");
    WideVal a = eval(c.then(), out);
    out.line(h + " = " + a.hi() + ";");
    out.line(l + " = " + a.lo() + ";");
    out.reopen("else");
    WideVal b = eval(c.otherwise(), out);
    out.line(h + " = " + b.hi() + ";");
    out.line(l + " = " + b.lo() + ";");
    out.close();
    return new WideVal(h, l);
  }

  /** Whether a type is a wide bit type. */
  static boolean isWide(Type t) {
    return t instanceof Type.Bit b && b.width() > 64;
  }
}
