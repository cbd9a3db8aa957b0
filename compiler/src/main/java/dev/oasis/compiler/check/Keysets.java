package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls.MatchKind;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.passes.ExprFolder;
import dev.oasis.dsl.ast.Expr;
import dev.oasis.dsl.ast.KeyValue;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns keysets (of select cases and of constant table entries) into {@link Match}es: constant
 * values sized to their subject or key, masks, ranges and prefixes, with the forms each table match
 * kind allows. In entries, {@code _} becomes the kind's match-all form (ternary mask 0, full range,
 * prefix length 0), so that every match of a key element has the same record type.
 */
final class Keysets {
  private final Env env;

  Keysets(Env env) {
    this.env = env;
  }

  private BigInteger constant(Expr e, SemType type, String role) {
    return env.constant(e, type, role);
  }

  // ---- select -------------------------------------------------------------------------------

  /** The matches of a select case, or null after an error. */
  List<Match> select(List<KeyValue> keys, List<SemType> subjects, Span span) {
    // default, or _ alone, matches anything whatever the number of subjects.
    boolean matchAll =
        keys.get(0) instanceof KeyValue.Default || keys.get(0) instanceof KeyValue.Wildcard;
    if (keys.size() == 1 && matchAll) {
      List<Match> all = new ArrayList<>();
      subjects.forEach(s -> all.add(Match.ANY));
      return all;
    }
    for (KeyValue k : keys) {
      if (k instanceof KeyValue.Default) {
        env.diags.error(SemanticCodes.DEFAULT_IN_TUPLE, k.span());
        return null;
      }
    }
    if (keys.size() != subjects.size()) {
      env.diags.error(SemanticCodes.SELECT_ARITY, span, subjects.size(), keys.size());
      return null;
    }
    List<Match> matches = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < keys.size(); i++) {
      Match m = selectValue(keys.get(i), subjects.get(i));
      ok &= m != null;
      matches.add(m);
    }
    return ok ? matches : null;
  }

  private Match selectValue(KeyValue k, SemType type) {
    if (type.isPoison()) {
      return Match.ANY;
    }
    String role = "a select case value";
    if (k instanceof KeyValue.Wildcard) {
      return Match.ANY;
    } else if (k instanceof KeyValue.Value v) {
      BigInteger value = constant(v.value(), type, role);
      return value == null ? null : new Match.Exact(value);
    } else if (k instanceof KeyValue.Mask m) {
      BigInteger value = constant(m.value(), type, role);
      BigInteger mask = constant(m.mask(), type, "a select case mask");
      return value == null || mask == null ? null : new Match.Ternary(value, mask);
    }
    KeyValue.Range r = (KeyValue.Range) k;
    return range(r, type);
  }

  private Match range(KeyValue.Range r, SemType type) {
    BigInteger low = constant(r.low(), type, "the low bound of a range");
    BigInteger high = constant(r.high(), type, "the high bound of a range");
    if (low == null || high == null) {
      return null;
    }
    if (low.compareTo(high) > 0) {
      env.diags.error(
          SemanticCodes.EMPTY_RANGE, r.span(), r.low().span().text(), r.high().span().text());
      return null;
    }
    return new Match.Range(low, high);
  }

  // ---- table entries ------------------------------------------------------------------------

  /** The match of one key value of a constant entry, or null after an error. */
  Match entry(KeyValue k, MatchKind kind, SemType type, String keyName) {
    if (k instanceof KeyValue.Default) {
      env.diags.error(SemanticCodes.DEFAULT_IN_ENTRY, k.span());
      return null;
    }
    if (type.isPoison()) {
      return Match.ANY;
    }
    int width = type.isBytes() ? 0 : type.irType().width();
    String role = "the value of key '" + keyName + "'";
    return switch (kind) {
      case EXACT -> {
        if (!(k instanceof KeyValue.Value v)) {
          yield badForm(k, kind, keyName, "give a value");
        }
        if (type.isBytes()) {
          yield bytesValue(v, type, keyName);
        }
        BigInteger value = constant(v.value(), type, role);
        yield value == null ? null : new Match.Exact(value);
      }
      case LPM -> lpm(k, type, width, keyName, role);
      case TERNARY -> {
        if (k instanceof KeyValue.Wildcard) {
          yield new Match.Ternary(BigInteger.ZERO, BigInteger.ZERO);
        } else if (k instanceof KeyValue.Value v) {
          BigInteger value = constant(v.value(), type, role);
          yield value == null ? null : new Match.Ternary(value, ExprFolder.mask(width));
        } else if (k instanceof KeyValue.Mask m) {
          BigInteger value = constant(m.value(), type, role);
          BigInteger mask = constant(m.mask(), type, "the mask of key '" + keyName + "'");
          yield value == null || mask == null ? null : new Match.Ternary(value, mask);
        }
        yield badForm(k, kind, keyName, "give v &&& mask, a value or _");
      }
      case RANGE -> {
        if (k instanceof KeyValue.Wildcard) {
          yield new Match.Range(BigInteger.ZERO, ExprFolder.mask(width));
        } else if (k instanceof KeyValue.Value v) {
          BigInteger value = constant(v.value(), type, role);
          yield value == null ? null : new Match.Range(value, value);
        } else if (k instanceof KeyValue.Range r) {
          yield range(r, type);
        }
        yield badForm(k, kind, keyName, "give lo .. hi, a value or _");
      }
    };
  }

  private Match lpm(KeyValue k, SemType type, int width, String keyName, String role) {
    if (k instanceof KeyValue.Wildcard) {
      return new Match.Lpm(BigInteger.ZERO, 0);
    }
    if (!(k instanceof KeyValue.Value v)) {
      return badForm(k, MatchKind.LPM, keyName, "give value / length, a value or _");
    }
    if (!(v.value() instanceof Expr.Binary b && b.op() == Expr.BinaryOp.DIV)) {
      BigInteger value = constant(v.value(), type, role);
      return value == null ? null : new Match.Lpm(value, width);
    }
    BigInteger value = constant(b.left(), type, role);
    BigInteger length = constant(b.right(), null, "the prefix length of key '" + keyName + "'");
    if (value == null || length == null) {
      return null;
    }
    if (length.signum() < 0 || length.compareTo(BigInteger.valueOf(width)) > 0) {
      env.diags.error(
          SemanticCodes.PREFIX_OUT_OF_RANGE, b.right().span(), length, keyName, type, width);
      return null;
    }
    int prefix = length.intValueExact();
    BigInteger hostBits = ExprFolder.mask(width - prefix);
    if (value.and(hostBits).signum() != 0) {
      env.diags.error(
          SemanticCodes.LPM_BITS_BEYOND_PREFIX, v.span(), b.left().span().text(), prefix);
      return null;
    }
    return new Match.Lpm(value, prefix);
  }

  private Match bytesValue(KeyValue.Value v, SemType type, String keyName) {
    if (!(v.value() instanceof Expr.StringLit s)) {
      env.diags.error(
          SemanticCodes.TYPE_MISMATCH,
          v.span(),
          "the value of key '" + keyName + "'",
          "a string",
          v.value().span().text(),
          "");
      return null;
    }
    byte[] bytes = s.value().getBytes(StandardCharsets.UTF_8);
    int max = ((dev.oasis.compiler.ir.Type.Bytes) type.irType()).maxBytes();
    if (bytes.length > max) {
      env.diags.error(SemanticCodes.STRING_TOO_LONG, v.span(), bytes.length, type);
      return null;
    }
    return new Match.BytesExact(bytes);
  }

  private Match badForm(KeyValue k, MatchKind kind, String keyName, String fix) {
    String form =
        k instanceof KeyValue.Wildcard
            ? "'_'"
            : k instanceof KeyValue.Mask
                ? "a mask (&&&)"
                : k instanceof KeyValue.Range ? "a range (..)" : "'" + k.span().text() + "'";
    env.diags.error(SemanticCodes.BAD_MATCH_FORM, k.span(), form, kind.keyword(), keyName, fix);
    return null;
  }
}
