package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks {@code map<K, V> m { sets = S; ways = W; timeout = T; }}: bit keys and values, S a power
 * of two up to 2^20, W from 1 to 16, T in nanoseconds (0 or absent: entries never expire).
 */
final class MapChecker {
  static final int MAX_SETS = 1 << 20;
  static final int MAX_WAYS = 16;

  private final Env env;

  MapChecker(Env env) {
    this.env = env;
  }

  Decls.MapDecl check(Decl.Map m) {
    String name = m.name().text();
    DeclChecker decls = new DeclChecker(env);
    int keyWidth = decls.bitWidth(m.keyType(), "the key type of map '" + name + "'", name);
    int valueWidth = decls.bitWidth(m.valueType(), "the value type of map '" + name + "'", name);
    int sets = 1;
    int ways = 1;
    long timeout = 0;
    Map<String, Span> seen = new HashMap<>();
    for (Decl.Property p : m.properties()) {
      String property = p.name().text();
      if (seen.containsKey(property)) {
        Diagnostic d =
            env.diags.error(SemanticCodes.DUPLICATE_MAP_PROPERTY, p.name().span(), name, property);
        env.diags.replace(
            d, d.withNote("'" + property + "' is first set here", seen.get(property)));
        continue;
      }
      seen.put(property, p.name().span());
      BigInteger v =
          property.equals("sets") || property.equals("ways") || property.equals("timeout")
              ? env.constant(p.value(), null, "'" + property + "' of map '" + name + "'")
              : null;
      switch (property) {
        case "sets" -> {
          if (v != null
              && (v.signum() <= 0
                  || v.bitCount() != 1
                  || v.compareTo(BigInteger.valueOf(MAX_SETS)) > 0)) {
            env.diags.error(SemanticCodes.MAP_SETS, p.value().span(), v, name);
          } else if (v != null) {
            sets = v.intValueExact();
          }
        }
        case "ways" -> {
          if (v != null && (v.signum() <= 0 || v.compareTo(BigInteger.valueOf(MAX_WAYS)) > 0)) {
            env.diags.error(SemanticCodes.MAP_WAYS, p.value().span(), v, name);
          } else if (v != null) {
            ways = v.intValueExact();
          }
        }
        case "timeout" -> {
          if (v != null && (v.signum() < 0 || v.bitLength() > 63)) {
            env.diags.error(SemanticCodes.MAP_TIMEOUT, p.value().span(), v, name);
          } else if (v != null) {
            timeout = v.longValueExact();
          }
        }
        default ->
            env.diags.error(SemanticCodes.UNKNOWN_MAP_PROPERTY, p.name().span(), property, name);
      }
    }
    for (String required : new String[] {"sets", "ways"}) {
      if (!seen.containsKey(required)) {
        env.diags.error(SemanticCodes.MAP_PROPERTY_MISSING, m.name().span(), name, required);
      }
    }
    return new Decls.MapDecl(name, keyWidth, valueWidth, sets, ways, timeout, m.span());
  }
}
