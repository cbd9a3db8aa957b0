package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
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

  Calls(ExprChecker ex) {
    this.ex = ex;
    this.env = ex.env;
  }

  private void error(SemanticCodes code, Span span, Object... args) {
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
        return builtin(name, c);
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

  private boolean shadowed(NameRef ref) {
    String name = ref.name().text();
    return ex.body.local(name) != null || ex.body.params.containsKey(name);
  }

  private boolean arity(Call c, String what, int expected) {
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
  private boolean quietExtern(Call c, String target) {
    if (!env.poisoned.contains("extern:" + target)) {
      return false;
    }
    c.args().forEach(a -> ex.check(a, null));
    return true;
  }

  private Typed unknownMethod(Member m, String what, String expected) {
    error(SemanticCodes.UNKNOWN_METHOD, m.member().span(), what, m.member().text(), expected);
    return Typed.poison(m.span());
  }

  private Typed statementOnly(Member m) {
    String what = m.span().text();
    error(SemanticCodes.WRONG_KIND_OF_NAME, m.span(), what, "a statement", "a value");
    return Typed.poison(m.span());
  }

  private boolean externAllowed(Call c) {
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
  private Expr index(dev.oasis.dsl.ast.Expr e, String role) {
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

  // ---- built-in functions -------------------------------------------------------------------

  private Typed builtin(String name, Call c) {
    return switch (name) {
      case "csum16" -> csum16(c);
      case "csum16_update" -> csum16Update(c);
      case "sizeof" -> sizeOf(c);
      default -> lower(c);
    };
  }

  private Typed csum16(Call c) {
    if (c.args().isEmpty()) {
      error(SemanticCodes.ARGUMENT_COUNT, c.span(), "csum16", "at least 1 argument", 0);
      return Typed.poison(c.span());
    }
    List<Expr> args = new ArrayList<>();
    boolean ok = true;
    for (dev.oasis.dsl.ast.Expr arg : c.args()) {
      Expr ir = csumArgument(arg);
      ok &= ir != null;
      args.add(ir);
    }
    return ok
        ? Typed.of(new Expr.BuiltinCall(Expr.Builtin.CSUM16, args, Type.bit(16), c.span()))
        : Typed.poison(c.span());
  }

  private Expr csumArgument(dev.oasis.dsl.ast.Expr arg) {
    if (arg instanceof NameRef ref && ref.name().text().equals("payload") && !shadowed(ref)) {
      if (!ex.body.isControlOrAction()) {
        ex.notAllowed("the payload", arg.span());
        return null;
      }
      return new Expr.Payload(arg.span());
    }
    Typed t = ex.check(arg, null);
    Expr ir = ex.sized(t, "an argument of csum16", "16w0");
    if (ir == null) {
      return null;
    }
    Type type = t.type().irType();
    boolean wholeBytes =
        (t.type().isBit() && type.width() % 8 == 0)
            || type instanceof Type.Header
            || type instanceof Type.Stack
            || type instanceof Type.Bytes;
    if (!wholeBytes) {
      error(SemanticCodes.BAD_CHECKSUM_ARGUMENT, arg.span(), arg.span().text(), t.type());
      return null;
    }
    return ir;
  }

  private Typed csum16Update(Call c) {
    if (!arity(c, "csum16_update", 3)) {
      return Typed.poison(c.span());
    }
    Expr hc = ex.checkValue(c.args().get(0), SemType.bit(16), "the checksum of csum16_update");
    Typed old = ex.check(c.args().get(1), null);
    Typed now = ex.check(c.args().get(2), null);
    if (old.isPoison() || now.isPoison()) {
      return Typed.poison(c.span());
    }
    // A literal takes the width of the other value, as with a binary operator.
    Expr oldIr =
        old.isUnsized() && !now.isUnsized()
            ? ex.coerce(old, now.type(), "the old value of csum16_update")
            : ex.sized(old, "the old value of csum16_update", "16w0");
    Expr newIr =
        now.isUnsized() && !old.isUnsized()
            ? ex.coerce(now, old.type(), "the new value of csum16_update")
            : ex.sized(now, "the new value of csum16_update", "16w0");
    if (hc == null || oldIr == null || newIr == null) {
      return Typed.poison(c.span());
    }
    Type oldType = oldIr.type();
    Type newType = newIr.type();
    boolean bits = oldType instanceof Type.Bit && newType instanceof Type.Bit;
    if (!bits || !oldType.equals(newType) || oldType.width() % 16 != 0) {
      error(
          SemanticCodes.BAD_CHECKSUM_UPDATE,
          c.span(),
          old.isUnsized() ? oldType : old.type(),
          now.isUnsized() ? newType : now.type());
      return Typed.poison(c.span());
    }
    return Typed.of(
        new Expr.BuiltinCall(
            Expr.Builtin.CSUM16_UPDATE, List.of(hc, oldIr, newIr), Type.bit(16), c.span()));
  }

  private Typed sizeOf(Call c) {
    if (!arity(c, "sizeof", 1)) {
      return Typed.poison(c.span());
    }
    Typed t = ex.check(c.args().get(0), null);
    if (t.isPoison()) {
      return t;
    }
    Type type = t.type().irType();
    boolean sized =
        type instanceof Type.Header
            || type instanceof Type.Stack
            || (type instanceof Type.Bytes && t.ir() instanceof Expr.FieldRef);
    if (!sized) {
      error(
          SemanticCodes.TYPE_MISMATCH,
          t.span(),
          "the argument of sizeof",
          "a header, a header stack or a bytes field",
          t.isUnsized() ? "integer literal" : t.type(),
          "");
      return Typed.poison(c.span());
    }
    return Typed.of(
        new Expr.BuiltinCall(Expr.Builtin.SIZEOF, List.of(t.ir()), Type.bit(16), c.span()));
  }

  private Typed lower(Call c) {
    if (!arity(c, "lower", 1)) {
      return Typed.poison(c.span());
    }
    Typed t = ex.check(c.args().get(0), null);
    if (t.isPoison()) {
      return t;
    }
    if (!t.type().isBytes()) {
      error(
          SemanticCodes.TYPE_MISMATCH,
          t.span(),
          "the argument of lower",
          "a byte string",
          t.isUnsized() ? "integer literal" : t.type(),
          "");
      return Typed.poison(c.span());
    }
    return Typed.of(
        new Expr.BuiltinCall(Expr.Builtin.LOWER, List.of(t.ir()), t.ir().type(), c.span()));
  }

  // ---- calls as statements ------------------------------------------------------------------

  /** The statement for a call used as one, or null after an error. */
  Stmt statement(Call c) {
    if (c.callee() instanceof NameRef ref && !shadowed(ref)) {
      String name = ref.name().text();
      if (env.globals.isDuplicated(name)) {
        c.args().forEach(a -> ex.check(a, null));
        return null;
      }
      if (name.equals("extract")) {
        return extract(c);
      }
      if (DECISIONS.contains(name)) {
        return decision(name, c);
      }
      if (VALUE_BUILTINS.contains(name)) {
        ex.check(c, null);
        error(SemanticCodes.NO_EFFECT, c.span(), "'" + c.span().text() + "'");
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
    if (global != null && quietExtern(c, target)) {
      return null;
    }
    if (global instanceof Decl.Counter && method.equals("count")) {
      Decls.Counter counter = env.counters.get(target);
      if (!externAllowed(c) || !arity(c, target + ".count", 1) || counter == null) {
        return null;
      }
      Expr index = index(c.args().get(0), "the index of counter '" + target + "'");
      return index == null ? null : new Stmt.Count(counter, index, c.span());
    }
    if (global instanceof Decl.Register && method.equals("write")) {
      Decls.Register register = env.registers.get(target);
      if (!externAllowed(c) || !arity(c, target + ".write", 2) || register == null) {
        return null;
      }
      Expr index = index(c.args().get(0), "the index of register '" + target + "'");
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
      unknownMethod(
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
    if (!arity(c, m.span().text(), 0)) {
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
    error(SemanticCodes.NO_EFFECT, c.span(), "'" + c.span().text() + "'");
    return null;
  }

  private Stmt extract(Call c) {
    if (ex.body.kind != Body.Kind.PARSER) {
      ex.notAllowed("extract", c.span());
      return null;
    }
    if (!arity(c, "extract", 1)) {
      return null;
    }
    Typed t = ex.check(c.args().get(0), null);
    if (t.isPoison()) {
      return null;
    }
    boolean single = t.ir() instanceof Expr.HeaderRef h && h.index() == Expr.HeaderRef.NONE;
    if (!single && !(t.ir() instanceof Expr.StackRef)) {
      error(SemanticCodes.BAD_EXTRACT, t.span(), ExprChecker.describe(t));
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
        if (!arity(c, name, 1)) {
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
        if (!arity(c, name, 1)) {
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
          error(SemanticCodes.TYPE_MISMATCH, t.span(), "the port bitmap", "bit<N>", t.type(), "");
          return null;
        }
        return bitmap == null ? null : new Stmt.Multicast(bitmap, span);
      }
      default -> {
        if (!arity(c, name, 0)) {
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
      error(
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
