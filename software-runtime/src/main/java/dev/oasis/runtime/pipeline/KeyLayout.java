package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.state.KeyShape;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each key element of a table sits in the {@code long} words of a lookup key, and how a
 * canonical {@link Match} becomes a pattern over those words.
 *
 * <p>A {@code bit<N>} or bool element takes one word ({@code N <= 64}) or two, hi then lo ({@code N
 * <= 128}); a byte-string element takes a length word and then its bytes eight to a word (see
 * {@link ByteStrings#pack}). Generated code fills the words; the table indexes compare them.
 */
public final class KeyLayout {

  /** One key element: its shape, first word and number of words. */
  public record Element(KeyShape shape, int offset, int words) {
    public boolean isRange() {
      return shape.kind() == Decls.MatchKind.RANGE;
    }
  }

  private final List<Element> elements;
  private final int words;

  private KeyLayout(List<Element> elements, int words) {
    this.elements = List.copyOf(elements);
    this.words = words;
  }

  /** The layout of {@code table}'s key. */
  public static KeyLayout of(Table table) {
    List<Element> out = new ArrayList<>();
    int at = 0;
    for (Decls.Key k : table.keys()) {
      KeyShape shape = KeyShape.of(k);
      int n = wordsOf(shape);
      out.add(new Element(shape, at, n));
      at += n;
    }
    return new KeyLayout(out, at);
  }

  /** Words an element of this shape takes. */
  public static int wordsOf(KeyShape shape) {
    if (shape.isBytes()) {
      return 1 + ByteStrings.words(shape.maxBytes());
    }
    return shape.width() <= 64 ? 1 : 2;
  }

  public List<Element> elements() {
    return elements;
  }

  /** Words of a whole key. */
  public int words() {
    return words;
  }

  /** A canonical entry key as a pattern over the key words. */
  public Pattern pattern(List<Match> matches) {
    long[] value = new long[words];
    long[] mask = new long[words];
    long[] low = new long[words];
    long[] high = new long[words];
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      Match m = matches.get(i);
      if (m instanceof Match.Any) {
        continue;
      }
      if (m instanceof Match.BytesExact b) {
        ByteStrings.pack(value, e.offset(), e.words() - 1, b.value(), 0, b.value().length);
        fill(mask, e, -1L);
      } else if (m instanceof Match.Exact x) {
        put(value, e, x.value());
        fill(mask, e, -1L);
      } else if (m instanceof Match.Lpm l) {
        BigInteger pm = e.shape().prefixMask(l.prefixLength());
        put(mask, e, pm);
        put(value, e, l.value().and(pm));
      } else if (m instanceof Match.Ternary t) {
        put(mask, e, t.mask());
        put(value, e, t.value().and(t.mask()));
      } else if (m instanceof Match.Range r) {
        put(low, e, r.low());
        put(high, e, r.high());
      }
    }
    int prefix = 0;
    for (Match m : matches) {
      if (m instanceof Match.Lpm l) {
        prefix = l.prefixLength();
      }
    }
    return new Pattern(value, mask, low, high, prefix);
  }

  /** Key words of key values: BigInteger for bit and bool elements, byte[] for byte strings. */
  public long[] encode(List<?> values) {
    long[] key = new long[words];
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      Object v = values.get(i);
      if (v instanceof byte[] b) {
        ByteStrings.pack(key, e.offset(), e.words() - 1, b, 0, b.length);
      } else {
        put(key, e, (BigInteger) v);
      }
    }
    return key;
  }

  private static void put(long[] words, Element e, BigInteger v) {
    if (e.words() == 1) {
      words[e.offset()] = v.longValue();
    } else {
      words[e.offset()] = v.shiftRight(64).longValue();
      words[e.offset() + 1] = v.longValue();
    }
  }

  private static void fill(long[] words, Element e, long v) {
    for (int w = 0; w < e.words(); w++) {
      words[e.offset() + w] = v;
    }
  }

  /**
   * An entry's key over the words: a word matches if {@code (key & mask) == value}; a range
   * element's words (mask 0) must also lie between {@code low} and {@code high}, unsigned.
   *
   * @param prefix the lpm prefix length (0 where the table has no lpm element)
   */
  public record Pattern(long[] value, long[] mask, long[] low, long[] high, int prefix) {}
}
