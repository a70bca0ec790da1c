package com.shopops.store;

/**
 * The ids already seen in one file, kept as 64-bit hashes in an open-addressing table (about 16
 * bytes per id rather than a String each), so that an order whose rows are not together is noticed
 * without holding the file in memory. A false match needs two ids with the same 64-bit hash.
 */
public final class SeenIds {
  private long[] table = new long[1 << 12];
  private int size;

  /** Records the id; true when it was seen before. */
  public boolean addAndCheck(String id) {
    long h = hash(id);
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return true;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    if (++size * 2 > table.length) {
      grow();
    }
    return false;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long h : old) {
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = h;
      }
    }
  }

  /** How many distinct ids were recorded. */
  public int size() {
    return size;
  }

  static long hash(String s) {
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
