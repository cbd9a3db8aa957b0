package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Expr.Call;
import dev.oasis.dsl.ast.Expr.Member;
import dev.oasis.dsl.ast.Expr.NameRef;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls used as statements: {@code extract}, the forwarding decisions, action calls, {@code count},
 * {@code write}, {@code setValid}/{@code setInvalid}, and table applies and map operations
 * evaluated for their effect. Anything else as a statement has no effect and is an error.
 */
final class CallStatements {
  private final ExprChecker ex;
  private final Env env;
  private final Calls calls;

  CallStatements(ExprChecker ex) {
    this.ex = ex;
    this.env = ex.env;
    this.calls = ex.calls();
  }

  /** The statement for a call used as one, or null after an error. */
  Stmt statement(Call c) {
    if (c.callee() instanceof NameRef ref && !calls.shadowed(ref)) {
      String name = ref.name().text();
      if (env.globals.isDuplicated(name)) {
        c.args().forEach(a -> ex.check(a, null));
        return null;
      }
      if (name.equals("extract")) {
        return extract(c);
      }
      if (Calls.DECISIONS.contains(name)) {
        return decision(name, c);
      }
      if (Calls.VALUE_BUILTINS.contains(name)) {
        ex.check(c, null);
        calls.error(SemanticCodes.NO_EFFECT, c.span(), "'" + c.span().text() + "'");
        return null;
      }
      if (env.globals.lookup(name) instanceof Decl.Action) {
        return callAction(name, c);
      }
    }
    if (c.callee() instanceof Member m) {
      return methodStatement(c, m);
    }
    return effect(c);
  }

  private Stmt methodStatement(Call c, Member m) {
    String method = m.member().text();
    Node global = ex.globalObject(m.target());
    String target = m.target().span().text();
    if (global != null && calls.quietExtern(c, target)) {
      return null;
    }
    if (global instanceof Decl.Counter && method.equals("count")) {
      Decls.Counter counter = env.counters.get(target);
      if (!calls.externAllowed(c) || !calls.arity(c, target + ".count", 1) || counter == null) {
        return null;
      }
      Expr index = calls.index(c.args().get(0), "the index of counter '" + target + "'");
      return index == null ? null : new Stmt.Count(counter, index, c.span());
    }
    if (global instanceof Decl.Register && method.equals("write")) {
      Decls.Register register = env.registers.get(target);
      if (!calls.externAllowed(c) || !calls.arity(c, target + ".write", 2) || register == null) {
        return null;
      }
      Expr index = calls.index(c.args().get(0), "the index of register '" + target + "'");
      Expr value =
          ex.checkValue(
              c.args().get(1),
              SemType.bit(register.width()),
              "the value written to register '" + target + "'");
      return index == null || value == null
          ? null
          : new Stmt.RegisterWrite(register, index, value, c.span());
    }
    if (global == null && (method.equals("setValid") || method.equals("setInvalid"))) {
      return setValidity(c, m, method.equals("setValid"));
    }
    return effect(c);
  }

  private Stmt setValidity(Call c, Member m, boolean valid) {
    Typed t = ex.check(m.target(), null);
    if (t.isPoison()) {
      return null;
    }
    if (!(t.ir() instanceof Expr.HeaderRef h)) {
      calls.unknownMethod(
          m,
          ExprChecker.describe(t),
          t.type().irType() instanceof Type.Stack
              ? "a method of one element, e.g. " + m.target().span().text() + "[0]"
              : "a header before it");
      return null;
    }
    if (!ex.body.isControlOrAction()) {
      ex.notAllowed(m.member().text() + "()", c.span());
      return null;
    }
    if (h.index() == Expr.HeaderRef.LAST) {
      ex.notAllowed(m.member().text() + "() on '" + m.target().span().text() + "'", c.span());
      return null;
    }
    if (!calls.arity(c, m.span().text(), 0)) {
      return null;
    }
    return new Stmt.SetValidity(h, valid, c.span());
  }

  /** A call evaluated for its effect: a table apply or a map operation. */
  private Stmt effect(Call c) {
    Typed t = ex.check(c, null);
    if (t.isPoison()) {
      return null;
    }
    if (t.ir() instanceof Expr.ApplyTable || t.ir() instanceof Expr.MapCall) {
      return new Stmt.Eval(t.ir(), c.span());
    }
    calls.error(SemanticCodes.NO_EFFECT, c.span(), "'" + c.span().text() + "'");
    return null;
  }

