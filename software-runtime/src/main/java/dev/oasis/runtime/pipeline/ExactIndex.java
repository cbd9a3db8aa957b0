package dev.oasis.runtime.pipeline;

import java.util.Arrays;

/**
 * An exact-match table: open addressing with linear probing over the key words. Deleted slots
 * become tombstones until the next rehash, which happens when live and deleted slots fill three
 * quarters of the table.
 */
final class ExactIndex extends TableIndex {
  private static final int EMPTY = -1;
  private static final int DELETED = -2;

  private final int words;
  private final Patterns patterns = new Patterns();
  private long[] keys;
  private int[] handles;
  private int capacity;
  private int live;
  private int used;

  ExactIndex(int words, int expectedEntries) {
    this.words = words;
    allocate(capacityFor(expectedEntries));
  }

  private static int capacityFor(int entries) {
    int c = 16;
    while (c < entries * 2L && c < (1 << 30)) {
      c <<= 1;
    }
    return c;
  }

  private void allocate(int newCapacity) {
    capacity = newCapacity;
    keys = new long[Math.max(1, newCapacity * words)];
    handles = new int[newCapacity];
    Arrays.fill(handles, EMPTY);
    live = 0;
    used = 0;
  }

  @Override
  void add(int handle, KeyLayout.Pattern pattern, int priority, long sequence) {
    patterns.set(handle, pattern);
    if ((used + 1) * 4L > capacity * 3L) {
      rehash(live + 1);
    }
    place(handle, pattern.value());
  }

  private void place(int handle, long[] key) {
    int slot = slotOf(key);
    while (handles[slot] >= 0) {
      slot = (slot + 1) & (capacity - 1);
    }
    if (handles[slot] == EMPTY) {
      used++;
    }
    handles[slot] = handle;
    System.arraycopy(key, 0, keys, slot * words, words);
    live++;
  }

  private void rehash(int entries) {
    int[] oldHandles = handles;
    int newCapacity = Math.max(capacity, capacityFor(entries));
    allocate(newCapacity);
    for (int h : oldHandles) {
      if (h >= 0) {
        place(h, patterns.get(h).value());
      }
    }
  }

  @Override
  void remove(int handle) {
    int slot = find(patterns.get(handle).value());
    handles[slot] = DELETED;
    live--;
    patterns.clear(handle);
  }

  @Override
  int lookup(long[] key) {
    int slot = find(key);
    return slot < 0 ? -1 : handles[slot];
  }

  private int find(long[] key) {
    int slot = slotOf(key);
    while (true) {
      int h = handles[slot];
      if (h == EMPTY) {
        return -1;
      }
      if (h >= 0 && sameKey(key, slot)) {
        return slot;
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }

  private boolean sameKey(long[] key, int slot) {
    int base = slot * words;
    for (int w = 0; w < words; w++) {
      if (keys[base + w] != key[w]) {
        return false;
      }
    }
    return true;
  }

  private int slotOf(long[] key) {
    long h = 0x9E3779B97F4A7C15L;
    for (int w = 0; w < words; w++) {
      h = (h ^ key[w]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    h *= 0x94D049BB133111EBL;
    h ^= h >>> 29;
    return (int) h & (capacity - 1);
  }
}
