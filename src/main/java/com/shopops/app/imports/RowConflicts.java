package com.shopops.app.imports;

import com.shopops.store.SeenIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of one record in one file that state different values for a field (review8 H1): the rows are
 * applied in file order, so the later value is kept, and the conflict is worth an anomaly. Per
 * record it keeps a 64-bit hash of the value each field was last given and the line that gave it
 * (about 12 bytes a field), never the values themselves; a blank field states nothing and so
 * conflicts with nothing. A false "no conflict" needs two values with the same 64-bit hash.
 */
final class RowConflicts {
  /** One field that differs: its index, and the line of the earlier row that gave it a value. */
  record Conflict(int field, long earlierLine) {}

  private final int width;
  private final SeenIds records = new SeenIds();
  private long[] hashes;
  private int[] lines;
  private int count;

  RowConflicts(int width) {
    this.width = width;
    this.hashes = new long[width * 64];
    this.lines = new int[width * 64];
  }

  /**
   * Records the row's values (null: not stated) for the record; returns the fields an earlier row
   * of the record gave another value, in field order (empty when none).
   */
  List<Conflict> accept(String recordId, long line, String... values) {
    long slot = records.putIfAbsent(recordId, count);
    int at;
    if (slot < 0) {
      at = count++ * width;
      if (at + width > hashes.length) {
        hashes = Arrays.copyOf(hashes, hashes.length * 2);
        lines = Arrays.copyOf(lines, lines.length * 2);
      }
    } else {
      at = (int) slot * width;
    }
    List<Conflict> conflicts = List.of();
    for (int i = 0; i < width; i++) {
      if (values[i] == null) {
        continue;
      }
      long h = SeenIds.hash(values[i]);
      h = h == 0 ? 1 : h; // 0: no value yet
      if (hashes[at + i] != 0 && hashes[at + i] != h) {
        if (conflicts.isEmpty()) {
          conflicts = new ArrayList<>(2);
        }
        conflicts.add(new Conflict(i, lines[at + i]));
      }
      hashes[at + i] = h;
      lines[at + i] = (int) Math.min(line, Integer.MAX_VALUE);
    }
    return conflicts;
  }
}
