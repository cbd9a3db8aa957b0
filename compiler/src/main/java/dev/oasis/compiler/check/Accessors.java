package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Member access, indexing and slicing: header fields, {@code packet.*}, {@code meta.*} (through
 * structs), enum members, {@code stack.last}, {@code t.apply().hit}, {@code stack[i]}, {@code x[i]}
 * and {@code x[hi:lo]}.
 */
final class Accessors {
  private final ExprChecker ex;
  private final Env env;
  private final Body body;

  Accessors(ExprChecker ex) {
    this.ex = ex;
    this.env = ex.env;
    this.body = ex.body;
  }

  Typed member(dev.oasis.dsl.ast.Expr.Member m) {
    String member = m.member().text();
    Span span = m.span();
    if (m.target() instanceof dev.oasis.dsl.ast.Expr.NameRef ref
        && body.local(ref.name().text()) == null
        && !body.params.containsKey(ref.name().text())) {
      String target = ref.name().text();
      if (target.equals("packet")) {
        return packetField(m, member);
      }
      if (target.equals("meta")) {
        return metaField(m, "", member, null);
      }
      Node global = ex.globalObject(ref);
      if (global instanceof Decl.Enum) {
        return enumMember(ref, m);
      }
      if (global != null) {
        env.diags.error(
            SemanticCodes.WRONG_KIND_OF_NAME,
            span,
            target + "." + member,
            "a method of " + Globals.describe(global),
            "a value; call it, e.g. " + target + "." + member + "(...)");
        return Typed.poison(span);
      }
    }
    Typed target = ex.check(m.target(), null);
    if (target.isPoison()) {
      return target;
    }
    SemType type = target.type();
    if (type instanceof SemType.MetaStruct s) {
      return metaField(m, s.path() + ".", member, s.info());
    }
    Type ir = type.irType();
    if (ir instanceof Type.Header h) {
      HeaderType.Field field = h.header().field(member);
      if (field == null && env.poisoned.contains("field:" + h.header().name() + "." + member)) {
        return Typed.poison(span);
      }
      if (field == null && !env.firstReport("field:" + h.header().name() + "." + member)) {
        return Typed.poison(span);
      }
      if (field == null) {
        List<String> names = h.header().fields().stream().map(HeaderType.Field::name).toList();
        env.diags.error(
            SemanticCodes.UNKNOWN_FIELD,
            m.member().span(),
            member,
            h.header().name(),
            Suggestions.didYouMean(member, names));
        return Typed.poison(span);
      }
      return env.typed(new Expr.FieldRef((Expr.HeaderRef) target.ir(), field, span), field);
    }
    if (ir instanceof Type.Stack && member.equals("last")) {
      Expr.StackRef stack = (Expr.StackRef) target.ir();
      return Typed.of(new Expr.HeaderRef(stack.instance(), Expr.HeaderRef.LAST, span));
    }
    if (ir instanceof Type.ApplyResult && (member.equals("hit") || member.equals("miss"))) {
      return Typed.of(
          new Expr.HitOrMiss((Expr.ApplyTable) target.ir(), member.equals("miss"), span));
    }
    String suggestion = "";
    if (ir instanceof Type.Stack) {
      suggestion =
          "; use " + m.target().span().text() + "[i] or " + m.target().span().text() + ".last";
    } else if (ir instanceof Type.ApplyResult) {
      suggestion = "; use .hit or .miss";
    }
    env.diags.error(
        SemanticCodes.UNKNOWN_MEMBER,
        m.member().span(),
        ExprChecker.describe(target),
        member,
        suggestion);
    return Typed.poison(span);
  }

  private Typed packetField(dev.oasis.dsl.ast.Expr.Member m, String member) {
    if (!body.readsPacket()) {
      return notPacketData("packet", m.span());
    }
    for (Expr.Intrinsic intrinsic : Expr.Intrinsic.values()) {
      if (intrinsic.sourceName.equals(member)) {
        return Typed.of(new Expr.IntrinsicRef(intrinsic, m.span()));
      }
    }
    env.diags.error(SemanticCodes.UNKNOWN_PACKET_FIELD, m.member().span(), member);
    return Typed.poison(m.span());
  }

  private Typed notPacketData(String name, Span span) {
    if (body.kind == Body.Kind.HEADER_LENGTH) {
      env.diags.error(
          SemanticCodes.BAD_LENGTH_REFERENCE, span, body.lengthField, name, body.lengthHeader);
    } else {
      env.diags.error(SemanticCodes.NOT_CONSTANT, span, body.where);
    }
    return Typed.poison(span);
  }

