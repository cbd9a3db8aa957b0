package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Expr.Call;
import dev.oasis.dsl.ast.Expr.NameRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in functions with a value: {@code csum16} (whole-byte arguments, headers, stacks, byte
 * strings, {@code payload}), {@code csum16_update} (old and new of one width, a multiple of 16),
 * {@code sizeof} and {@code lower}.
 */
final class Builtins {
  private final ExprChecker ex;
  private final Calls calls;

  Builtins(ExprChecker ex, Calls calls) {
    this.ex = ex;
    this.calls = calls;
  }

  Typed call(String name, Call c) {
    return switch (name) {
      case "csum16" -> csum16(c);
      case "csum16_update" -> csum16Update(c);
      case "sizeof" -> sizeOf(c);
      default -> lower(c);
    };
  }

  private Typed csum16(Call c) {
    if (c.args().isEmpty()) {
      calls.error(SemanticCodes.ARGUMENT_COUNT, c.span(), "csum16", "at least 1 argument", 0);
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
    if (arg instanceof NameRef ref && ref.name().text().equals("payload") && !calls.shadowed(ref)) {
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
      calls.error(SemanticCodes.BAD_CHECKSUM_ARGUMENT, arg.span(), arg.span().text(), t.type());
      return null;
    }
    return ir;
  }

  private Typed csum16Update(Call c) {
    if (!calls.arity(c, "csum16_update", 3)) {
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
      calls.error(
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
    if (!calls.arity(c, "sizeof", 1)) {
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
      calls.error(
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
    if (!calls.arity(c, "lower", 1)) {
      return Typed.poison(c.span());
    }
    Typed t = ex.check(c.args().get(0), null);
    if (t.isPoison()) {
      return t;
    }
    if (!t.type().isBytes()) {
      calls.error(
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
}
