package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Type;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The control-plane view of one key element: its name, match kind and width ({@code bit<N>}; a bool
 * key is one bit) or, for a byte-string key, its largest length. Checks and canonicalises the
 * matches that entries give for it.
 */
public record KeyShape(String name, Decls.MatchKind kind, int width, int maxBytes) {

  /** The shape of a table's key element. */
  public static KeyShape of(Decls.Key key) {
    Type t = key.expr().type();
    if (t instanceof Type.Bytes b) {
      return new KeyShape(key.name(), key.kind(), 0, b.maxBytes());
    }
    return new KeyShape(key.name(), key.kind(), t.width(), 0);
  }

  public boolean isBytes() {
    return maxBytes > 0;
  }

  /**
   * The canonical form of {@code m} for this key: lpm values and ternary values with the bits
   * outside the prefix or mask cleared. Throws a {@link StateException} naming the key if the match
   * has the wrong kind or a value that does not fit.
   */
  public Match canonical(Match m) {
    if (isBytes()) {
      if (m instanceof Match.BytesExact b) {
        if (b.value().length > maxBytes) {
          throw error("value of " + b.value().length + " bytes is longer than " + maxBytes);
        }
        return new Match.BytesExact(b.value().clone());
      }
      throw error("expected an exact byte-string match, got " + describe(m));
    }
    return switch (kind) {
      case EXACT -> {
        if (m instanceof Match.Exact e) {
          yield new Match.Exact(checkFits(e.value()));
        }
        throw error("expected an exact match, got " + describe(m));
      }
      case LPM -> {
        if (m instanceof Match.Lpm l) {
          if (l.prefixLength() < 0 || l.prefixLength() > width) {
            throw error(
                "prefix length " + l.prefixLength() + " is out of range; expected 0 to " + width);
          }
          BigInteger value = checkFits(l.value()).and(prefixMask(l.prefixLength()));
          yield new Match.Lpm(value, l.prefixLength());
        }
        throw error("expected an lpm match (value/length), got " + describe(m));
      }
      case TERNARY -> {
        if (m instanceof Match.Any) {
          yield m;
        }
        if (m instanceof Match.Ternary t) {
          BigInteger mask = checkFits(t.mask());
          yield new Match.Ternary(checkFits(t.value()).and(mask), mask);
        }
        throw error("expected a ternary match (value and mask) or a wildcard, got " + describe(m));
      }
      case RANGE -> {
        if (m instanceof Match.Range r) {
          if (checkFits(r.low()).compareTo(checkFits(r.high())) > 0) {
            throw error("range " + r.low() + " to " + r.high() + " is empty; min is above max");
          }
          yield r;
        }
        throw error("expected a range match (min and max), got " + describe(m));
      }
    };
  }

  /** True if a key value (BigInteger, or byte[] for byte-string keys) matches {@code m}. */
  public boolean matches(Match m, Object value) {
    if (m instanceof Match.Any) {
      return true;
    }
    if (m instanceof Match.BytesExact b) {
      return value instanceof byte[] bytes && Arrays.equals(bytes, b.value());
    }
    BigInteger v = (BigInteger) value;
    if (m instanceof Match.Exact e) {
      return v.equals(e.value());
    }
    if (m instanceof Match.Lpm l) {
      BigInteger mask = prefixMask(l.prefixLength());
      return v.and(mask).equals(l.value().and(mask));
    }
    if (m instanceof Match.Ternary t) {
      return v.and(t.mask()).equals(t.value().and(t.mask()));
    }
    Match.Range r = (Match.Range) m;
    return v.compareTo(r.low()) >= 0 && v.compareTo(r.high()) <= 0;
  }

  /** The mask of the top {@code length} bits of this key's width. */
  public BigInteger prefixMask(int length) {
    return BitValues.mask(length).shiftLeft(width - length);
  }

  /** Equality of two canonical matches (byte-string matches compare by content). */
  public static boolean sameMatch(Match a, Match b) {
    if (a instanceof Match.BytesExact x && b instanceof Match.BytesExact y) {
      return Arrays.equals(x.value(), y.value());
    }
    return a.equals(b);
  }

  /** A match as text: {@code 0xa/24}, {@code 0x1 &&& 0xff}, {@code 1 .. 5}, {@code _}, text. */
  public static String describe(Match m) {
    if (m instanceof Match.Any) {
      return "_";
    }
    if (m instanceof Match.Exact e) {
      return BitValues.hex(e.value());
    }
    if (m instanceof Match.BytesExact b) {
      return "\"" + new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1) + "\"";
    }
    if (m instanceof Match.Lpm l) {
      return BitValues.hex(l.value()) + "/" + l.prefixLength();
    }
    if (m instanceof Match.Ternary t) {
      return BitValues.hex(t.value()) + " &&& " + BitValues.hex(t.mask());
    }
    Match.Range r = (Match.Range) m;
    return BitValues.hex(r.low()) + " .. " + BitValues.hex(r.high());
  }

  private BigInteger checkFits(BigInteger value) {
    if (!BitValues.fits(value, width)) {
      throw error("value " + value + " does not fit in " + BitValues.describeRange(width));
    }
    return value;
  }

  private StateException error(String message) {
    return new StateException("key '" + name + "': " + message);
  }
}