  /** {@code meta.prefix.member}; {@code struct} is the struct holding it, null at the top. */
  private Typed metaField(
      dev.oasis.dsl.ast.Expr.Member m, String prefix, String member, SemType.StructInfo struct) {
    if (!body.readsPacket()) {
      return notPacketData("meta", m.span());
    }
    String path = prefix + member;
    Decls.MetaField field = env.metaFields.get(path);
    if (field != null) {
      return env.typed(new Expr.MetaRef(field, m.span()), field);
    }
    if (env.poisoned.contains("meta:" + path)) {
      return Typed.poison(m.span());
    }
    SemType.StructInfo nested = env.metaStructs.get(path);
    if (nested != null) {
      return new Typed(null, new SemType.MetaStruct(path, nested), null, m.span());
    }
    List<String> candidates = new ArrayList<>();
    if (struct == null) {
      for (String name : env.metaFields.keySet()) {
        candidates.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
      }
    } else {
      struct.fields().forEach(f -> candidates.add(f.name()));
    }
    if (!env.firstReport("meta:" + path)) {
      return Typed.poison(m.span());
    }
    env.diags.error(
        SemanticCodes.UNKNOWN_META_FIELD,
        m.member().span(),
        path,
        Suggestions.didYouMean(member, candidates));
    return Typed.poison(m.span());
  }

  private Typed enumMember(dev.oasis.dsl.ast.Expr.NameRef ref, dev.oasis.dsl.ast.Expr.Member m) {
    SemType type = env.types.named(ref.name());
    if (!(type instanceof SemType.Enum e)) {
      return Typed.poison(m.span());
    }
    BigInteger value = e.info().members().get(m.member().text());
    if (value == null && !env.firstReport("enum:" + e.info().name() + "." + m.member().text())) {
      return Typed.poison(m.span());
    }
    if (value == null) {
      env.diags.error(
          SemanticCodes.UNKNOWN_ENUM_MEMBER,
          m.member().span(),
          e.info().name(),
          m.member().text(),
          Suggestions.didYouMean(m.member().text(), e.info().members().keySet()));
      return Typed.poison(m.span());
    }
    return Typed.of(new Expr.Const(value, Type.bit(e.info().width()), m.span()), e);
  }

  Typed index(dev.oasis.dsl.ast.Expr.Index i) {
    Typed target = ex.check(i.target(), null);
    if (target.isPoison()) {
      return target;
    }
    Type ir = target.type().irType();
    if (ir instanceof Type.Stack stack) {
      String name = ((Expr.StackRef) target.ir()).instance().name();
      Integer index = ex.constantInt(i.index(), "the index of header stack '" + name + "'");
      if (index == null) {
        return Typed.poison(i.span());
      }
      if (index < 0 || index >= stack.size()) {
        env.diags.error(
            SemanticCodes.INDEX_OUT_OF_RANGE,
            i.index().span(),
            i.index().span().text(),
            "header stack '" + name + "'",
            stack.size() - 1);
        return Typed.poison(i.span());
      }
      return Typed.of(
          new Expr.HeaderRef(((Expr.StackRef) target.ir()).instance(), index, i.span()));
    }
    if (target.type().isBit()) {
      Integer bit = ex.constantInt(i.index(), "a bit index");
      if (bit == null) {
        return Typed.poison(i.span());
      }
      if (bit < 0 || bit >= ir.width()) {
        env.diags.error(
            SemanticCodes.INDEX_OUT_OF_RANGE,
            i.index().span(),
            i.index().span().text(),
            ExprChecker.describe(target),
            ir.width() - 1);
        return Typed.poison(i.span());
      }
      return Typed.of(new Expr.Slice(target.ir(), bit, bit, i.span()));
    }
    env.diags.error(SemanticCodes.NOT_INDEXABLE, i.span(), ExprChecker.describe(target));
    return Typed.poison(i.span());
  }

  Typed slice(dev.oasis.dsl.ast.Expr.Slice s) {
    Typed target = ex.check(s.target(), null);
    Integer hi = ex.constantInt(s.hi(), "the high bound of a slice");
    Integer lo = ex.constantInt(s.lo(), "the low bound of a slice");
    if (target.isPoison() || hi == null || lo == null) {
      return Typed.poison(s.span());
    }
    Expr operand = ex.sized(target, "the operand of a slice", "16w0x800[7:0]");
    if (operand == null) {
      return Typed.poison(s.span());
    }
    if (!target.type().isBit()) {
      env.diags.error(SemanticCodes.OPERATOR_TYPE, s.span(), "[hi:lo]", target.type());
      return Typed.poison(s.span());
    }
    int width = operand.type().width();
    if (hi < 0 || lo < 0 || hi < lo || hi >= width) {
      env.diags.error(
          SemanticCodes.SLICE_OUT_OF_RANGE,
          s.span(),
          s.hi().span().text(),
          s.lo().span().text(),
          target.type(),
          width);
      return Typed.poison(s.span());
    }
    return Typed.of(new Expr.Slice(operand, hi, lo, s.span()));
  }
}
