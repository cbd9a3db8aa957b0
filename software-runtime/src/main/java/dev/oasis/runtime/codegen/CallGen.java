package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Type;
import dev.oasis.runtime.codegen.Operand.BytesVal;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import java.util.List;

/**
 * Expressions that call into the runtime or the generated class: the built-in functions (csum16,
 * csum16_update, sizeof, lower), register reads, map calls, {@code t.apply().hit}, equality (of
 * every kind of value) and byte-string values.
 */
final class CallGen {
  private final ExprGen gen;
  private final GenContext ctx;

  CallGen(ExprGen gen) {
    this.gen = gen;
    this.ctx = gen.ctx;
  }

  Val narrow(Expr e, Code out) {
    if (e instanceof Expr.BuiltinCall c) {
      return switch (c.builtin()) {
        case CSUM16 -> csum16(c, out);
        case CSUM16_UPDATE -> csum16Update(c, out);
        case SIZEOF -> sizeOf(c.args().get(0), out);
        case LOWER -> throw new IllegalStateException("lower() is not a number");
      };
    } else if (e instanceof Expr.HitOrMiss h) {
      String apply = Names.apply(h.apply().table().name());
      return Val.effect("((" + apply + "() & 1) " + (h.miss() ? "==" : "!=") + " 0)", true);
    } else if (e instanceof Expr.RegisterRead r) {
      String index = index(gen.eval(r.index(), out));
      return Val.of(Names.register(r.register().name()) + ".read(" + index + ")", false);
    } else if (e instanceof Expr.MapCall m) {
      return map(m, out);
    }
    throw new IllegalStateException("cannot generate " + e.getClass().getSimpleName());
  }

  WideVal wide(Expr e, Code out) {
    if (e instanceof Expr.RegisterRead r) {
      Val index = gen.spill(Val.of(index(gen.eval(r.index(), out)), false), out);
      String reg = Names.register(r.register().name());
      String h = ctx.temp();
      String l = ctx.temp();
      out.line("long " + h + " = " + reg + ".readHi(" + index.code() + ");");
      out.line("long " + l + " = " + reg + ".read(" + index.code() + ");");
      return new WideVal(h, l);
    } else if (e instanceof Expr.MapCall m && m.op() == Expr.MapOp.GET) {
      String[] key = key(List.of(m.key()), out);
      String map = Names.map(m.map().name());
      String l = ctx.temp();
      String h = ctx.temp();
      out.line("long " + l + " = " + map + ".get(" + key[0] + ", " + key[1] + ", timestamp);");
      out.line("long " + h + " = " + map + ".valueHi();");
      return new WideVal(h, l);
    }
    throw new IllegalStateException("cannot generate wide " + e.getClass().getSimpleName());
  }

  /** An index of a counter or register: out of every range when it does not fit a long. */
  static String index(Operand o) {
    if (o instanceof WideVal w) {
      return "Wide.index(" + w.hi() + ", " + w.lo() + ")";
    }
    return ((Val) o).code();
  }

  // ---------------------------------------------------------------------------------------------
  // Maps

  private Val map(Expr.MapCall m, Code out) {
    String map = Names.map(m.map().name());
    if (m.op() == Expr.MapOp.PUT) {
      String[] kv = key(List.of(m.key(), m.value()), out);
      return Val.effect(
          map + ".put(" + kv[0] + ", " + kv[1] + ", " + kv[2] + ", " + kv[3] + ", timestamp)",
          true);
    }
    String[] k = key(List.of(m.key()), out);
    String args = "(" + k[0] + ", " + k[1] + ", timestamp)";
    return switch (m.op()) {
      case GET -> Val.effect(map + ".get" + args, false);
      case CONTAINS -> Val.of(map + ".contains" + args, true);
      case REMOVE -> Val.effect(map + ".remove" + args, true);
      case PUT -> throw new IllegalStateException("put handled above");
    };
  }

