package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Expr.Call;
import dev.oasis.dsl.ast.Expr.Member;
import dev.oasis.dsl.ast.Expr.NameRef;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Calls: built-in functions and forwarding primitives, action calls, and methods of headers,
 * tables, counters, registers and maps. A call with a value is checked by {@link #expression}, a
 * call used as a statement by {@link #statement}; each checks that the call is allowed in the block
 * it appears in.
 */
final class Calls {
  static final Set<String> DECISIONS =
      Set.of("forward", "drop", "reply", "punt", "broadcast", "multicast", "discard_payload");
  static final Set<String> VALUE_BUILTINS = Set.of("csum16", "csum16_update", "sizeof", "lower");

  private final ExprChecker ex;
  private final Env env;
  private final Builtins builtins;

  Calls(ExprChecker ex) {
    this.ex = ex;
    this.env = ex.env;
    this.builtins = new Builtins(ex, this);
  }

  void error(SemanticCodes code, Span span, Object... args) {
    env.diags.error(code, span, args);
  }

  // ---- calls with a value -------------------------------------------------------------------

  Typed expression(Call c, SemType expected) {
    Span span = c.span();
    if (c.callee() instanceof NameRef ref && !shadowed(ref)) {
      String name = ref.name().text();
      if (env.globals.isDuplicated(name)) {
        c.args().forEach(a -> ex.check(a, null));
        return Typed.poison(span);
      }
      if (VALUE_BUILTINS.contains(name)) {
        return builtins.call(name, c);
      }
      if (DECISIONS.contains(name) || name.equals("extract")) {
        error(SemanticCodes.WRONG_KIND_OF_NAME, ref.span(), name, "a statement", "a value");
        return Typed.poison(span);
      }
      Node global = env.globals.lookup(name);
      if (global instanceof Decl.Action) {
        error(
            SemanticCodes.WRONG_KIND_OF_NAME,
            ref.span(),
            name,
            "an action",
            "a value; call it as a statement");
        return Typed.poison(span);
      }
      if (global == null) {
        if (!env.firstReport("function:" + name)) {
          return Typed.poison(span);
        }
        List<String> candidates = new ArrayList<>(VALUE_BUILTINS);
        candidates.addAll(DECISIONS);
        candidates.addAll(env.globals.namesOf(Decl.Action.class));
        error(
            SemanticCodes.UNKNOWN_FUNCTION,
            ref.span(),
            name,
            Suggestions.didYouMean(name, candidates));
        return Typed.poison(span);
      }
      error(
          SemanticCodes.WRONG_KIND_OF_NAME,
          ref.span(),
          name,
          Globals.describe(global),
          "a function");
      return Typed.poison(span);
    }
    if (c.callee() instanceof Member m) {
      return method(c, m);
    }
    error(
        SemanticCodes.WRONG_KIND_OF_NAME,
        c.callee().span(),
        c.callee().span().text(),
        "an expression",
        "a function");
    return Typed.poison(span);
  }

  boolean shadowed(NameRef ref) {
    String name = ref.name().text();
    return ex.body.local(name) != null || ex.body.params.containsKey(name);
  }

  boolean arity(Call c, String what, int expected) {
    if (c.args().size() == expected) {
      return true;
    }
    String takes =
        expected == 0 ? "no arguments" : expected == 1 ? "1 argument" : expected + " arguments";
    error(SemanticCodes.ARGUMENT_COUNT, c.span(), what, takes, c.args().size());
    return false;
  }

  private Typed method(Call c, Member m) {
    String method = m.member().text();
    Node global = ex.globalObject(m.target());
    String target = m.target().span().text();
    if (global != null && quietExtern(c, target)) {
      return Typed.poison(c.span());
    }
    if (global instanceof Decl.Table) {
      if (!method.equals("apply")) {
        return unknownMethod(m, "table '" + target + "'", "apply");
      }
      if (ex.body.kind != Body.Kind.CONTROL) {
        ex.notAllowed("applying table '" + target + "'", c.span());
        return Typed.poison(c.span());
      }
      Table table = env.tables.get(target);
      if (!arity(c, target + ".apply", 0) || table == null) {
        return Typed.poison(c.span());
      }
      return Typed.of(new Expr.ApplyTable(table, c.span()));
    }
    if (global instanceof Decl.Register) {
      if (method.equals("write")) {
        return statementOnly(m);
      }
      if (!method.equals("read")) {
        return unknownMethod(m, "register '" + target + "'", "read or write");
      }
      Decls.Register register = env.registers.get(target);
      if (!externAllowed(c) || !arity(c, target + ".read", 1) || register == null) {
        return Typed.poison(c.span());
      }
      Expr index = index(c.args().get(0), "the index of register '" + target + "'");
      return index == null
          ? Typed.poison(c.span())
          : Typed.of(new Expr.RegisterRead(register, index, c.span()));
    }
    if (global instanceof Decl.Map) {
      return mapCall(c, m, target);
    }
    if (global instanceof Decl.Counter) {
      return method.equals("count")
          ? statementOnly(m)
          : unknownMethod(m, "counter '" + target + "'", "count");
    }
    if (global != null) {
      error(
          SemanticCodes.UNKNOWN_METHOD,
          m.member().span(),
          Globals.describe(global) + " '" + target + "'",
          method,
          "a header, table, counter, register or map before '." + method + "()'");
      return Typed.poison(c.span());
    }
    Typed value = ex.check(m.target(), null);
    if (value.isPoison()) {
      return value;
    }
    if (value.type().irType() instanceof Type.Header) {
      if (method.equals("setValid") || method.equals("setInvalid")) {
        return statementOnly(m);
      }
      if (!method.equals("isValid")) {
        return unknownMethod(m, "header '" + target + "'", "isValid, setValid or setInvalid");
      }
      if (!arity(c, target + ".isValid", 0)) {
        return Typed.poison(c.span());
      }
      return Typed.of(new Expr.IsValid((Expr.HeaderRef) value.ir(), c.span()));
    }
    if (value.type().irType() instanceof Type.Stack) {
      return unknownMethod(
          m, "header stack '" + target + "'", "a method of one element, e.g. " + target + "[0]");
    }
    return unknownMethod(
        m, ExprChecker.describe(value), "a header, table, counter, register or map before it");
  }

  /** A call on an extern whose declaration had an error: only its arguments are checked. */
  boolean quietExtern(Call c, String target) {
    if (!env.poisoned.contains("extern:" + target)) {
      return false;
    }
    c.args().forEach(a -> ex.check(a, null));
    return true;
  }

  Typed unknownMethod(Member m, String what, String expected) {
    error(SemanticCodes.UNKNOWN_METHOD, m.member().span(), what, m.member().text(), expected);
    return Typed.poison(m.span());
  }

  private Typed statementOnly(Member m) {
    String what = m.span().text();
    error(SemanticCodes.WRONG_KIND_OF_NAME, m.span(), what, "a statement", "a value");
    return Typed.poison(m.span());
  }

  boolean externAllowed(Call c) {
    if (ex.body.isControlOrAction()) {
      return true;
    }
    ex.notAllowed(c.callee().span().text() + "()", c.span());
    return false;
  }

  private Typed mapCall(Call c, Member m, String target) {
    String method = m.member().text();
    Expr.MapOp op =
        switch (method) {
          case "get" -> Expr.MapOp.GET;
          case "contains" -> Expr.MapOp.CONTAINS;
          case "put" -> Expr.MapOp.PUT;
          case "remove" -> Expr.MapOp.REMOVE;
          default -> null;
        };
    if (op == null) {
      return unknownMethod(m, "map '" + target + "'", "get, contains, put or remove");
    }
    Decls.MapDecl map = env.maps.get(target);
    int args = op == Expr.MapOp.PUT ? 2 : 1;
    if (!externAllowed(c) || !arity(c, target + "." + method, args) || map == null) {
      return Typed.poison(c.span());
    }
    Expr key =
        ex.checkValue(
            c.args().get(0), SemType.bit(map.keyWidth()), "the key of map '" + target + "'");
    Expr value =
        op == Expr.MapOp.PUT
            ? ex.checkValue(
                c.args().get(1), SemType.bit(map.valueWidth()), "the value of map '" + target + "'")
            : null;
    if (key == null || (op == Expr.MapOp.PUT && value == null)) {
      return Typed.poison(c.span());
    }
    return Typed.of(new Expr.MapCall(map, op, key, value, c.span()));
  }

  /** An index of a counter or register: any bit<N>; a literal is a bit<32>. */
  Expr index(dev.oasis.dsl.ast.Expr e, String role) {
    Typed t = ex.check(e, null);
    if (t.isPoison()) {
      return null;
    }
    if (t.isUnsized()) {
      return ex.sizeLiteral(t, 32);
    }
    if (!t.type().isBit()) {
      error(SemanticCodes.TYPE_MISMATCH, e.span(), role, "bit<N>", t.type(), "");
      return null;
    }
    return t.ir();
  }
}
