package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.Type;
import dev.oasis.compiler.passes.ExprFolder;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
  private final Calls calls;

  ExprChecker(Env env, Body body) {
    this.env = env;
    this.body = body;
    this.operators = new Operators(this);
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
      return name(n);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Member m) {
      return member(m);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Index i) {
      return index(i);
    } else if (e instanceof dev.oasis.dsl.ast.Expr.Slice s) {
      return slice(s);
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

  private Typed name(dev.oasis.dsl.ast.Expr.NameRef ref) {
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

  // ---- members, indices, slices, casts --------------------------------------------------------

  private Typed member(dev.oasis.dsl.ast.Expr.Member m) {
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
      Node global = globalObject(ref);
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
    Typed target = check(m.target(), null);
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
        SemanticCodes.UNKNOWN_MEMBER, m.member().span(), describe(target), member, suggestion);
    return Typed.poison(span);
  }

  /** "header stack 'vlan'", "bit<8>", ... for messages about a value. */
  static String describe(Typed t) {
    String source = t.span().text();
    return t.type() + (source.isEmpty() ? "" : " '" + source + "'");
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

  private Typed index(dev.oasis.dsl.ast.Expr.Index i) {
    Typed target = check(i.target(), null);
    if (target.isPoison()) {
      return target;
    }
    Type ir = target.type().irType();
    if (ir instanceof Type.Stack stack) {
      String name = ((Expr.StackRef) target.ir()).instance().name();
      Integer index = constantInt(i.index(), "the index of header stack '" + name + "'");
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
      Integer bit = constantInt(i.index(), "a bit index");
      if (bit == null) {
        return Typed.poison(i.span());
      }
      if (bit < 0 || bit >= ir.width()) {
        env.diags.error(
            SemanticCodes.INDEX_OUT_OF_RANGE,
            i.index().span(),
            i.index().span().text(),
            describe(target),
            ir.width() - 1);
        return Typed.poison(i.span());
      }
      return Typed.of(new Expr.Slice(target.ir(), bit, bit, i.span()));
    }
    env.diags.error(SemanticCodes.NOT_INDEXABLE, i.span(), describe(target));
    return Typed.poison(i.span());
  }

  private Typed slice(dev.oasis.dsl.ast.Expr.Slice s) {
    Typed target = check(s.target(), null);
    Integer hi = constantInt(s.hi(), "the high bound of a slice");
    Integer lo = constantInt(s.lo(), "the low bound of a slice");
    if (target.isPoison() || hi == null || lo == null) {
      return Typed.poison(s.span());
    }
    Expr operand = sized(target, "the operand of a slice", "16w0x800[7:0]");
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
