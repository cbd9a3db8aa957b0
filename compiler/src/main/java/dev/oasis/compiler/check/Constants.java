package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@code const} declarations, evaluated on first use (constants may use constants
 * declared later, or in another module) with cycle detection.
 */
final class Constants {
  private final Env env;
  private final Map<String, Typed> values = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  Constants(Env env) {
    this.env = env;
  }

  /** The constant as a value at {@code use}: a Const (tagged with its enum type), or poison. */
  Typed value(Decl.Const decl, Span use) {
    Typed t = evaluate(decl);
    if (t.isPoison()) {
      return Typed.poison(use);
    }
    Expr.Const c = (Expr.Const) t.ir();
    return Typed.of(new Expr.Const(c.value(), c.type(), use), t.type());
  }

  /** Evaluates {@code decl}, reporting its errors once. */
  Typed evaluate(Decl.Const decl) {
    String name = decl.name().text();
    Typed known = values.get(name);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(name)) {
      env.diags.error(SemanticCodes.CYCLIC_DEFINITION, decl.name().span(), name);
      values.put(name, Typed.poison(decl.span()));
      return values.get(name);
    }
    Typed result = compute(decl);
    inProgress.remove(name);
    values.putIfAbsent(name, result);
    return values.get(name);
  }

  private Typed compute(Decl.Const decl) {
    String name = decl.name().text();
    SemType type = env.types.resolve(decl.type());
    if (type.isPoison()) {
      return Typed.poison(decl.span());
    }
    if (type.irType() == null
        || type.isBytes()
        || !(type.isBit() || type.isBool() || type instanceof SemType.Enum)) {
      env.diags.error(
          SemanticCodes.TYPE_NOT_ALLOWED,
          decl.type().span(),
          "constant '" + name + "'",
          type,
          "bit<N>, bool or an enum");
      return Typed.poison(decl.span());
    }
    BigInteger value = env.constant(decl.value(), type, "the value of constant '" + name + "'");
    if (value == null) {
      return Typed.poison(decl.span());
    }
    return Typed.of(new Expr.Const(value, type.irType(), decl.span()), type);
  }
}
