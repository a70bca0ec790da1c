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
    return putIfAbsentHash(hash(key), value);
  }

  /**
   * As {@link #putIfAbsent(String, long)} for a key given by its {@link #hash} (of a row's cells:
   * {@link #hash(String[])}, without joining them into one string first).
   */
  public long putIfAbsentHash(long keyHash, long value) {
    if (values == null) {
      values = new long[table.length];
    }
    int i = slot(keyHash);
    if (i < 0) {
      return values[-i - 1];
    }
    values[i] = value;
    return -1;
  }

  /** Records the key; its slot when new, else -(slot + 1) of the equal key recorded before. */
  private int slot(String key) {
    return slot(hash(key));
  }

  /** Records the key by its hash; its slot when new, else -(slot + 1) of the equal one before. */
  private int slot(long keyHash) {
    long h = keyHash;
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
    return spread(fnv(FNV_START, s));
  }

  /**
   * The {@link #hash} of the cells joined by {@code \u0000} (a null cell as "null", as {@link
   * String#join} gives it), without making that string: a whole row's key costs no allocation.
   */
  public static long hash(String[] cells) {
    long h = FNV_START;
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        h = (h ^ 0) * FNV_PRIME;
      }
      h = fnv(h, cells[c] == null ? "null" : cells[c]);
    }
    return spread(h);
  }

  /**
   * A 64-bit hash of a number (an epoch second, a day), spread as {@link #hash} spreads a text's:
   * equal numbers, equal hashes, without writing the number out as text first.
   */
  public static long hash(long n) {
    return spread(spread(n ^ FNV_START) * FNV_PRIME);
  }

  private static final long FNV_START = 0xcbf29ce484222325L; // FNV-1a 64
  private static final long FNV_PRIME = 0x100000001b3L;

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  private static long spread(long h) {
    h ^= h >>> 33; // murmur3 finaliser spreads the bits
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
