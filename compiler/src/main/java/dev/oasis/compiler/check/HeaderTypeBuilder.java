package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.Type;
import dev.oasis.compiler.passes.ExprFolder;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the IR of one header type: fixed fields ({@code bit<N>} or enums), variable fields with
 * their maximum and their length expression (checked in {@code bit<32>} over the earlier fields and
 * folded), and the check that the fixed fields fill whole bytes.
 */
final class HeaderTypeBuilder {
  static final int MAX_BYTES = 65535;

  private final Env env;
  private final Decl.Header decl;

  HeaderTypeBuilder(Env env, Decl.Header decl) {
    this.env = env;
    this.decl = decl;
  }

  HeaderType build() {
    String header = decl.name().text();
    List<HeaderType.Field> fields = new ArrayList<>();
    Map<String, Name> firstNames = new HashMap<>();
    boolean fieldErrors = false;
    for (Decl.HeaderField f : decl.fields()) {
      String name = f.name().text();
      if (firstNames.containsKey(name)) {
        env.types.duplicateMember(
            "field", f.name(), firstNames.get(name), "header '" + header + "'");
        continue;
      }
      firstNames.put(name, f.name());
      HeaderType.Field field =
          f instanceof Decl.FixedField fixed
              ? fixed(fixed)
              : variable((Decl.VariableField) f, fields);
      if (field != null) {
        fields.add(field);
      } else {
        fieldErrors = true;
      }
    }
    HeaderType type = new HeaderType(header, fields, decl.span());
    // A field left out after an error would make this a second, misleading message.
    if (!fieldErrors && type.fixedBits() % 8 != 0) {
      env.diags.error(
          SemanticCodes.HEADER_NOT_WHOLE_BYTES, decl.name().span(), header, type.fixedBits());
    }
    return type;
  }

  private HeaderType.Field fixed(Decl.FixedField f) {
    SemType type = env.types.resolve(f.type());
    if (type.isPoison()) {
      env.poisoned.add("field:" + decl.name().text() + "." + f.name().text());
      return null;
    }
    if (!type.isBit() && !(type instanceof SemType.Enum)) {
      env.poisoned.add("field:" + decl.name().text() + "." + f.name().text());
      env.diags.error(
          SemanticCodes.TYPE_NOT_ALLOWED,
          f.type().span(),
          "field '" + f.name().text() + "' of header '" + decl.name().text() + "'",
          type,
          "bit<N> or an enum");
      return null;
    }
    HeaderType.Field field =
        new HeaderType.Field(f.name().text(), type.irType().width(), 0, null, f.span());
    env.tag(field, type);
    return field;
  }

  private HeaderType.Field variable(Decl.VariableField f, List<HeaderType.Field> earlier) {
    String name = f.name().text();
    BigInteger max = env.constant(f.maxBytes(), null, "the maximum length of '" + name + "'");
    if (max != null && (max.signum() <= 0 || max.compareTo(BigInteger.valueOf(MAX_BYTES)) > 0)) {
      env.diags.error(SemanticCodes.BYTES_SIZE_OUT_OF_RANGE, f.maxBytes().span(), max);
      max = null;
    }
    Body body = Body.headerLength(decl.name().text(), name, earlier);
    Expr length =
        new ExprChecker(env, body)
            .checkValue(f.lengthBytes(), SemType.bit(32), "the length of '" + name + "'");
    length =
        length == null
            ? new Expr.Const(BigInteger.ZERO, Type.bit(32), f.lengthBytes().span())
            : ExprFolder.fold(length);
    return new HeaderType.Field(name, 0, max == null ? 1 : max.intValueExact(), length, f.span());
  }
}
