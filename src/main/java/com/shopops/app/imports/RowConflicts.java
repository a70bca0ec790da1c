package com.shopops.app.imports;

import com.shopops.store.SeenIds;
import java.time.Instant;
import java.time.LocalDate;
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

  /**
   * Records per page of {@link #hashes} and {@link #lines}: the pages are added as records come,
   * never copied into a larger array (a doubled array and its copy held the shipments import of
   * 946k orders at 112 MB for 68 MB of values).
   */
  private static final int PAGE = 1 << 13;

  private final int width;
  private final SeenIds records = new SeenIds();
  private long[][] hashes = new long[16][];
  private int[][] lines = new int[16][];
  private int count;

  RowConflicts(int width) {
    this.width = width;
  }

  /**
   * Records the row's values (null: not stated; a text, a time or a date) for the record; returns
   * the fields an earlier row of the record gave another value, in field order (empty when none). A
   * time or a date is hashed as its number, not written out as text first.
   */
  List<Conflict> accept(String recordId, long line, Object... values) {
    long slot = records.putIfAbsent(recordId, count);
    int record = slot < 0 ? count++ : (int) slot;
    int page = record / PAGE;
    if (page == hashes.length) {
      hashes = Arrays.copyOf(hashes, page * 2);
      lines = Arrays.copyOf(lines, page * 2);
    }
    if (hashes[page] == null) {
      hashes[page] = new long[PAGE * width];
      lines[page] = new int[PAGE * width];
    }
    long[] stated = hashes[page];
    int[] statedAt = lines[page];
    int at = record % PAGE * width;
    List<Conflict> conflicts = List.of();
    for (int i = 0; i < width; i++) {
      if (values[i] == null) {
        continue;
      }
      long h = hash(values[i]);
      h = h == 0 ? 1 : h; // 0: no value yet
      if (stated[at + i] != 0 && stated[at + i] != h) {
        if (conflicts.isEmpty()) {
          conflicts = new ArrayList<>(2);
        }
        conflicts.add(new Conflict(i, statedAt[at + i]));
      }
      stated[at + i] = h;
      statedAt[at + i] = (int) Math.min(line, Integer.MAX_VALUE);
    }
    return conflicts;
  }

  private static long hash(Object value) {
    if (value instanceof Instant t) {
      return SeenIds.hash(t.getEpochSecond() * 1_000_000_000L + t.getNano());
    }
    if (value instanceof LocalDate d) {
      return SeenIds.hash(d.toEpochDay());
    }
    return SeenIds.hash(value.toString());
  }
}
