package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Type;
import dev.oasis.runtime.codegen.Operand.BytesVal;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser as a loop over a switch on the state number; each state runs its statements and then
 * its transition, which either sets the next state and continues, or returns: 0 for accept, the
 * error code for reject and for every parse error (a failed extract or lookahead, no select case).
 * Also one {@code extract_T} method per header type.
 */
final class ParserGen {
  private final GenContext ctx;

  ParserGen(GenContext ctx) {
    this.ctx = ctx;
  }

  void parse(Code out) {
    ctx.startMethod();
    ParserGraph graph = ctx.program.parser();
    Map<String, Integer> numbers = new HashMap<>();
    for (ParserGraph.State s : graph.states()) {
      numbers.put(s.name(), numbers.size());
    }
    ExprGen gen = new ExprGen(ctx, true);
    StmtGen stmts = new StmtGen(ctx, gen);

    out.line("@Override");
    out.open("protected int parse()");
    out.line("int error;");
    out.line("int state = " + numbers.get("start") + ";");
    out.open("while (true)");
    out.open("switch (state)");
    for (ParserGraph.State s : graph.states()) {
      out.open("case " + numbers.get(s.name()) + ":");
      Comments.source(s.span(), out);
      boolean completes = stmts.statements(s.statements(), out);
      if (completes) {
        transition(s.transition(), numbers, gen, out);
      }
      out.close();
    }
    out.line("default:");
    out.line("  throw new IllegalStateException(\"no parser state \" + state);");
    out.close();
    out.close();
    out.close();
  }

  private void transition(
      ParserGraph.Transition t, Map<String, Integer> numbers, ExprGen gen, Code out) {
    Comments.source(t.span(), out);
    if (t instanceof ParserGraph.Goto g) {
      target(g.target(), numbers, out);
      return;
    }
    ParserGraph.Select select = (ParserGraph.Select) t;
    List<Operand> subjects = new ArrayList<>();
    for (Operand o : gen.inOrder(select.subjects(), out)) {
      subjects.add(o instanceof Val v ? gen.spill(v, out) : o);
    }
    for (ParserGraph.Case c : select.cases()) {
      List<String> tests = new ArrayList<>();
      for (int i = 0; i < subjects.size(); i++) {
        String test = match(c.matches().get(i), subjects.get(i), select.subjects().get(i).type());
        if (test != null) {
          tests.add(test);
        }
      }
      if (tests.isEmpty()) {
        target(c.target(), numbers, out);
        return;
      }
      out.open("if (" + String.join(" && ", tests) + ")");
      target(c.target(), numbers, out);
      out.close();
    }
    out.line("return 2; // NoMatch");
  }

  private static void target(ParserGraph.Target t, Map<String, Integer> numbers, Code out) {
    if (t instanceof ParserGraph.Accept) {
      out.line("return 0; // accept");
    } else if (t instanceof ParserGraph.Reject r) {
      out.line("return " + r.error().value() + "; // reject: " + r.error().name());
    } else {
      String name = ((ParserGraph.ToState) t).name();
      out.line("state = " + numbers.get(name) + "; // " + name);
      out.line("continue;");
    }
  }

  /** The Java test of one keyset component against a stable subject, or null for any. */
  private String match(Match m, Operand subject, Type type) {
    if (m instanceof Match.Any) {
      return null;
    }
    if (subject instanceof BytesVal b) {
      byte[] value = ((Match.BytesExact) m).value();
      String c = ctx.bytesConstant(value);
      return "ByteStrings.equal("
          + b.array()
          + ", "
          + b.offset()
          + ", "
          + b.length()
          + ", "
          + c
          + ", 0, "
          + c
          + ".length)";
    }
    int width = type.width();
    if (subject instanceof WideVal w) {
      return wideMatch(m, w, width);
    }
    Val v = (Val) subject;
    if (v.bool() && m instanceof Match.Exact e) {
      return e.value().signum() != 0 ? v.code() : "!" + v.code();
    }
    String s = v.bool() ? "(" + v.code() + " ? 1L : 0L)" : v.code();
    if (m instanceof Match.Exact e) {
      return s + " == " + Literals.lo(e.value());
    }
    if (m instanceof Match.Ternary t) {
      return "("
          + s
          + " & "
          + Literals.lo(t.mask())
          + ") == "
          + Literals.lo(t.value().and(t.mask()));
    }
    if (m instanceof Match.Lpm l) {
      BigInteger mask = prefixMask(l.prefixLength(), width);
      return "(" + s + " & " + Literals.lo(mask) + ") == " + Literals.lo(l.value().and(mask));
    }
    Match.Range r = (Match.Range) m;
    if (width >= 64) {
      return "Long.compareUnsigned("
          + s
          + ", "
          + Literals.lo(r.low())
          + ") >= 0 && "
          + "Long.compareUnsigned("
          + s
          + ", "
          + Literals.lo(r.high())
          + ") <= 0";
    }
    return s + " >= " + Literals.lo(r.low()) + " && " + s + " <= " + Literals.lo(r.high());
  }

