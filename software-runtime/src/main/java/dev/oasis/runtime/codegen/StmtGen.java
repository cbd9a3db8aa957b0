package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Type;
import dev.oasis.runtime.codegen.Operand.Val;
import dev.oasis.runtime.codegen.Operand.WideVal;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates IR statements of parser states, actions and the control into Java statements, each
 * preceded by a comment with its place in the program. Locals become Java locals of the same scope;
 * {@code return} becomes {@code return;} (it ends an action's method or {@code control()});
 * statements after one that cannot complete are left out, as they would never run.
 */
final class StmtGen {
  private final GenContext ctx;
  private final ExprGen gen;
  private final AssignGen assignments;

  StmtGen(GenContext ctx, ExprGen gen) {
    this.ctx = ctx;
    this.gen = gen;
    this.assignments = new AssignGen(ctx, gen);
  }

  /** Writes a block's statements; returns false if the block cannot complete normally. */
  boolean statements(List<Stmt> statements, Code out) {
    for (Stmt s : statements) {
      if (!statement(s, out)) {
        return false;
      }
    }
    return true;
  }

  /** Writes one statement; returns false if it cannot complete normally (it returns). */
  boolean statement(Stmt s, Code out) {
    if (!(s instanceof Stmt.Block)) {
      Comments.source(s.span(), out);
    }
    if (s instanceof Stmt.Block b) {
      out.open("");
      boolean completes = statements(b.statements(), out);
      out.close();
      return completes;
    } else if (s instanceof Stmt.If i) {
      return ifStatement(i, out);
    } else if (s instanceof Stmt.Switch sw) {
      return switchStatement(sw, out);
    } else if (s instanceof Stmt.Declare d) {
      declare(d, out);
    } else if (s instanceof Stmt.Assign a) {
      Operand v = gen.eval(a.value(), out);
      assign(a.target(), v, out);
    } else if (s instanceof Stmt.Eval e) {
      evaluate(e.expr(), out);
    } else if (s instanceof Stmt.Extract x) {
      extract(x.header(), out);
    } else if (s instanceof Stmt.SetValidity v) {
      setValidity(v, out);
    } else if (s instanceof Stmt.CallAction c) {
      callAction(c, out);
    } else if (s instanceof Stmt.Return) {
      out.line("return;");
      return false;
    } else if (s instanceof Stmt.Count c) {
      String index = CallGen.index(gen.eval(c.index(), out));
      out.line(Names.counter(c.counter().name()) + ".count(" + index + ", length);");
    } else if (s instanceof Stmt.RegisterWrite w) {
      registerWrite(w, out);
    } else if (s instanceof Stmt.Decision d) {
      decision(d, out);
    } else if (s instanceof Stmt.DiscardPayload) {
      out.line("discardPayload = true;");
    } else {
      throw new IllegalStateException("cannot generate " + s.getClass().getSimpleName());
    }
    return true;
  }

  private boolean ifStatement(Stmt.If i, Code out) {
    Val c = gen.bool(i.condition(), out);
    out.open("if (" + JavaText.condition(c.code()) + ")");
    boolean a = statements(i.then().statements(), out);
    if (i.otherwise().statements().isEmpty()) {
      out.close();
      return true;
    }
    out.reopen("else");
    boolean b = statements(i.otherwise().statements(), out);
    out.close();
    return a || b;
  }

  private boolean switchStatement(Stmt.Switch sw, Code out) {
    out.open("switch (" + Names.apply(sw.apply().table().name()) + "() >>> 1)");
    boolean completes = true;
    boolean hasDefault = false;
    boolean anyCompletes = false;
    for (Stmt.Case c : sw.cases()) {
      if (c.action() == null) {
        hasDefault = true;
        out.open("default:");
      } else {
        out.open("case " + Names.actionId(c.action().name()) + ":");
      }
      boolean body = statements(c.body().statements(), out);
      if (body) {
        out.line("break;");
        anyCompletes = true;
      }
      out.close();
    }
    out.close();
    completes = !hasDefault || anyCompletes;
    return completes;
  }

  private void declare(Stmt.Declare d, Code out) {
    String name = Names.local(d.local().id(), d.local().name());
    Type t = d.local().type();
    if (t instanceof Type.Bytes) {
      throw GenContext.unsupported("a local byte string", d.span());
    }
    Operand v = gen.eval(d.init(), out);
    if (v instanceof WideVal w) {
      out.line("long " + name + "_hi = " + w.hi() + ";");
      out.line("long " + name + "_lo = " + w.lo() + ";");
    } else {
      Val n = (Val) v;
      out.line(n.javaType() + " " + name + " = " + n.code() + ";");
    }
  }

  private void evaluate(Expr e, Code out) {
    if (e instanceof Expr.ApplyTable a) {
      out.line(Names.apply(a.table().name()) + "();");
      return;
    }
    Operand v = gen.eval(e, out);
    if (v instanceof Val n && n.effects()) {
      out.line(n.code() + ";");
    }
  }

  /** Writes {@code value}, already evaluated, to an assignable expression. */
  void assign(Expr target, Operand value, Code out) {
    assignments.assign(target, value, out);
  }

  // ---------------------------------------------------------------------------------------------
  // Headers, actions, externs, decisions

  private void extract(Expr header, Code out) {
    if (header instanceof Expr.StackRef s) {
      HeaderLayout.Instance inst = ctx.layout.instance(s.instance());
      String e = ctx.temp();
      out.line("int " + e + " = nextFree(" + inst.firstElement() + ", " + inst.elements() + ");");
      out.line("if (" + e + " < 0) {");
      out.line("  return 3; // StackOverflow");
      out.line("}");
      String rel = "(" + e + " - " + inst.firstElement() + ")";
      out.line(
          "error = extract_"
              + inst.type().javaName
              + "("
              + e
              + ", "
              + inst.base()
              + " + "
              + rel
              + " * "
              + inst.stride()
              + ", "
              + inst.firstVar()
              + " + "
              + rel
              + " * "
              + inst.type().varFields
              + ");");
    } else {
      HeaderRefs.Elem el = gen.element((Expr.HeaderRef) header, out);
      out.line(
          "error = extract_"
              + el.inst().type().javaName
              + "("
              + el.id()
              + ", "
              + el.base()
              + ", "
              + el.var()
              + ");");
    }
    out.line("if (error != 0) {");
    out.line("  return error;");
    out.line("}");
  }

  private void setValidity(Stmt.SetValidity v, Code out) {
    HeaderRefs.Elem el = gen.element(v.header(), out);
    if (!v.valid()) {
      out.line("valid[" + el.id() + "] = false;");
      return;
    }
    HeaderLayout.TypeLayout t = el.inst().type();
    out.line(
        "touch("
            + el.id()
            + ", "
            + el.base()
            + ", "
            + t.storageBytes
            + ", "
            + el.var()
            + ", "
            + t.varFields
            + ");");
    out.line("valid[" + el.id() + "] = true;");
  }

  private void callAction(Stmt.CallAction c, Code out) {
    List<Operand> args = gen.inOrder(c.args(), out);
    out.line(Names.action(c.action().name()) + "(" + String.join(", ", javaArgs(args)) + ");");
  }

  /** Operands as Java arguments: a wide one is two. */
  static List<String> javaArgs(List<Operand> args) {
    List<String> out = new ArrayList<>();
    for (Operand a : args) {
      if (a instanceof WideVal w) {
        out.add(w.hi());
        out.add(w.lo());
      } else {
        out.add(((Val) a).code());
      }
    }
    return out;
  }

  private void registerWrite(Stmt.RegisterWrite w, Code out) {
    List<Operand> ops = gen.inOrder(List.of(w.index(), w.value()), out);
    String reg = Names.register(w.register().name());
    String index = CallGen.index(ops.get(0));
    if (w.register().width() > 64) {
      WideVal v = gen.wide.asWide(ops.get(1), out);
      out.line(reg + ".write(" + index + ", " + v.hi() + ", " + v.lo() + ");");
    } else {
      out.line(reg + ".write(" + index + ", " + ((Val) ops.get(1)).code() + ");");
    }
  }

  private void decision(Stmt.Decision d, Code out) {
    if (d instanceof Stmt.Forward f) {
      out.line("operand = " + gen.narrow(f.port(), out).code() + ";");
      out.line("decision = FORWARD;");
    } else if (d instanceof Stmt.Reply) {
      out.line("operand = ingressPort;");
      out.line("decision = FORWARD;");
    } else if (d instanceof Stmt.Drop) {
      out.line("decision = DROP;");
    } else if (d instanceof Stmt.Punt p) {
      out.line("operand = " + gen.narrow(p.reason(), out).code() + ";");
      out.line("decision = PUNT;");
    } else if (d instanceof Stmt.Broadcast) {
      out.line("decision = BROADCAST;");
    } else if (d instanceof Stmt.Multicast m) {
      Operand v = gen.eval(m.portBitmap(), out);
      WideVal w = gen.wide.asWide(v, out);
      out.line("operand = " + w.lo() + ";");
      out.line("operandHi = " + w.hi() + ";");
      out.line("decision = MULTICAST;");
    }
  }

  /** Java parameters for an action's parameters. */
  static String parameters(Decls.Action a) {
    List<String> out = new ArrayList<>();
    for (Decls.Param p : a.params()) {
      String n = Names.param(p.index(), p.name());
      if (p.type() instanceof Type.Bool) {
        out.add("boolean " + n);
      } else if (p.type().width() > 64) {
        out.add("long " + n + "_hi");
        out.add("long " + n + "_lo");
      } else {
        out.add("long " + n);
      }
    }
    return String.join(", ", out);
  }
}
