package com.shopops.store;

import java.util.Arrays;

/**
 * The visitor numbers an events import has met (visitor id → number in {@code visitors}), held
 * compactly: the ids' characters one byte each in one array, the numbers in another, an
 * open-addressed table of int slots over them; about 22 bytes a visitor of eight characters (the
 * 1,249,586 visitors of the benchmark's 10,000,000 events: ~40 MB with the arrays' spare room)
 * where a {@code HashMap<String, Long>} takes ~110. It only saves lookups: a visitor it does not
 * hold is looked up in the store, and it holds none whose id has a character beyond U+00FF. Past
 * {@value #MAX_ENTRIES} visitors or {@value #MAX_BYTES} characters of ids it forgets them all and
 * starts again, so memory stays under a fixed ceiling (~48 MB) whatever the file.
 */
final class VisitorNumbers {
  static final int MAX_ENTRIES = (1 << 21) - 2;
  static final int MAX_BYTES = 1 << 24;

  private byte[] bytes;
  private int used;

  /** Entry e's id: bytes[start[e] .. start[e + 1]). */
  private int[] start;

  private int[] numbers;
  private int size;

  /** Entry index + 1 per slot, 0 for an empty slot; its length a power of two. */
  private int[] slots;

  /** Whether it still holds every visitor it was given (none refused, none forgotten). */
  private boolean holdsAll = true;

  private final int maxEntries;
  private final int maxBytes;

  VisitorNumbers() {
    this(MAX_ENTRIES, MAX_BYTES);
  }

  /** With other ceilings (tests). */
  VisitorNumbers(int maxEntries, int maxBytes) {
    this.maxEntries = Math.min(maxEntries, MAX_ENTRIES);
    this.maxBytes = Math.min(maxBytes, MAX_BYTES);
    clear();
  }

  private void clear() {
    bytes = new byte[1 << 14];
    used = 0;
    start = new int[1 << 11];
    numbers = new int[1 << 11];
    size = 0;
    slots = new int[1 << 12];
  }

  int size() {
    return size;
  }

  /** Whether every visitor ever given to {@link #put} is still held. */
  boolean holdsAll() {
    return holdsAll;
  }

  /** The number of this visitor id, or -1 when it is not held. */
  long get(String id) {
    int mask = slots.length - 1;
    for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
      int e = slots[i] - 1;
      if (e < 0) {
        return -1;
      }
      if (same(e, id)) {
        return numbers[e];
      }
    }
  }

  /** Holds this visitor's number (an id not held yet); ids and numbers it cannot hold are left. */
  void put(String id, long number) {
    int n = id.length();
    if (number < 0 || number > Integer.MAX_VALUE || n > maxBytes / 4) {
      holdsAll = false;
      return;
    }
    for (int k = 0; k < n; k++) {
      if (id.charAt(k) > 0xFF) {
        holdsAll = false;
        return;
      }
    }
    if (size == maxEntries || used + n > maxBytes) {
      clear(); // the ceiling: the ones forgotten are looked up in the store again
      holdsAll = false;
    }
    if (used + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
    }
    if (size + 1 == start.length) {
      start = Arrays.copyOf(start, start.length * 2);
      numbers = Arrays.copyOf(numbers, numbers.length * 2);
    }
    for (int k = 0; k < n; k++) {
      bytes[used + k] = (byte) id.charAt(k);
    }
    start[size] = used;
    used += n;
    start[size + 1] = used;
    numbers[size] = (int) number;
    size++;
    if (size * 4L > slots.length * 3L) {
      slots = new int[slots.length * 2];
      for (int e = 0; e < size; e++) {
        place(e, spread(hash(e)));
      }
    } else {
      place(size - 1, spread(id.hashCode()));
    }
  }

  private void place(int entry, int h) {
    int mask = slots.length - 1;
    int i = h & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = entry + 1;
  }

  /** String.hashCode of entry e's id, from its bytes. */
  private int hash(int e) {
    int h = 0;
    for (int k = start[e]; k < start[e + 1]; k++) {
      h = 31 * h + (bytes[k] & 0xFF);
    }
    return h;
  }

  private boolean same(int e, String id) {
    int from = start[e];
    int n = start[e + 1] - from;
    if (n != id.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if ((bytes[from + k] & 0xFF) != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
