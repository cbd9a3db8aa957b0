package dev.oasis.runtime.pipeline;

import java.util.Arrays;

/**
 * A table with one lpm key element (and possibly exact ones): a binary trie on the bits of the lpm
 * element, most significant first. An entry of prefix length {@code p} hangs at depth {@code p}; a
 * lookup walks down the key's bits and keeps the deepest entry whose exact elements equal the
 * key's, which is the longest matching prefix (entries with the same prefix and exact elements are
 * refused as duplicates, so at most one matches per depth).
 */
class LpmTrieIndex extends TableIndex {
  private final int words;
  private final int lpmOffset;
  private final int lpmWords;
  private final int width;
  private final Patterns patterns = new Patterns();
  private final Node root = new Node();

  /** One trie node: its children and the entries whose prefix ends here. */
  private static final class Node {
    Node zero;
    Node one;
    int[] handles = new int[0];
  }

  LpmTrieIndex(KeyLayout layout) {
    this.words = layout.words();
    KeyLayout.Element lpm =
        layout.elements().stream()
            .filter(e -> e.shape().kind() == dev.oasis.compiler.ir.Decls.MatchKind.LPM)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the table has no lpm key element"));
    this.lpmOffset = lpm.offset();
    this.lpmWords = lpm.words();
    this.width = lpm.shape().width();
  }

  /** The lpm element's width in bits. */
  final int width() {
    return width;
  }

  final int lpmOffset() {
    return lpmOffset;
  }

  final KeyLayout.Pattern pattern(int handle) {
    return patterns.get(handle);
  }

  @Override
  void add(int handle, KeyLayout.Pattern pattern, int priority, long sequence) {
    patterns.set(handle, pattern);
    Node n = root;
    for (int depth = 0; depth < pattern.prefix(); depth++) {
      if (bit(pattern.value(), depth) == 0) {
        n = n.zero == null ? (n.zero = new Node()) : n.zero;
      } else {
        n = n.one == null ? (n.one = new Node()) : n.one;
      }
    }
    n.handles = Arrays.copyOf(n.handles, n.handles.length + 1);
    n.handles[n.handles.length - 1] = handle;
  }

  @Override
  void remove(int handle) {
    KeyLayout.Pattern pattern = patterns.get(handle);
    Node n = root;
    for (int depth = 0; depth < pattern.prefix(); depth++) {
      n = bit(pattern.value(), depth) == 0 ? n.zero : n.one;
    }
    int[] kept = new int[n.handles.length - 1];
    int k = 0;
    for (int h : n.handles) {
      if (h != handle) {
        kept[k++] = h;
      }
    }
    n.handles = kept;
    patterns.clear(handle);
  }

  @Override
  int lookup(long[] key) {
    int best = -1;
    Node n = root;
    for (int depth = 0; n != null; depth++) {
      for (int h : n.handles) {
        if (exactPartsEqual(key, patterns.get(h).value())) {
          best = h;
          break;
        }
      }
      if (depth == width) {
        break;
      }
      n = bit(key, depth) == 0 ? n.zero : n.one;
    }
    return best;
  }

  private boolean exactPartsEqual(long[] key, long[] value) {
    for (int w = 0; w < words; w++) {
      if ((w < lpmOffset || w >= lpmOffset + lpmWords) && key[w] != value[w]) {
        return false;
      }
    }
    return true;
  }

  /** Bit {@code depth} (0 = most significant) of the lpm element in {@code words}. */
  private int bit(long[] keyWords, int depth) {
    if (lpmWords == 1) {
      return (int) (keyWords[lpmOffset] >>> (width - 1 - depth)) & 1;
    }
    int hiBits = width - 64;
    if (depth < hiBits) {
      return (int) (keyWords[lpmOffset] >>> (hiBits - 1 - depth)) & 1;
    }
    return (int) (keyWords[lpmOffset + 1] >>> (63 - (depth - hiBits))) & 1;
  }
}