  private Stmt extract(Call c) {
    if (ex.body.kind != Body.Kind.PARSER) {
      ex.notAllowed("extract", c.span());
      return null;
    }
    if (!calls.arity(c, "extract", 1)) {
      return null;
    }
    Typed t = ex.check(c.args().get(0), null);
    if (t.isPoison()) {
      return null;
    }
    boolean single = t.ir() instanceof Expr.HeaderRef h && h.index() == Expr.HeaderRef.NONE;
    if (!single && !(t.ir() instanceof Expr.StackRef)) {
      calls.error(SemanticCodes.BAD_EXTRACT, t.span(), ExprChecker.describe(t));
      return null;
    }
    return new Stmt.Extract(t.ir(), c.span());
  }

  private Stmt decision(String name, Call c) {
    if (!ex.body.isControlOrAction()) {
      ex.notAllowed(name + "()", c.span());
      return null;
    }
    Span span = c.span();
    switch (name) {
      case "forward", "punt" -> {
        if (!calls.arity(c, name, 1)) {
          return null;
        }
        String role = name.equals("forward") ? "the port of forward" : "the reason of punt";
        Expr arg = ex.checkValue(c.args().get(0), SemType.bit(16), role);
        if (arg == null) {
          return null;
        }
        return name.equals("forward") ? new Stmt.Forward(arg, span) : new Stmt.Punt(arg, span);
      }
      case "multicast" -> {
        if (!calls.arity(c, name, 1)) {
          return null;
        }
        Typed t = ex.check(c.args().get(0), null);
        if (t.isPoison()) {
          return null;
        }
        Expr bitmap;
        if (t.isUnsized()) {
          bitmap = ex.sizeLiteral(t, multicastWidth(env.config));
        } else if (t.type().isBit()) {
          bitmap = t.ir();
        } else {
          calls.error(
              SemanticCodes.TYPE_MISMATCH, t.span(), "the port bitmap", "bit<N>", t.type(), "");
          return null;
        }
        return bitmap == null ? null : new Stmt.Multicast(bitmap, span);
      }
      default -> {
        if (!calls.arity(c, name, 0)) {
          return null;
        }
        return switch (name) {
          case "drop" -> new Stmt.Drop(span);
          case "reply" -> new Stmt.Reply(span);
          case "broadcast" -> new Stmt.Broadcast(span);
          default -> new Stmt.DiscardPayload(span);
        };
      }
    }
  }

  /** The width of a literal port bitmap: one bit per port (at most 2048). */
  static int multicastWidth(Decls.Config config) {
    return Math.min(Math.max(config.ports(), 1), TypeResolver.MAX_WIDTH);
  }

  private Stmt callAction(String name, Call c) {
    if (ex.body.kind != Body.Kind.CONTROL) {
      ex.notAllowed("calling action '" + name + "'", c.span());
      return null;
    }
    Decls.Action action = env.actions.get(name);
    if (action == null) {
      return null;
    }
    List<Expr> args = arguments(action, c.args(), c.span());
    return args == null ? null : new Stmt.CallAction(action, args, c.span());
  }

  /** The arguments of a call of {@code action}, checked against its parameters; null on error. */
  private List<Expr> arguments(Decls.Action action, List<dev.oasis.dsl.ast.Expr> given, Span span) {
    if (env.actionsWithBadParams.contains(action.name())) {
      given.forEach(g -> ex.check(g, null));
      return null;
    }
    if (given.size() != action.params().size()) {
      calls.error(
          SemanticCodes.ACTION_ARGUMENT_COUNT,
          span,
          action.name(),
          action.params().size(),
          given.size());
      return null;
    }
    List<Expr> args = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < given.size(); i++) {
      Decls.Param p = action.params().get(i);
      String role = "argument '" + p.name() + "' of action '" + action.name() + "'";
      Expr arg = ex.checkValue(given.get(i), env.semType(p, p.type()), role);
      ok &= arg != null;
      args.add(arg);
    }
    return ok ? args : null;
  }
}
