package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks statements of parser states, actions, the control and the deparser into IR statements.
 * What a block may contain depends on its {@link Body.Kind}: parser states hold local variables,
 * assignments and extracts; the deparser holds emits; actions hold everything the control holds
 * except table applies and action calls.
 */
final class StmtChecker {
  private final Env env;
  private final Body body;
  private final ExprChecker ex;

  StmtChecker(Env env, Body body) {
    this.env = env;
    this.body = body;
    this.ex = new ExprChecker(env, body);
  }

  /** A block with its own scope for locals. */
  Stmt.Block block(dev.oasis.dsl.ast.Stmt.Block b) {
    body.pushScope();
    List<Stmt> statements = statements(b.statements());
    body.popScope();
    return new Stmt.Block(statements, b.span());
  }

  /** Statements in the current scope; statements with errors are left out. */
  List<Stmt> statements(List<dev.oasis.dsl.ast.Stmt> statements) {
    List<Stmt> out = new ArrayList<>();
    for (dev.oasis.dsl.ast.Stmt s : statements) {
      Stmt checked = statement(s);
      if (checked != null) {
        out.add(checked);
      }
    }
    return out;
  }

  Stmt statement(dev.oasis.dsl.ast.Stmt s) {
    if (s instanceof dev.oasis.dsl.ast.Stmt.Empty) {
      return null;
    }
    if (s instanceof dev.oasis.dsl.ast.Stmt.ExprStmt e) {
      if (e.expr() instanceof dev.oasis.dsl.ast.Expr.Call c) {
        return new CallStatements(ex).statement(c);
      }
      if (!ex.check(e.expr(), null).isPoison()) {
        env.diags.error(SemanticCodes.NO_EFFECT, e.span(), "'" + e.expr().span().text() + "'");
      }
      return null;
    }
    if (s instanceof dev.oasis.dsl.ast.Stmt.Emit e) {
      return emit(e);
    }
    boolean allowed =
        switch (body.kind) {
          case PARSER ->
              s instanceof dev.oasis.dsl.ast.Stmt.Var || s instanceof dev.oasis.dsl.ast.Stmt.Assign;
          case CONTROL, ACTION -> true;
          default -> false;
        };
    if (!allowed) {
      ex.notAllowed(describe(s), s.span());
      return null;
    }
    if (s instanceof dev.oasis.dsl.ast.Stmt.Block b) {
      return block(b);
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.If i) {
      return ifStatement(i);
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Switch w) {
      return new SwitchChecker(env, ex, this).check(w);
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Var v) {
      return variable(v);
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Assign a) {
      return assign(a);
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Return r) {
      return new Stmt.Return(r.span());
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("unknown statement " + s);
  }

  private static String describe(dev.oasis.dsl.ast.Stmt s) {
    if (s instanceof dev.oasis.dsl.ast.Stmt.If) {
      return "'if'";
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Switch) {
      return "'switch'";
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Return) {
      return "'return'";
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Var) {
      return "a variable declaration";
    } else if (s instanceof dev.oasis.dsl.ast.Stmt.Assign) {
      return "an assignment";
    }
    return "a block";
  }

  /** A branch as a block: a block as it is, any other statement in a block of its own. */
  Stmt.Block branch(dev.oasis.dsl.ast.Stmt s) {
    if (s instanceof dev.oasis.dsl.ast.Stmt.Block b) {
      return block(b);
    }
    body.pushScope();
    Stmt checked = statement(s);
    body.popScope();
    return new Stmt.Block(checked == null ? List.of() : List.of(checked), s.span());
  }

  private Stmt ifStatement(dev.oasis.dsl.ast.Stmt.If i) {
    Expr condition = ex.checkBool(i.condition());
    Stmt.Block then = branch(i.then());
    Stmt.Block otherwise =
        i.otherwise() == null ? new Stmt.Block(List.of(), i.span()) : branch(i.otherwise());
    return condition == null ? null : new Stmt.If(condition, then, otherwise, i.span());
  }

  private Stmt variable(dev.oasis.dsl.ast.Stmt.Var v) {
    String name = v.name().text();
    SemType type = env.types.resolve(v.type());
    Expr init = null;
    if (v.init() != null) {
      init =
          type.isPoison()
              ? null
              : ex.checkValue(v.init(), type, "the initial value of '" + name + "'");
      if (type.isPoison()) {
        ex.check(v.init(), null);
      }
    }
    if (Globals.RESERVED.contains(name)) {
      env.diags.error(SemanticCodes.RESERVED_NAME, v.name().span(), name);
      return null;
    }
    dev.oasis.dsl.ast.Node hidden = env.globals.hiddenBy(name);
    if (hidden != null) {
      Globals.hides(env.diags, "local", v.name(), hidden);
      body.poison(name);
      return null;
    }
    Decls.Local existing = body.local(name);
    Decls.Param param = body.params.get(name);
    if (existing != null || param != null) {
      Span first = existing != null ? existing.span() : param.span();
      Diagnostic d = env.diags.error(SemanticCodes.DUPLICATE_DECLARATION, v.name().span(), name);
      env.diags.replace(d, d.withNote("'" + name + "' is first declared here", first));
      return null;
    }
    if (type.isPoison()) {
      body.poison(name);
      return null;
    }
    if (!TypeResolver.isScalar(type)) {
      env.diags.error(
          SemanticCodes.TYPE_NOT_ALLOWED,
          v.type().span(),
          "local '" + name + "'",
          type,
          "bit<N>, bool or an enum");
      body.poison(name);
      return null;
    }
    Decls.Local local = env.newLocal(name, type.irType(), v.name().span());
    env.tag(local, type);
    body.declare(local);
    if (v.init() == null) {
      init = new Expr.Const(BigInteger.ZERO, type.irType(), v.span());
    }
    return init == null ? null : new Stmt.Declare(local, init, v.span());
  }

  private Stmt assign(dev.oasis.dsl.ast.Stmt.Assign a) {
    Typed target = ex.check(a.target(), null);
    String text = a.target().span().text();
    if (target.isPoison()) {
      ex.check(a.value(), null);
      return null;
    }
    String problem = notAssignable(target.ir());
    if (problem != null) {
      env.diags.error(SemanticCodes.NOT_ASSIGNABLE, a.target().span(), "'" + text + "'", problem);
      ex.check(a.value(), null);
      return null;
    }
    String role = "the value assigned to '" + text + "'";
    if (target.type().isBytes()) {
      return assignBytes(a, target, role);
    }
    Expr value = ex.checkValue(a.value(), target.type(), role);
    return value == null ? null : new Stmt.Assign(target.ir(), value, a.span());
  }

  /** A byte string is copied from one of at most the same maximum length. */
  private Stmt assignBytes(dev.oasis.dsl.ast.Stmt.Assign a, Typed target, String role) {
    Typed value = ex.check(a.value(), null);
    if (value.isPoison()) {
      return null;
    }
    int max = ((Type.Bytes) target.ir().type()).maxBytes();
    if (!value.type().isBytes() || ((Type.Bytes) value.ir().type()).maxBytes() > max) {
      env.diags.error(
          SemanticCodes.TYPE_MISMATCH,
          a.value().span(),
          role,
          "a byte string of at most " + max + " bytes",
          value.isUnsized() ? "integer literal" : value.type(),
          "");
      return null;
    }
    return new Stmt.Assign(target.ir(), value.ir(), a.span());
  }

  /** Why {@code target} cannot be assigned, or null if it can. */
  private static String notAssignable(Expr target) {
    if (target instanceof Expr.LocalRef || target instanceof Expr.MetaRef) {
      return null;
    }
    if (target instanceof Expr.FieldRef f && f.header() != null) {
      return null;
    }
    if (target instanceof Expr.Slice s) {
      return s.operand().type() instanceof Type.Bit ? notAssignable(s.operand()) : "not a field";
    }
    if (target instanceof Expr.ParamRef) {
      return "action parameters are read-only";
    }
    if (target instanceof Expr.IntrinsicRef) {
      return "packet fields are read-only";
    }
    if (target instanceof Expr.HeaderRef || target instanceof Expr.StackRef) {
      return "a whole header cannot be assigned; assign its fields";
    }
    if (target instanceof Expr.Const) {
      return "it is a constant";
    }
    return "it is not a variable or a field";
  }

  private Stmt emit(dev.oasis.dsl.ast.Stmt.Emit e) {
    if (body.kind != Body.Kind.DEPARSER) {
      ex.notAllowed("emit", e.span());
      return null;
    }
    Typed t = ex.check(e.header(), null);
    if (t.isPoison()) {
      return null;
    }
    boolean header = t.ir() instanceof Expr.HeaderRef h && h.index() != Expr.HeaderRef.LAST;
    if (!header && !(t.ir() instanceof Expr.StackRef)) {
      env.diags.error(
          SemanticCodes.TYPE_MISMATCH,
          e.header().span(),
          "the argument of emit",
          "a header or a header stack",
          t.isUnsized() ? "integer literal" : ExprChecker.describe(t),
          "");
      return null;
    }
    return new Stmt.Emit(t.ir(), e.span());
  }
}
