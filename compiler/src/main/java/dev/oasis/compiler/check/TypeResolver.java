package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.ast.TypeRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns types as written into checker types: {@code bit<N>} with a constant width, {@code bool},
 * and named types (typedefs, enums, structs, header types), each resolved once, on first use, with
 * cycle detection. Header types are built into IR {@link HeaderType}s by {@link HeaderTypeBuilder}.
 */
final class TypeResolver {
  static final int MAX_WIDTH = 2048;

  private final Env env;
  private final Map<String, SemType> named = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, HeaderType> headerTypes = new LinkedHashMap<>();

  TypeResolver(Env env) {
    this.env = env;
  }

  /** The type {@code ref} denotes, or poison after reporting why it denotes none. */
  SemType resolve(TypeRef ref) {
    if (ref instanceof TypeRef.Bool) {
      return SemType.BOOL;
    }
    if (ref instanceof TypeRef.Bit b) {
      BigInteger width = env.constant(b.width(), null, "the width of bit<N>");
      if (width == null) {
        return SemType.POISON;
      }
      if (width.signum() <= 0 || width.compareTo(BigInteger.valueOf(MAX_WIDTH)) > 0) {
        env.diags.error(SemanticCodes.WIDTH_OUT_OF_RANGE, b.width().span(), width);
        return SemType.POISON;
      }
      return SemType.bit(width.intValueExact());
    }
    return named(((TypeRef.Named) ref).name());
  }

  /** A named type; reports unknown names and names of things that are not types. */
  SemType named(Name name) {
    String text = name.text();
    SemType known = named.get(text);
    if (known != null) {
      return known;
    }
    Node decl = env.globals.lookup(text);
    if (env.globals.isDuplicated(text)) {
      return SemType.POISON;
    }
    if (decl == null) {
      if (!env.firstReport("type:" + text)) {
        return SemType.POISON;
      }
      env.diags.error(
          SemanticCodes.UNKNOWN_TYPE, name.span(), text, Suggestions.didYouMean(text, typeNames()));
      return SemType.POISON;
    }
    if (!(decl instanceof Decl.Typedef
        || decl instanceof Decl.Enum
        || decl instanceof Decl.Struct
        || decl instanceof Decl.Header)) {
      env.diags.error(
          SemanticCodes.WRONG_KIND_OF_NAME, name.span(), text, Globals.describe(decl), "a type");
      return SemType.POISON;
    }
    if (!inProgress.add(text)) {
      env.diags.error(SemanticCodes.CYCLIC_DEFINITION, Globals.nameOf(decl).span(), text);
      named.put(text, SemType.POISON);
      return SemType.POISON;
    }
    SemType type = define(decl);
    inProgress.remove(text);
    named.putIfAbsent(text, type);
    return named.get(text);
  }

  private SemType define(Node decl) {
    if (decl instanceof Decl.Typedef t) {
      return resolve(t.type());
    } else if (decl instanceof Decl.Enum e) {
      return enumType(e);
    } else if (decl instanceof Decl.Struct s) {
      return structType(s);
    }
    Decl.Header h = (Decl.Header) decl;
    HeaderType header = new HeaderTypeBuilder(env, h).build();
    headerTypes.put(header.name(), header);
    return new SemType.Of(new Type.Header(header));
  }

  /** The IR header types built so far, in the order they were first used. */
  Map<String, HeaderType> headerTypes() {
    return headerTypes;
  }

  private SemType enumType(Decl.Enum e) {
    String name = e.name().text();
    SemType underlying = resolve(e.type());
    if (underlying.isPoison()) {
      return SemType.POISON;
    }
    if (!underlying.isBit()) {
      env.diags.error(
          SemanticCodes.TYPE_NOT_ALLOWED,
          e.type().span(),
          "enum '" + name + "'",
          underlying,
          "bit<N>");
      return SemType.POISON;
    }
    Map<String, BigInteger> members = new LinkedHashMap<>();
    Map<String, Name> firstNames = new HashMap<>();
    for (Decl.EnumMember m : e.members()) {
      String member = m.name().text();
      BigInteger value =
          env.constant(m.value(), underlying, "the value of '" + name + "." + member + "'");
      if (firstNames.containsKey(member)) {
        duplicateMember("member", m.name(), firstNames.get(member), "enum '" + name + "'");
        continue;
      }
      firstNames.put(member, m.name());
      members.put(member, value == null ? BigInteger.ZERO : value);
    }
    return new SemType.Enum(
        new SemType.EnumInfo(name, underlying.irType().width(), members, e.span()));
  }

  private SemType structType(Decl.Struct s) {
    String name = s.name().text();
    List<SemType.StructMember> fields = new ArrayList<>();
    Map<String, Name> firstNames = new HashMap<>();
    for (Decl.StructField f : s.fields()) {
      SemType type = resolve(f.type());
      if (firstNames.containsKey(f.name().text())) {
        duplicateMember(
            "field", f.name(), firstNames.get(f.name().text()), "struct '" + name + "'");
        continue;
      }
      firstNames.put(f.name().text(), f.name());
      if (!type.isPoison() && !isMetadataType(type)) {
        env.diags.error(
            SemanticCodes.TYPE_NOT_ALLOWED,
            f.type().span(),
            "field '" + f.name().text() + "' of struct '" + name + "'",
            type,
            "bit<N>, bool, an enum or a struct");
        type = SemType.POISON;
      }
      fields.add(new SemType.StructMember(f.name().text(), type, f.span()));
    }
    return new SemType.Struct(new SemType.StructInfo(name, fields, s.span()));
  }

  /** Types allowed for metadata fields and struct fields. */
  static boolean isMetadataType(SemType type) {
    return type.isBit()
        || type.isBool()
        || type instanceof SemType.Enum
        || type instanceof SemType.Struct;
  }

  /** Types allowed for locals, constants and action parameters: bit, bool, enum. */
  static boolean isScalar(SemType type) {
    return type.isBit() || type.isBool() || type instanceof SemType.Enum;
  }

  void duplicateMember(String what, Name name, Name first, String in) {
    var d = env.diags.error(SemanticCodes.DUPLICATE_MEMBER, name.span(), what, name.text(), in);
    env.diags.replace(d, d.withNote("'" + first.text() + "' is first declared here", first.span()));
  }

  private List<String> typeNames() {
    return env.globals.namesOf(
        Decl.Typedef.class, Decl.Enum.class, Decl.Struct.class, Decl.Header.class);
  }
}