  private static String wideMatch(Match m, WideVal w, int width) {
    BigInteger value;
    BigInteger mask;
    if (m instanceof Match.Exact e) {
      value = e.value();
      mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    } else if (m instanceof Match.Ternary t) {
      value = t.value().and(t.mask());
      mask = t.mask();
    } else if (m instanceof Match.Lpm l) {
      mask = prefixMask(l.prefixLength(), width);
      value = l.value().and(mask);
    } else {
      Match.Range r = (Match.Range) m;
      return "!Wide.lt("
          + w.hi()
          + ", "
          + w.lo()
          + ", "
          + Literals.hi(r.low())
          + ", "
          + Literals.lo(r.low())
          + ") && Wide.le("
          + w.hi()
          + ", "
          + w.lo()
          + ", "
          + Literals.hi(r.high())
          + ", "
          + Literals.lo(r.high())
          + ")";
    }
    return "("
        + w.hi()
        + " & "
        + Literals.hi(mask)
        + ") == "
        + Literals.hi(value)
        + " && ("
        + w.lo()
        + " & "
        + Literals.lo(mask)
        + ") == "
        + Literals.lo(value);
  }

  private static BigInteger prefixMask(int length, int width) {
    return BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE).shiftLeft(width - length);
  }

  // ---------------------------------------------------------------------------------------------
  // extract

  /** {@code extract_T(element, base, firstVar)} for one header type. */
  void extractMethod(HeaderLayout.TypeLayout t, Code out) {
    ctx.startMethod();
    out.line("/** extract() of header type " + t.type.name() + " into element {@code e}. */");
    out.open("private int extract_" + t.javaName + "(int e, int base, int var)");
    out.line("int bit = position * 8;");
    out.line("int end = length * 8;");
    out.line("if (end - bit < " + t.fixedBits + ") {");
    out.line("  valid[e] = false;");
    out.line("  return 1; // PacketTooShort");
    out.line("}");
    if (!t.hasVariableFields()) {
      int bytes = t.fixedBits / 8;
      out.line("System.arraycopy(frame, position, h, base, " + bytes + ");");
      out.line("position += " + bytes + ";");
    } else {
      ExprGen gen = ExprGen.forLength(ctx, t);
      boolean checked = true; // the fixed part before the first variable field is checked above
      for (HeaderLayout.Segment s : t.segments) {
        if (s.isVariable()) {
          variableSegment(s, gen, out);
          checked = false;
        } else {
          if (!checked) {
            out.line("if (end - bit < " + s.bits + ") {");
            out.line("  valid[e] = false;");
            out.line("  return 1; // PacketTooShort");
            out.line("}");
          }
          out.line("Bits.copy(frame, bit, x, " + s.storageBit + ", " + s.bits + ");");
          out.line("bit += " + s.bits + ";");
        }
      }
      out.line("System.arraycopy(x, 0, h, base, " + t.storageBytes + ");");
      for (int k = 0; k < t.varFields; k++) {
        out.line("varLen[var + " + k + "] = xLen[" + k + "];");
      }
      out.line("position = bit / 8;");
    }
    out.line("valid[e] = true;");
    out.line("written[e] = true;");
    out.line("return 0;");
    out.close();
  }

  private void variableSegment(HeaderLayout.Segment s, ExprGen gen, Code out) {
    String len = "len" + s.var;
    Comments.source(s.variable.span(), out);
    Val length = gen.narrow(s.variable.length(), out);
    out.line("long " + len + " = " + length.code() + ";");
    out.line("if (Long.compareUnsigned(" + len + ", " + s.variable.maxBytes() + ") > 0) {");
    out.line("  valid[e] = false;");
    out.line("  return 4; // HeaderTooLong");
    out.line("}");
    out.line("if (bit + " + len + " * 8 > end) {");
    out.line("  valid[e] = false;");
    out.line("  return 1; // PacketTooShort");
    out.line("}");
    out.line("Bits.copy(frame, bit, x, " + s.storageBit + ", (int) " + len + " * 8);");
    out.line("xLen[" + s.var + "] = (int) " + len + ";");
    out.line("bit += (int) " + len + " * 8;");
  }
}
