package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Type;
import dev.oasis.compiler.passes.ExprFolder;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Resolves and types one expression of the AST into the IR.
 *
 * <p>Literals without a width stay unsized ({@link SemType.Unsized}) until their context sizes
 * them: the expected type passed down (assignment target, parameter type, cast) reaches literals
 * through unary operators and conditionals; in a binary operation a literal takes the type of the
 * other operand; an operation on two literals is computed on unbounded integers and the result must
 * fit where it is used. Every error is reported once and gives a poison value, which operations on
 * it pass on silently.
 */
final class ExprChecker {
  final Env env;
  final Body body;
  private final Operators operators;
  private final Accessors accessors;
  private final Names names;
  private final Calls calls;

  ExprChecker(Env env, Body body) {
    this.env = env;
    this.body = body;
    this.operators = new Operators(this);
    this.accessors = new Accessors(this);
    this.names = new Names(this);
    this.calls = new Calls(this);
  }

  Calls calls() {
    return calls;
  }

  // ---- entry points -------------------------------------------------------------------------

  /** Checks {@code e}; {@code expected} (may be null) sizes literals under unary operators. */
  Typed check(dev.oasis.dsl.ast.Expr e, SemType expected) {
    if (e instanceof dev.oasis.dsl.ast.Expr.IntLit l) {
      return intLiteral(l);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.StringLit s) {
      byte[] bytes = s.value().getBytes(StandardCharsets.UTF_8);
      return Typed.of(new Expr.BytesConst(bytes, s.span()));
    } else if (e instanceof dev.oasis.dsl.ast.Expr.BoolLit b) {
      return Typed.of(
          new Expr.Const(b.value() ? BigInteger.ONE : BigInteger.ZERO, Type.BOOL, b.span()));
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Lookahead l) {
      return lookahead(l);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.ErrorLit l) {
      Decls.ErrorCode code = errorCode(l);
      return code == null
          ? Typed.poison(l.span())
          : Typed.of(new Expr.Const(BigInteger.valueOf(code.value()), Type.bit(8), l.span()));
    } else if (e instanceof dev.oasis.dsl.ast.Expr.NameRef n) {
      return names.resolve(n);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Member m) {
      return accessors.member(m);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Index i) {
      return accessors.index(i);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Slice s) {
      return accessors.slice(s);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Call c) {
      return calls.expression(c, expected);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Cast c) {
      return cast(c);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Unary u) {
      return operators.unary(u, expected);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Binary b) {
      return operators.binary(b);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Conditional c) {
      return operators.conditional(c, expected);
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("unknown expression " + e);
  }

  /** Checks {@code e} as a value of type {@code target}; null after an error. */
  Expr checkValue(dev.oasis.dsl.ast.Expr e, SemType target, String role) {
    return coerce(check(e, target), target, role);
  }

  /** Checks a condition: a bool. Null after an error. */
  Expr checkBool(dev.oasis.dsl.ast.Expr e) {
    Typed t = check(e, SemType.BOOL);
    if (t.isPoison()) {
      return null;
    }
    if (misusedApply(t)) {
      return null;
    }
    if (!t.type().isBool()) {
      env.diags.error(SemanticCodes.CONDITION_NOT_BOOL, e.span(), t.type());
      return null;
    }
    return t.ir();
  }

  /**
   * {@code t} as a value of type {@code target}: a literal is sized (and must fit), any other value
   * must have exactly that type. Null after an error (reported unless {@code t} is poison).
   */
  Expr coerce(Typed t, SemType target, String role) {
    if (t.isPoison() || target.isPoison()) {
      return null;
    }
    if (t.isUnsized()) {
      if (target.isBit()) {
        return sizeLiteral(t, target.irType().width());
      }
      env.diags.error(
          SemanticCodes.TYPE_MISMATCH, t.span(), role, target, "integer literal " + text(t), "");
      return null;
    }
    if (misusedApply(t)) {
      return null;
    }
    if (t.type() instanceof SemType.MetaStruct) {
      env.diags.error(SemanticCodes.TYPE_MISMATCH, t.span(), role, target, t.type(), "");
      return null;
    }
    if (sameType(t.type(), target)) {
      return t.ir();
    }
    env.diags.error(
        SemanticCodes.TYPE_MISMATCH, t.span(), role, target, t.type(), hint(t.type(), target));
    return null;
  }

  /** Reports {@code t.apply()} used as a value; true if it was. */
  boolean misusedApply(Typed t) {
    if (t.type().irType() instanceof Type.ApplyResult r) {
      env.diags.error(SemanticCodes.APPLY_RESULT_MISUSED, t.span(), r.table().name());
      return true;
    }
    return false;
  }

  /** A fix for a value of type {@code found} where {@code expected} is needed. */
  static String hint(SemType found, SemType expected) {
    if ((found.isBit() || found instanceof SemType.Enum) && expected.isBit()) {
      return "; cast it, e.g. (" + expected + ") x";
    }
    if (found.isBit() && expected.isBool()) {
      return "; compare it, e.g. x != 0";
    }
    return "";
  }

  static boolean sameType(SemType a, SemType b) {
    if (a instanceof SemType.Enum x && b instanceof SemType.Enum y) {
      return x.info().name().equals(y.info().name());
    }
    if (a instanceof SemType.Of x && b instanceof SemType.Of y) {
      return x.type().equals(y.type());
    }
    return false;
  }

  /** The literal {@code t} as a {@code bit<width>} constant, if it fits. */
  Expr sizeLiteral(Typed t, int width) {
    BigInteger v = t.literal();
    if (v.signum() < 0 || v.bitLength() > width) {
      env.diags.error(
          SemanticCodes.LITERAL_DOES_NOT_FIT,
          t.span(),
          text(t),
          Type.bit(width),
          ExprFolder.mask(width));
      return null;
    }
    return new Expr.Const(v, Type.bit(width), t.span());
  }

  /** {@code t} as a value with a width: a literal here is an error naming {@code what}. */
  Expr sized(Typed t, String what, String example) {
    if (t.isPoison()) {
      return null;
    }
    if (t.isUnsized()) {
      env.diags.error(SemanticCodes.NEEDS_WIDTH, t.span(), what, example);
      return null;
    }
    return t.ir();
  }

  /**
   * The literal as written (e.g. 0x1ff, 10.0.0.1) when the span is one literal, else its value in
   * decimal.
   */
  static String text(Typed t) {
    String source = t.span().text();
    if (!source.isEmpty() && source.matches("[0-9][0-9a-fA-FxXbw_.:]*")) {
      return source;
    }
    return t.literal() == null ? source : t.literal().toString();
  }

  /**
   * The value of constant expression {@code e}, sized to {@code expected} when given, or null after
   * an error. Without an expected type the value may be negative.
   */
  BigInteger constantValue(dev.oasis.dsl.ast.Expr e, SemType expected, String role) {
    Typed t = check(e, expected);
    if (t.isPoison()) {
      return null;
    }
    if (t.isUnsized() && (expected == null || expected.isPoison())) {
      return t.literal();
    }
    Expr ir = expected == null ? t.ir() : coerce(t, expected, role);
    if (ir == null) {
      if (expected == null) {
        env.diags.error(SemanticCodes.NOT_CONSTANT, e.span(), role);
      }
      return null;
    }
    Expr folded = ExprFolder.fold(ir);
    if (folded instanceof Expr.Const c) {
      return c.value();
    }
    env.diags.error(SemanticCodes.NOT_CONSTANT, e.span(), role);
    return null;
  }

  /** A small non-negative constant (an index or slice bound), or null after an error. */
  Integer constantInt(dev.oasis.dsl.ast.Expr e, String role) {
    BigInteger v = constantValue(e, null, role);
    if (v == null) {
      return null;
    }
    if (v.signum() < 0 || v.bitLength() > 30) {
      return -1;
    }
    return v.intValueExact();
  }

  // ---- leaves -------------------------------------------------------------------------------

  private Typed intLiteral(dev.oasis.dsl.ast.Expr.IntLit l) {
    if (l.width() == null) {
      return Typed.literal(l.value(), l.span());
    }
    int width = l.width();
    if (width < 1 || width > TypeResolver.MAX_WIDTH) {
      env.diags.error(SemanticCodes.WIDTH_OUT_OF_RANGE, l.span(), width);
      return Typed.poison(l.span());
    }
    if (l.value().bitLength() > width) {
      env.diags.error(
          SemanticCodes.LITERAL_DOES_NOT_FIT,
          l.span(),
          l.span().text(),
          Type.bit(width),
          ExprFolder.mask(width));
      return Typed.poison(l.span());
    }
    return Typed.of(new Expr.Const(l.value(), Type.bit(width), l.span()));
  }

  private Typed lookahead(dev.oasis.dsl.ast.Expr.Lookahead l) {
    if (body.kind != Body.Kind.PARSER) {
      notAllowed("lookahead", l.span());
      return Typed.poison(l.span());
    }
    SemType type = env.types.resolve(l.type());
    if (type.isPoison()) {
      return Typed.poison(l.span());
    }
    if (!type.isBit()) {
      env.diags.error(SemanticCodes.TYPE_NOT_ALLOWED, l.type().span(), "lookahead", type, "bit<N>");
      return Typed.poison(l.span());
    }
    return Typed.of(new Expr.Lookahead(type.irType().width(), l.span()));
  }

  /** The error code of {@code error.X}, or null after reporting an unknown one. */
  Decls.ErrorCode errorCode(dev.oasis.dsl.ast.Expr.ErrorLit l) {
    Decls.ErrorCode code = env.errorCodes.get(l.name().text());
    if (code == null && env.firstReport("error:" + l.name().text())) {
      env.diags.error(
          SemanticCodes.UNKNOWN_ERROR_CODE,
          l.name().span(),
          l.name().text(),
          Suggestions.didYouMean(l.name().text(), env.errorCodes.keySet(), "error."));
    }
    return code;
  }

  void notAllowed(String what, Span span) {
    env.diags.error(SemanticCodes.NOT_ALLOWED_HERE, span, what, body.where);
  }

  // ---- names --------------------------------------------------------------------------------

  /** The global table, counter, register, map or action {@code name}, unless a local hides it. */
  Node globalObject(dev.oasis.dsl.ast.Expr target) {
    if (!(target instanceof dev.oasis.dsl.ast.Expr.NameRef ref)) {
      return null;
    }
    String name = ref.name().text();
    if (body.local(name) != null
        || body.params.containsKey(name)
        || env.globals.isDuplicated(name)) {
      return null;
    }
    Node global = env.globals.lookup(name);
    if (global instanceof Decl.Table
        || global instanceof Decl.Counter
        || global instanceof Decl.Register
        || global instanceof Decl.Map
        || global instanceof Decl.Action
        || global instanceof Decl.Enum) {
      return global;
    }
    return null;
  }

  // ---- casts and messages ----------------------------------------------------------------

  /** "header stack 'vlan'", "bit<8>", ... for messages about a value. */
  static String describe(Typed t) {
    String source = t.span().text();
    return t.type() + (source.isEmpty() ? "" : " '" + source + "'");
  }

  private Typed cast(dev.oasis.dsl.ast.Expr.Cast c) {
    SemType target = env.types.resolve(c.type());
    Typed operand = check(c.operand(), target);
    if (target.isPoison() || operand.isPoison()) {
      return Typed.poison(c.span());
    }
    Type to = target.irType();
    boolean toBits = target.isBit() || target instanceof SemType.Enum;
    if (operand.isUnsized() && toBits) {
      // Casting a literal gives it the width, keeping its low bits: (bit<8>) -1 is 255.
      BigInteger v = operand.literal().and(ExprFolder.mask(to.width()));
      return Typed.of(new Expr.Const(v, to, c.span()), target);
    }
    SemType from = operand.type();
    boolean fromBits = from.isBit() || from instanceof SemType.Enum;
    if (toBits && fromBits) {
      Expr ir = from.irType().equals(to) ? operand.ir() : new Expr.Cast(operand.ir(), to, c.span());
      return Typed.of(ir, target);
    }
    if (target.isBool() && from.isBool()) {
      return operand;
    }
    env.diags.error(
        SemanticCodes.BAD_CAST,
        c.span(),
        operand.isUnsized() ? "integer literal " + text(operand) : from.toString(),
        target);
    return Typed.poison(c.span());
  }
}
