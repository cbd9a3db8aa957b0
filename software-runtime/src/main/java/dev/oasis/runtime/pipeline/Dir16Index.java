package dev.oasis.runtime.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table whose only key element is a 32-bit lpm (an IPv4 route table): a DIR-style multibit table
 * with strides 16, 8 and 8, so a lookup reads at most three array slots. The 16-bit first level is
 * indexed by the top half of the address; an entry there is either a result or a pointer to a
 * 256-slot block of the next level.
 *
 * <p>The binary trie of {@link LpmTrieIndex} stays the source of truth: a change marks the table
 * dirty and the next lookup rebuilds the levels from the entries, painting shorter prefixes first
 * so that longer ones overwrite them. A slot holds 0 (no entry), {@code handle + 1}, or {@code
 * -(block + 1)} for a pointer.
 */
final class Dir16Index extends LpmTrieIndex {
  private final List<Integer> handles = new ArrayList<>();
  private final int[] level1 = new int[1 << 16];
  private int[] level2 = new int[0];
  private int[] level3 = new int[0];
  private int blocks2;
  private int blocks3;
  private boolean dirty;

  Dir16Index(KeyLayout layout) {
    super(layout);
    if (width() != 32 || layout.elements().size() != 1) {
      throw new IllegalArgumentException("a DIR table needs a single 32-bit lpm key element");
    }
  }

  @Override
  void add(int handle, KeyLayout.Pattern pattern, int priority, long sequence) {
    super.add(handle, pattern, priority, sequence);
    handles.add(handle);
    dirty = true;
  }

  @Override
  void remove(int handle) {
    super.remove(handle);
    handles.remove(Integer.valueOf(handle));
    dirty = true;
  }

  @Override
  int lookup(long[] key) {
    if (dirty) {
      rebuild();
    }
    int a = (int) key[lpmOffset()];
    int s = level1[a >>> 16];
    if (s < 0) {
      s = level2[((-s - 1) << 8) | ((a >>> 8) & 0xff)];
      if (s < 0) {
        s = level3[((-s - 1) << 8) | (a & 0xff)];
      }
    }
    return s - 1;
  }

  private void rebuild() {
    Arrays.fill(level1, 0);
    blocks2 = 0;
    blocks3 = 0;
    List<Integer> sorted = new ArrayList<>(handles);
    sorted.sort(Comparator.comparingInt(h -> pattern(h).prefix()));
    for (int h : sorted) {
      KeyLayout.Pattern p = pattern(h);
      int a = (int) p.value()[lpmOffset()];
      int len = p.prefix();
      if (len <= 16) {
        int from = a >>> 16;
        Arrays.fill(level1, from, from + (1 << (16 - len)), h + 1);
      } else if (len <= 24) {
        int block = block2(a >>> 16);
        int from = (block << 8) | ((a >>> 8) & 0xff);
        Arrays.fill(level2, from, from + (1 << (24 - len)), h + 1);
      } else {
        int block = block3(block2(a >>> 16), (a >>> 8) & 0xff);
        int from = (block << 8) | (a & 0xff);
        Arrays.fill(level3, from, from + (1 << (32 - len)), h + 1);
      }
    }
    dirty = false;
  }

  /** The level-2 block under first-level slot {@code top}, created from that slot if needed. */
  private int block2(int top) {
    if (level1[top] < 0) {
      return -level1[top] - 1;
    }
    if ((blocks2 + 1) * 256 > level2.length) {
      level2 = Arrays.copyOf(level2, Math.max(256, level2.length * 2));
    }
    int b = blocks2++;
    Arrays.fill(level2, b << 8, (b + 1) << 8, level1[top]);
    level1[top] = -(b + 1);
    return b;
  }

  private int block3(int block2, int mid) {
    int slot = (block2 << 8) | mid;
    if (level2[slot] < 0) {
      return -level2[slot] - 1;
    }
    if ((blocks3 + 1) * 256 > level3.length) {
      level3 = Arrays.copyOf(level3, Math.max(256, level3.length * 2));
    }
    int b = blocks3++;
    Arrays.fill(level3, b << 8, (b + 1) << 8, level2[slot]);
    level2[slot] = -(b + 1);
    return b;
  }
}
