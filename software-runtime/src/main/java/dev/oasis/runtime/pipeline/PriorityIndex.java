package dev.oasis.runtime.pipeline;

import java.util.Arrays;

/**
 * A table with ternary or range key elements: entries in an array ordered by priority (highest
 * first) and, among equal priorities, by insertion (earliest first); a lookup returns the first
 * entry that matches, which is the one the contract selects.
 */
final class PriorityIndex extends TableIndex {
  private final int words;
  private final int[] rangeOffsets;
  private final int[] rangeWords;
  private int[] order = new int[16];
  private int[] priorities = new int[16];
  private long[] sequences = new long[16];
  private int count;

  // The patterns of order[i], flattened for the scan.
  private long[][] values = new long[16][];
  private long[][] masks = new long[16][];
  private long[][] lows = new long[16][];
  private long[][] highs = new long[16][];

  PriorityIndex(KeyLayout layout) {
    this.words = layout.words();
    int ranges = (int) layout.elements().stream().filter(KeyLayout.Element::isRange).count();
    rangeOffsets = new int[ranges];
    rangeWords = new int[ranges];
    int r = 0;
    for (KeyLayout.Element e : layout.elements()) {
      if (e.isRange()) {
        rangeOffsets[r] = e.offset();
        rangeWords[r] = e.words();
        r++;
      }
    }
  }

  @Override
  void add(int handle, KeyLayout.Pattern pattern, int priority, long sequence) {
    if (count == order.length) {
      int n = count * 2;
      order = Arrays.copyOf(order, n);
      priorities = Arrays.copyOf(priorities, n);
      sequences = Arrays.copyOf(sequences, n);
      values = Arrays.copyOf(values, n);
      masks = Arrays.copyOf(masks, n);
      lows = Arrays.copyOf(lows, n);
      highs = Arrays.copyOf(highs, n);
    }
    int at = count;
    while (at > 0 && before(priority, sequence, at - 1)) {
      at--;
    }
    shift(at, at + 1, count - at);
    order[at] = handle;
    priorities[at] = priority;
    sequences[at] = sequence;
    values[at] = pattern.value();
    masks[at] = pattern.mask();
    lows[at] = pattern.low();
    highs[at] = pattern.high();
    count++;
  }

  /** True if an entry with this priority and sequence goes before the one at {@code i}. */
  private boolean before(int priority, long sequence, int i) {
    return priority > priorities[i] || (priority == priorities[i] && sequence < sequences[i]);
  }

  private void shift(int from, int to, int n) {
    System.arraycopy(order, from, order, to, n);
    System.arraycopy(priorities, from, priorities, to, n);
    System.arraycopy(sequences, from, sequences, to, n);
    System.arraycopy(values, from, values, to, n);
    System.arraycopy(masks, from, masks, to, n);
    System.arraycopy(lows, from, lows, to, n);
    System.arraycopy(highs, from, highs, to, n);
  }

  @Override
  void remove(int handle) {
    for (int i = 0; i < count; i++) {
      if (order[i] == handle) {
        shift(i + 1, i, count - i - 1);
        count--;
        values[count] = null;
        masks[count] = null;
        lows[count] = null;
        highs[count] = null;
        return;
      }
    }
  }

  @Override
  int lookup(long[] key) {
    for (int i = 0; i < count; i++) {
      if (matches(key, i)) {
        return order[i];
      }
    }
    return -1;
  }

  private boolean matches(long[] key, int i) {
    long[] value = values[i];
    long[] mask = masks[i];
    for (int w = 0; w < words; w++) {
      if ((key[w] & mask[w]) != value[w]) {
        return false;
      }
    }
    for (int r = 0; r < rangeOffsets.length; r++) {
      if (!inRange(key, lows[i], highs[i], rangeOffsets[r], rangeWords[r])) {
        return false;
      }
    }
    return true;
  }

  private static boolean inRange(long[] key, long[] low, long[] high, int at, int n) {
    if (n == 1) {
      return Long.compareUnsigned(key[at], low[at]) >= 0
          && Long.compareUnsigned(key[at], high[at]) <= 0;
    }
    return !Wide.lt(key[at], key[at + 1], low[at], low[at + 1])
        && Wide.le(key[at], key[at + 1], high[at], high[at + 1]);
  }
}
