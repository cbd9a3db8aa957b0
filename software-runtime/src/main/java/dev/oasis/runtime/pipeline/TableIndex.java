package dev.oasis.runtime.pipeline;

import java.util.Arrays;

/**
 * The lookup structure of one table: entries come and go by handle between packets, and {@link
 * #lookup} finds the entry a key selects (or -1) without allocating. Each implementation applies
 * the selection rule of its kind of table: at most one exact match; the longest matching prefix;
 * the highest priority, ties to the entry inserted first.
 */
abstract class TableIndex {

  /** Adds the entry {@code handle}; {@code sequence} increases with every insert. */
  abstract void add(int handle, KeyLayout.Pattern pattern, int priority, long sequence);

  /** Removes the entry {@code handle}, which was added. */
  abstract void remove(int handle);

  /** The handle of the entry that {@code key} selects, or -1. */
  abstract int lookup(long[] key);

  /** Patterns by handle, grown as handles grow. */
  static final class Patterns {
    private KeyLayout.Pattern[] byHandle = new KeyLayout.Pattern[16];

    void set(int handle, KeyLayout.Pattern p) {
      if (handle >= byHandle.length) {
        byHandle = Arrays.copyOf(byHandle, Math.max(handle + 1, byHandle.length * 2));
      }
      byHandle[handle] = p;
    }

    KeyLayout.Pattern get(int handle) {
      return byHandle[handle];
    }

    void clear(int handle) {
      byHandle[handle] = null;
    }
  }
}