  /** Keys and values as hi, lo code pairs, evaluated in order. */
  private String[] key(List<Expr> exprs, Code out) {
    List<Operand> ops = gen.inOrder(exprs, out);
    String[] codes = new String[ops.size() * 2];
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i) instanceof WideVal w) {
        codes[2 * i] = w.hi();
        codes[2 * i + 1] = w.lo();
      } else {
        codes[2 * i] = "0L";
        codes[2 * i + 1] = ((Val) ops.get(i)).code();
      }
    }
    return codes;
  }

  // ---------------------------------------------------------------------------------------------
  // Equality

  Val equality(Expr.Binary b, Code out) {
    boolean eq = b.op() == Expr.BinaryOp.EQ;
    List<Operand> ops = gen.inOrder(List.of(b.left(), b.right()), out);
    Operand l = ops.get(0);
    Operand r = ops.get(1);
    if (l instanceof BytesVal x && r instanceof BytesVal y) {
      String call =
          "ByteStrings.equal("
              + x.array()
              + ", "
              + x.offset()
              + ", "
              + x.length()
              + ", "
              + y.array()
              + ", "
              + y.offset()
              + ", "
              + y.length()
              + ")";
      return Val.stable(eq ? call : "!" + call, true);
    }
    if (l instanceof WideVal || r instanceof WideVal) {
      WideGen w = gen.wide;
      return w.compare(b.op(), w.asWide(l, out), w.asWide(r, out));
    }
    Val x = (Val) l;
    Val y = (Val) r;
    return new Val(
        "(" + x.code() + (eq ? " == " : " != ") + y.code() + ")",
        true,
        x.stable() && y.stable(),
        x.effects() || y.effects());
  }

  // ---------------------------------------------------------------------------------------------
  // Checksums and sizes

  private Val csum16(Expr.BuiltinCall c, Code out) {
    String sum = ctx.temp();
    out.line("long " + sum + " = 0L;");
    for (Expr a : c.args()) {
      if (a instanceof Expr.HeaderRef ref) {
        HeaderRefs.Elem el = gen.element(ref, out);
        out.line("if (" + JavaText.condition(el.valid()) + ") {");
        out.line("  " + sum + " = " + headerCsum(el, sum) + ";");
        out.line("}");
      } else if (a instanceof Expr.StackRef s) {
        HeaderLayout.Instance inst = ctx.layout.instance(s.instance());
        for (int i = 0; i < inst.elements(); i++) {
          HeaderRefs.Elem el =
              new HeaderRefs.Elem(
                  inst,
                  "valid[" + inst.element(i) + "]",
                  FieldAccess.Offset.of(inst.baseOf(i)),
                  FieldAccess.Offset.of(inst.varOf(i)),
                  Integer.toString(inst.element(i)));
          out.line("if (" + JavaText.condition(el.valid()) + ") {");
          out.line("  " + sum + " = " + headerCsum(el, sum) + ";");
          out.line("}");
        }
      } else if (a instanceof Expr.Payload) {
        out.line(sum + " = csumPayload(" + sum + ");");
      } else if (a.type() instanceof Type.Bytes) {
        BytesVal b = bytes(a, out);
        out.line(
            sum
                + " = Csum.addBytes("
                + sum
                + ", "
                + b.array()
                + ", "
                + b.offset()
                + ", "
                + b.length()
                + ");");
      } else {
        Operand v = gen.eval(a, out);
        int n = a.type().width() / 8;
        if (v instanceof WideVal w) {
          out.line(
              sum + " = Csum.addWide(" + sum + ", " + w.hi() + ", " + w.lo() + ", " + n + ");");
        } else {
          out.line(sum + " = Csum.addValue(" + sum + ", " + ((Val) v).code() + ", " + n + ");");
        }
      }
    }
    return Val.stable("Csum.finish(" + sum + ")", false);
  }

  private static String headerCsum(HeaderRefs.Elem el, String sum) {
    return "csum_"
        + el.inst().type().javaName
        + "("
        + sum
        + ", "
        + el.base()
        + ", "
        + el.var()
        + ")";
  }

  private Val csum16Update(Expr.BuiltinCall c, Code out) {
    List<Operand> ops = gen.inOrder(c.args(), out);
    String hc = ((Val) ops.get(0)).code();
    int words = c.args().get(1).type().width() / 16;
    if (ops.get(1) instanceof WideVal || ops.get(2) instanceof WideVal) {
      WideVal o = gen.wide.asWide(ops.get(1), out);
      WideVal n = gen.wide.asWide(ops.get(2), out);
      return Val.stable(
          "Csum.updateWide("
              + hc
              + ", "
              + o.hi()
              + ", "
              + o.lo()
              + ", "
              + n.hi()
              + ", "
              + n.lo()
              + ", "
              + words
              + ")",
          false);
    }
    Val o = (Val) ops.get(1);
    Val n = (Val) ops.get(2);
    Val h = (Val) ops.get(0);
    return new Val(
        "Csum.update(" + hc + ", " + o.code() + ", " + n.code() + ", " + words + ")",
        false,
        h.stable() && o.stable() && n.stable(),
        h.effects() || o.effects() || n.effects());
  }

  /** {@code sizeof(x)}: bytes of a valid header, of a stack's valid elements, of a byte string. */
  private Val sizeOf(Expr a, Code out) {
    if (a instanceof Expr.HeaderRef ref) {
      HeaderRefs.Elem el = gen.element(ref, out);
      String size = headerBytes(el.inst().type(), el.var().toString());
      // At most 16 + 65535 * fields bytes: masked to 16 bits as sizeof's type says.
      return Val.of(JavaText.mask(el.valid() + " ? " + size + " : 0L", 16), false);
    }
    if (a instanceof Expr.StackRef s) {
      return Val.of(JavaText.mask(ctx.stackSize(s.instance()) + "()", 16), false);
    }
    BytesVal b = bytes(a, out);
    return Val.stable("((long) " + b.length() + ")", false);
  }

  /** The current byte length of a header of this layout whose variable slots start at var. */
  static String headerBytes(HeaderLayout.TypeLayout t, String var) {
    if (t.varFields == 0) {
      return (t.fixedBits / 8) + "L";
    }
    StringBuilder b = new StringBuilder("(long) (" + t.fixedBits / 8);
    for (int k = 0; k < t.varFields; k++) {
      b.append(" + varLen[").append(var).append(" + ").append(k).append("]");
    }
    return b.append(")").toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Byte strings

  BytesVal bytes(Expr e, Code out) {
    if (e instanceof Expr.FieldRef f) {
      HeaderRefs.Elem el = gen.element(f.header(), out);
      HeaderLayout.TypeLayout t = el.inst().type();
      int at = t.storageBit.get(f.field().name()) / 8;
      int var = t.varIndex.get(f.field().name());
      String n = ctx.temp();
      out.line("int " + n + " = " + el.valid() + " ? varLen[" + el.var() + " + " + var + "] : 0;");
      return new BytesVal("h", el.base().plus(at).toString(), n);
    } else if (e instanceof Expr.BytesConst c) {
      String name = ctx.bytesConstant(c.value());
      return new BytesVal(name, "0", name + ".length");
    } else if (e instanceof Expr.Payload) {
      String from = ctx.temp();
      out.line("int " + from + " = payloadStart();");
      return new BytesVal("frame", from, "(length - " + from + ")");
    } else if (e instanceof Expr.BuiltinCall c && c.builtin() == Expr.Builtin.LOWER) {
      BytesVal src = bytes(c.args().get(0), out);
      int max = ((Type.Bytes) c.args().get(0).type()).maxBytes();
      String buffer = ctx.lowerBuffer(max);
      String n = ctx.temp();
      out.line("int " + n + " = " + src.length() + ";");
      out.line(
          "ByteStrings.lower("
              + src.array()
              + ", "
              + src.offset()
              + ", "
              + n
              + ", "
              + buffer
              + ");");
      return new BytesVal(buffer, "0", n);
    } else if (e instanceof Expr.Conditional c) {
      Val cond = gen.bool(c.condition(), out);
      String a = ctx.temp();
      String o = ctx.temp();
      String n = ctx.temp();
      out.line("byte[] " + a + ";");
      out.line("int " + o + ";");
      out.line("int " + n + ";");
      out.open("if (" + cond.code() + ")");
      assignBytes(bytes(c.then(), out), a, o, n, out);
      out.reopen("else");
      assignBytes(bytes(c.otherwise(), out), a, o, n, out);
      out.close();
      return new BytesVal(a, o, n);
    }
    throw new IllegalStateException("cannot generate bytes from " + e.getClass().getSimpleName());
  }

  private static void assignBytes(BytesVal v, String a, String o, String n, Code out) {
    out.line(a + " = " + v.array() + ";");
    out.line(o + " = " + v.offset() + ";");
    out.line(n + " = " + v.length() + ";");
  }
}
