package com.shopops.app.imports;

import com.shopops.store.SeenIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one file, one entry each: rows of one record that state different values for a
 * field (review8 H1: the rows are applied in file order, so the later value is kept, and the
 * conflict is worth an anomaly), and rows that are exact copies of an earlier row (counted once).
 * Per record it keeps a 64-bit hash of its id, of its first row and of the value each field was
 * last given, with the lines that gave them (about 100 bytes a record with six fields), never the
 * values themselves; a blank field states nothing and so conflicts with nothing. A false "no
 * conflict" or a false copy needs two values with the same 64-bit hash.
 *
 * <p>One table serves every question of the file about its records (the shipments import asked
 * three tables of the same 946k order ids before: 80 MB of hashes, 50 MB more while they grew): an
 * open-addressing table of record numbers (4 bytes a slot) over pages of 8,192 records, never
 * copied into a larger array; the table is rebuilt from the ids' hashes kept in the pages.
 */
final class RowConflicts {
  /** One field that differs: its index, and the line of the earlier row that gave it a value. */
  record Conflict(int field, long earlierLine) {}

  /** Records per page of the per-record arrays. */
  private static final int PAGE = 1 << 13;

  private final int width;

  /** Record number + 1 by the record id's hash (open addressing); 0 marks an empty slot. */
  private int[] slots = new int[1 << 12];

  private long[][] idHashes = new long[16][];
  private long[][] rowHashes = new long[16][];
  private int[][] rowLines = new int[16][];
  private long[][] hashes = new long[16][];
  private int[][] lines = new int[16][];
  private int count;

  /** The rows after the first of a record, by their hash (their line): a record's other rows. */
  private final SeenIds laterRows = new SeenIds();

  RowConflicts(int width) {
    this.width = width;
  }

  /** How many records were seen. */
  int size() {
    return count;
  }

  /** The number of the record with this id, added when new ({@link #size} grows by one). */
  int record(String recordId) {
    long h = SeenIds.hash(recordId);
    h = h == 0 ? 1 : h;
    int mask = slots.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (slots[i] != 0) {
      int r = slots[i] - 1;
      if (idHashes[r / PAGE][r % PAGE] == h) {
        return r;
      }
      i = (i + 1) & mask;
    }
    int r = count++;
    int page = r / PAGE;
    if (page == idHashes.length) {
      idHashes = Arrays.copyOf(idHashes, page * 2);
      rowHashes = Arrays.copyOf(rowHashes, page * 2);
      rowLines = Arrays.copyOf(rowLines, page * 2);
      hashes = Arrays.copyOf(hashes, page * 2);
      lines = Arrays.copyOf(lines, page * 2);
    }
    if (idHashes[page] == null) {
      idHashes[page] = new long[PAGE];
      rowHashes[page] = new long[PAGE];
      rowLines[page] = new int[PAGE];
      hashes[page] = new long[PAGE * width];
      lines[page] = new int[PAGE * width];
    }
    idHashes[page][r % PAGE] = h;
    slots[i] = r + 1;
    if (count * 2 > slots.length) {
      grow();
    }
    return r;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int r = 0; r < count; r++) {
      long h = idHashes[r / PAGE][r % PAGE];
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = r + 1;
    }
  }

  /**
   * The line of an earlier row of the record with the same cells ({@code rowHash}: {@link
   * SeenIds#hash(String[])}), or -1 when the row is new (it is then recorded as of {@code line}).
   * Two rows with the same cells have the same record id, so a copy is looked for among the rows of
   * its record only.
   */
  long copyOf(int record, long rowHash, long line) {
    long h = rowHash == 0 ? 1 : rowHash; // 0: no row yet
    int page = record / PAGE;
    int at = record % PAGE;
    long first = rowHashes[page][at];
    if (first == 0) {
      rowHashes[page][at] = h;
      rowLines[page][at] = (int) Math.min(line, Integer.MAX_VALUE);
      return -1;
    }
    if (first == h) {
      return rowLines[page][at];
    }
    return laterRows.putIfAbsentHash(h, line);
  }

  /**
   * Records the row's values (null: not stated; a text, a time or a date) for the record; returns
   * the fields an earlier row of the record gave another value, in field order (empty when none). A
   * time or a date is hashed as its number, not written out as text first.
   */
  List<Conflict> accept(String recordId, long line, Object... values) {
    return accept(record(recordId), line, values);
  }

  /** As {@link #accept(String, long, Object...)} for a record by its {@link #record} number. */
  List<Conflict> accept(int record, long line, Object... values) {
    long[] stated = hashes[record / PAGE];
    int[] statedAt = lines[record / PAGE];
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
