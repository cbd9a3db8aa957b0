package dev.oasis.hw.regmap;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import java.math.BigInteger;
import java.util.List;

/**
 * How an entry of a table is written into the register window: the key elements concatenated (the
 * first in the most significant bits) as a key, a mask and, for range elements, an upper bound.
 *
 * <pre>
 * element   key     mask              high
 * exact v   v       all ones          0
 * lpm v/p   v       p leading ones    0
 * ternary   v       m                 0
 * range     low     0                 high
 * _         0       0                 all ones (range elements), else 0
 * </pre>
 *
 * An entry matches when {@code (k ^ key) & mask == 0} and every range element lies within [key,
 * high]. Among matching slots the highest score wins (the priority for tables with ternary or range
 * elements, the lpm prefix length otherwise), then the lowest slot.
 */
public final class TableEncoding {
  private TableEncoding() {}

  /** The encoded key, mask and upper bounds of one entry. */
  public record Encoded(BigInteger key, BigInteger mask, BigInteger high) {}

  public static int keyWidth(Table t) {
    return t.keys().stream().mapToInt(k -> k.expr().type().width()).sum();
  }

  /** Whether entries carry a mask (the table has an lpm or ternary element). */
  public static boolean hasMask(Table t) {
    return t.keys().stream()
        .anyMatch(k -> k.kind() == Decls.MatchKind.LPM || k.kind() == Decls.MatchKind.TERNARY);
  }

  /** Whether entries carry upper bounds (the table has a range element). */
  public static boolean hasHigh(Table t) {
    return t.keys().stream().anyMatch(k -> k.kind() == Decls.MatchKind.RANGE);
  }

  /** Whether slots are ranked by a score (priority or prefix length). */
  public static boolean hasScore(Table t) {
    return t.needsPriority() || t.keys().stream().anyMatch(k -> k.kind() == Decls.MatchKind.LPM);
  }

  public static Encoded encode(Table t, List<Match> matches) {
    BigInteger key = BigInteger.ZERO;
    BigInteger mask = BigInteger.ZERO;
    BigInteger high = BigInteger.ZERO;
    for (int i = 0; i < t.keys().size(); i++) {
      Decls.Key k = t.keys().get(i);
      int w = k.expr().type().width();
      BigInteger ones = BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
      BigInteger kv = BigInteger.ZERO;
      BigInteger mv = BigInteger.ZERO;
      BigInteger hv = BigInteger.ZERO;
      Match m = matches.get(i);
      if (m instanceof Match.Exact e) {
        kv = e.value();
        mv = ones;
      } else if (m instanceof Match.Lpm l) {
        mv = ones.shiftRight(w - l.prefixLength()).shiftLeft(w - l.prefixLength());
        kv = l.value().and(mv);
      } else if (m instanceof Match.Ternary tm) {
        mv = tm.mask();
        kv = tm.value().and(mv);
      } else if (m instanceof Match.Range r) {
        kv = r.low();
        hv = r.high();
      } else if (k.kind() == Decls.MatchKind.RANGE) {
        hv = ones;
      }
      key = key.shiftLeft(w).or(kv);
      mask = mask.shiftLeft(w).or(mv);
      high = high.shiftLeft(w).or(hv);
    }
    return new Encoded(key, mask, high);
  }

  /** The score of a constant entry: its priority, or the prefix length of its lpm element. */
  public static long score(Table t, Table.ConstEntry entry) {
    if (t.needsPriority()) {
      return entry.priority() & 0xffffffffL;
    }
    for (int i = 0; i < t.keys().size(); i++) {
      if (entry.matches().get(i) instanceof Match.Lpm l) {
        return l.prefixLength();
      }
    }
    return 0;
  }
}
