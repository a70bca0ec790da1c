package com.shopops.store;

/**
 * How often each of the last {@code capacity} keys was seen, as a {@code LinkedHashMap} in access
 * order that drops its eldest entry past its capacity would say, but with no object per key: the
 * keys are 64-bit hashes (a false match needs two keys of the last {@code capacity} with the same
 * 64-bit hash, as {@link SeenIds} accepts), the entries int and long arrays linked from the least
 * to the most recently used, found through an open-addressed table. The events import numbers its
 * repeated lines with it: with a map of 100,000 string keys the keys outlived the young generation
 * and the collector spent 17 % of a 1,000,000-event import's CPU promoting and compacting them.
 */
final class RecentKeys {
  private final int capacity;
  private final long[] keys;
  private final int[] counts;
  private final int[] older;
  private final int[] newer;

  /** Entry index + 1 per slot, 0 for an empty slot; its length a power of two, at least 2×. */
  private final int[] slots;

  private int size;
  private int eldest = -1;
  private int latest = -1;

  RecentKeys(int capacity) {
    this.capacity = capacity;
    keys = new long[capacity];
    counts = new int[capacity];
    older = new int[capacity];
    newer = new int[capacity];
    slots = new int[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2];
  }

  /**
   * How often the key was seen before (0: never, or not among the recent ones); counts this one.
   */
  int see(long key) {
    int mask = slots.length - 1;
    int i = home(key, mask);
    while (slots[i] != 0) {
      int e = slots[i] - 1;
      if (keys[e] == key) {
        int seen = counts[e]++;
        touch(e);
        return seen;
      }
      i = (i + 1) & mask;
    }
    int e;
    if (size == capacity) { // the eldest makes room, as removeEldestEntry would
      e = eldest;
      unlink(e);
      remove(e);
      i = home(key, mask);
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
    } else {
      e = size++;
    }
    keys[e] = key;
    counts[e] = 1;
    slots[i] = e + 1;
    append(e);
    return 0;
  }

  private static int home(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void touch(int e) {
    if (e != latest) {
      unlink(e);
      append(e);
    }
  }

  private void unlink(int e) {
    int o = older[e];
    int n = newer[e];
    if (o >= 0) {
      newer[o] = n;
    } else {
      eldest = n;
    }
    if (n >= 0) {
      older[n] = o;
    } else {
      latest = o;
    }
  }

  private void append(int e) {
    older[e] = latest;
    newer[e] = -1;
    if (latest >= 0) {
      newer[latest] = e;
    } else {
      eldest = e;
    }
    latest = e;
  }

  /** Takes entry e out of the table, moving later entries of its run back (linear probing). */
  private void remove(int e) {
    int mask = slots.length - 1;
    int i = home(keys[e], mask);
    while (slots[i] != e + 1) {
      i = (i + 1) & mask;
    }
    int gap = i;
    for (int j = (gap + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
      int h = home(keys[slots[j] - 1], mask);
      // the entry at j may move to the gap if its home is not in (gap, j] (cyclically)
      boolean stays = gap <= j ? (gap < h && h <= j) : (gap < h || h <= j);
      if (!stays) {
        slots[gap] = slots[j];
        gap = j;
      }
    }
    slots[gap] = 0;
  }

  /** A 64-bit hash of an event's time, visitor, type and SKU. */
  static long key(long time, String visitor, int type, String sku) {
    long h = 0xcbf29ce484222325L ^ (time * 0x9E3779B97F4A7C15L) ^ type;
    h = text(h, visitor);
    h = (h ^ 0x1F) * 0x100000001b3L; // between the two texts: ("ab", "c") is not ("a", "bc")
    h = text(h, sku);
    h ^= h >>> 33; // murmur's finaliser
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static long text(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
