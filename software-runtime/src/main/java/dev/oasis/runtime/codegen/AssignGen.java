package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.runtime.codegen.Operand.BytesVal;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import dev.oasis.runtime.pipeline.Bits;
import java.math.BigInteger;

/**
 * Assignments, as the interpreter does them: the value first (into a temporary when evaluating it
 * changes state), then the target; a field of an invalid header is not written; {@code x[hi:lo] =
 * v} reads x after v and writes the merged value back through the same rules.
 */
final class AssignGen {
  private final GenContext ctx;
  private final ExprGen gen;

  AssignGen(GenContext ctx, ExprGen gen) {
    this.ctx = ctx;
    this.gen = gen;
  }

  /** Writes {@code value}, already evaluated, to an assignable expression. */
  void assign(Expr target, Operand value, Code out) {
    if (value instanceof Val v && v.effects()) {
      value = gen.spill(v, out);
    }
    if (target instanceof Expr.LocalRef l) {
      store(Names.local(l.local().id(), l.local().name()), value, out);
    } else if (target instanceof Expr.MetaRef m) {
      store(ctx.meta(m.field()), value, out);
    } else if (target instanceof Expr.FieldRef f) {
      writeField(f, value, out);
    } else if (target instanceof Expr.Slice s) {
      assignSlice(s, value, out);
    } else {
      throw new IllegalStateException("cannot assign to " + target.getClass().getSimpleName());
    }
  }

  private static void store(String name, Operand value, Code out) {
    if (value instanceof WideVal w) {
      out.line(name + "_hi = " + w.hi() + ";");
      out.line(name + "_lo = " + w.lo() + ";");
    } else {
      out.line(name + " = " + ((Val) value).code() + ";");
    }
  }

  private void writeField(Expr.FieldRef f, Operand value, Code out) {
    HeaderRefs.Elem el = gen.element(f.header(), out);
    HeaderLayout.TypeLayout t = el.inst().type();
    int bit = t.storageBit.get(f.field().name());
    out.open("if (" + JavaText.condition(el.valid()) + ")");
    if (value instanceof BytesVal b) {
      int var = t.varIndex.get(f.field().name());
      out.line(
          "System.arraycopy("
              + b.array()
              + ", "
              + b.offset()
              + ", h, "
              + el.base().plus(bit / 8)
              + ", "
              + b.length()
              + ");");
      out.line("varLen[" + el.var() + " + " + var + "] = " + b.length() + ";");
    } else if (value instanceof WideVal w) {
      int width = f.field().width();
      out.line(FieldAccess.write("h", el.base(), bit, width - 64, w.hi()));
      out.line(FieldAccess.write("h", el.base(), bit + width - 64, 64, w.lo()));
    } else {
      Val v = (Val) value;
      String code = v.bool() ? "(" + v.code() + " ? 1L : 0L)" : v.code();
      out.line(FieldAccess.write("h", el.base(), bit, f.field().width(), code));
    }
    out.close();
  }

  /** {@code x[hi:lo] = v}: reads x (after v, as the interpreter does), merges, writes x. */
  private void assignSlice(Expr.Slice s, Operand value, Code out) {
    int width = s.operand().type().width();
    BigInteger mask =
        BigInteger.ONE.shiftLeft(s.hi() - s.lo() + 1).subtract(BigInteger.ONE).shiftLeft(s.lo());
    Operand old = gen.eval(s.operand(), out);
    if (old instanceof Val o) {
      String v = ((Val) value).code();
      long m = mask.longValue();
      String shifted = s.lo() == 0 ? v : "(" + v + " << " + s.lo() + ")";
      String merged =
          String.format(
              "(%s & %s) | (%s & %s)",
              o.code(), Literals.hex(~m & Bits.mask(width)), shifted, Literals.hex(m));
      assign(s.operand(), Val.of("(" + merged + ")", false), out);
      return;
    }
    WideVal o = (WideVal) old;
    WideVal v = gen.wide.asWide(value, out);
    int k = s.lo();
    String sh;
    String sl;
    if (k == 0) {
      sh = v.hi();
      sl = v.lo();
    } else if (k < 64) {
      sh = "((" + v.hi() + " << " + k + ") | (" + v.lo() + " >>> " + (64 - k) + "))";
      sl = "(" + v.lo() + " << " + k + ")";
    } else {
      sh = "(" + v.lo() + " << " + (k - 64) + ")";
      sl = "0L";
    }
    long mh = mask.shiftRight(64).longValue();
    long ml = mask.longValue();
    String h = ctx.temp();
    String l = ctx.temp();
    out.line(
        "long "
            + h
            + " = ("
            + o.hi()
            + " & "
            + Literals.hex(~mh & Bits.mask(width - 64))
            + ") | ("
            + sh
            + " & "
            + Literals.hex(mh)
            + ");");
    out.line(
        "long "
            + l
            + " = ("
            + o.lo()
            + " & "
            + Literals.hex(~ml)
            + ") | ("
            + sl
            + " & "
            + Literals.hex(ml)
            + ");");
    assign(s.operand(), new WideVal(h, l), out);
  }
}
