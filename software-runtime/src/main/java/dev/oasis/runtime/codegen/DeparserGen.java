package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;

/**
 * The deparser ({@code emitHeaders}: the valid headers in emit order, a stack's valid elements in
 * index order) and, per header type, {@code emit_T} (a header's current bytes as they go on the
 * wire) and {@code csum_T} (the same bytes added to a running checksum), plus the {@code sizeof}
 * helpers of header stacks.
 *
 * <p>A header type whose segments all fall on byte boundaries on the wire (every real protocol)
 * copies whole byte ranges; any other goes through bit copies, and its checksum emits it first.
 */
final class DeparserGen {
  private final GenContext ctx;

  DeparserGen(GenContext ctx) {
    this.ctx = ctx;
  }

  void emitHeaders(Code out) {
    out.line("@Override");
    out.open("protected int emitHeaders(byte[] out)");
    out.line("int at = 0;");
    for (Stmt.Emit e : ctx.program.deparser()) {
      Comments.source(e.span(), out);
      if (e.header() instanceof Expr.StackRef s) {
        HeaderLayout.Instance inst = ctx.layout.instance(s.instance());
        for (int i = 0; i < inst.elements(); i++) {
          emitOne(inst, i, out);
        }
      } else {
        Expr.HeaderRef ref = (Expr.HeaderRef) e.header();
        emitOne(ctx.layout.instance(ref.instance()), Math.max(0, ref.index()), out);
      }
    }
    out.line("return at;");
    out.close();
  }

  private static void emitOne(HeaderLayout.Instance inst, int index, Code out) {
    out.line("if (valid[" + inst.element(index) + "]) {");
    out.line(
        "  at = emit_"
            + inst.type().javaName
            + "("
            + inst.baseOf(index)
            + ", "
            + inst.varOf(index)
            + ", out, at);");
    out.line("}");
  }

  void emitMethod(HeaderLayout.TypeLayout t, Code out) {
    out.line(
        "/** Writes a " + t.type.name() + " header's bytes at {@code at}; returns the end. */");
    out.open("private int emit_" + t.javaName + "(int base, int var, byte[] out, int at)");
    if (t.wireAligned) {
      for (HeaderLayout.Segment s : t.segments) {
        if (s.isVariable()) {
          String n = "n" + s.var;
          out.line("int " + n + " = varLen[var + " + s.var + "];");
          out.line("System.arraycopy(h, base + " + s.storageByte + ", out, at, " + n + ");");
          out.line("at += " + n + ";");
        } else {
          out.line(
              "System.arraycopy(h, base + " + s.storageByte + ", out, at, " + s.bits / 8 + ");");
          out.line("at += " + s.bits / 8 + ";");
        }
      }
      out.line("return at;");
    } else {
      out.line("int bit = at * 8;");
      for (HeaderLayout.Segment s : t.segments) {
        if (s.isVariable()) {
          String n = "n" + s.var;
          out.line("int " + n + " = varLen[var + " + s.var + "] * 8;");
          out.line("Bits.copy(h, (base + " + s.storageByte + ") * 8, out, bit, " + n + ");");
          out.line("bit += " + n + ";");
        } else {
          out.line("Bits.copy(h, base * 8 + " + s.storageBit + ", out, bit, " + s.bits + ");");
          out.line("bit += " + s.bits + ";");
        }
      }
      out.line("return bit / 8;");
    }
    out.close();
  }

  void csumMethod(HeaderLayout.TypeLayout t, Code out) {
    out.line("/** Adds the bytes of a " + t.type.name() + " header to a running checksum. */");
    out.open("private long csum_" + t.javaName + "(long sum, int base, int var)");
    if (t.wireAligned) {
      for (HeaderLayout.Segment s : t.segments) {
        String n = s.isVariable() ? "varLen[var + " + s.var + "]" : Integer.toString(s.bits / 8);
        out.line("sum = Csum.addBytes(sum, h, base + " + s.storageByte + ", " + n + ");");
      }
      out.line("return sum;");
    } else {
      out.line("int n = emit_" + t.javaName + "(base, var, y, 0);");
      out.line("return Csum.addBytes(sum, y, 0, n);");
    }
    out.close();
  }

  /** {@code sizeof(stack)}: the bytes of the stack's valid elements. */
  void stackSizeMethod(Decls.HeaderInstance stack, Code out) {
    HeaderLayout.Instance inst = ctx.layout.instance(stack);
    out.open("private long " + ctx.stackSize(stack) + "()");
    out.line("long n = 0;");
    for (int i = 0; i < inst.elements(); i++) {
      out.line("if (valid[" + inst.element(i) + "]) {");
      out.line("  n += " + CallGen.headerBytes(inst.type(), Integer.toString(inst.varOf(i))) + ";");
      out.line("}");
    }
    out.line("return n;");
    out.close();
  }
}
