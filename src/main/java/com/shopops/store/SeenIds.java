package com.shopops.store;

/**
 * The ids already seen in one file, kept as 64-bit hashes in an open-addressing table (about 16
 * bytes per id rather than a String each), so that an order whose rows are not together is noticed
 * without holding the file in memory. A false match needs two ids with the same 64-bit hash.
 */
public final class SeenIds {
  private long[] table = new long[1 << 12];

  /** The value of each slot of {@link #table}, for {@link #putIfAbsent}; null until it is used. */
  private long[] values;

  private int size;

  /** Records the id; true when it was seen before. */
  public boolean addAndCheck(String id) {
    return slot(id) < 0;
  }

  /**
   * Records the key with its value (a line number, 0 or more) unless an equal key was recorded
   * before; returns that earlier key's value, or -1 when the key is new. Values take 8 more bytes
   * per key, only in a table that uses them.
   */
  public long putIfAbsent(String key, long value) {
    if (values == null) {
      values = new long[table.length];
    }
    int i = slot(key);
    if (i < 0) {
      return values[-i - 1];
    }
    values[i] = value;
    return -1;
  }

  /** Records the key; its slot when new, else -(slot + 1) of the equal key recorded before. */
  private int slot(String key) {
    long h = hash(key);
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return -i - 1;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    if (++size * 2 > table.length) {
      grow();
      return find(h);
    }
    return i;
  }

  private int find(long h) {
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != h) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = table;
    long[] oldValues = values;
    table = new long[old.length * 2];
    values = oldValues == null ? null : new long[table.length];
    int mask = table.length - 1;
    for (int j = 0; j < old.length; j++) {
      long h = old[j];
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = h;
        if (values != null) {
          values[i] = oldValues[j];
        }
      }
    }
  }

  /** How many distinct ids were recorded. */
  public int size() {
    return size;
  }

  public static long hash(String s) {
    long h = 0xcbf29ce484222325L; // FNV-1a 64
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33; // murmur3 finaliser spreads the bits
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
