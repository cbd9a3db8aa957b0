package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a plain identifier used as a value, innermost first: a field of the header in a bytes
 * field's length, a local, an action parameter, a constant (its value), a header instance or stack.
 * Anything else is an error naming what the name is, or an unknown name with a suggestion; names
 * whose declaration had an error are quiet poison.
 */
final class Names {
  private final Env env;
  private final Body body;

  Names(ExprChecker ex) {
    this.env = ex.env;
    this.body = ex.body;
  }

  Typed resolve(dev.oasis.dsl.ast.Expr.NameRef ref) {
    String name = ref.name().text();
    Span span = ref.span();
    if (body.kind == Body.Kind.HEADER_LENGTH) {
      Typed field = lengthField(name, span);
      if (field != null) {
        return field;
      }
    }
    Decls.Local local = body.local(name);
    if (local != null) {
      return env.typed(new Expr.LocalRef(local, span), local);
    }
    Decls.Param param = body.params.get(name);
    if (param != null) {
      return env.typed(new Expr.ParamRef(param, span), param);
    }
    if (body.isPoisoned(name) || env.globals.isDuplicated(name)) {
      return Typed.poison(span);
    }
    Node global = env.globals.lookup(name);
    if (global instanceof Decl.Const c) {
      return env.constants.value(c, span);
    }
    if (global instanceof Decl.HeaderInstance && body.readsPacket()) {
      Decls.HeaderInstance instance = env.headerInstances.get(name);
      if (instance == null) {
        return Typed.poison(span);
      }
      return Typed.of(
          instance.isStack()
              ? new Expr.StackRef(instance, span)
              : new Expr.HeaderRef(instance, Expr.HeaderRef.NONE, span));
    }
    if (body.kind == Body.Kind.HEADER_LENGTH) {
      env.diags.error(
          SemanticCodes.BAD_LENGTH_REFERENCE, span, body.lengthField, name, body.lengthHeader);
      return Typed.poison(span);
    }
    if (global instanceof Decl.HeaderInstance) {
      env.diags.error(SemanticCodes.NOT_CONSTANT, span, body.where);
      return Typed.poison(span);
    }
    if (global != null) {
      String wanted = body.kind == Body.Kind.CONSTANT ? "a constant" : "a value";
      env.diags.error(
          SemanticCodes.WRONG_KIND_OF_NAME, span, name, Globals.describe(global), wanted);
      return Typed.poison(span);
    }
    if (name.equals("packet") || name.equals("meta")) {
      String what = name.equals("packet") ? "the packet's metadata" : "the metadata block";
      env.diags.error(
          SemanticCodes.WRONG_KIND_OF_NAME, span, name, what, "a value; use " + name + ".FIELD");
      return Typed.poison(span);
    }
    if (name.equals("payload")) {
      env.diags.error(
          SemanticCodes.WRONG_KIND_OF_NAME,
          span,
          name,
          "the unparsed payload",
          "a value; it is only an argument of csum16");
      return Typed.poison(span);
    }
    if (!env.firstReport("name:" + name)) {
      return Typed.poison(span); // reported at its first use
    }
    List<String> candidates = new ArrayList<>(body.visibleNames());
    candidates.addAll(env.globals.namesOf(Decl.Const.class, Decl.HeaderInstance.class));
    env.diags.error(
        SemanticCodes.UNKNOWN_NAME, span, name, Suggestions.didYouMean(name, candidates));
    return Typed.poison(span);
  }

  /** In a bytes field's length: an earlier fixed field, zero-extended to bit<32>. */
  private Typed lengthField(String name, Span span) {
    for (HeaderType.Field f : body.earlierFields) {
      if (!f.name().equals(name)) {
        continue;
      }
      if (f.isVariable()) {
        env.diags.error(
            SemanticCodes.BAD_LENGTH_REFERENCE, span, body.lengthField, name, body.lengthHeader);
        return Typed.poison(span);
      }
      if (f.width() > 32) {
        env.diags.error(
            SemanticCodes.TYPE_NOT_ALLOWED,
            span,
            "length field '" + name + "'",
            Type.bit(f.width()),
            "at most bit<32>");
        return Typed.poison(span);
      }
      Expr ref = new Expr.FieldRef(null, f, span);
      return Typed.of(f.width() == 32 ? ref : new Expr.Cast(ref, Type.bit(32), span));
    }
    return null;
  }
}
