package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.SeenIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowConflictsTest {
  @Test
  void aFieldGivenAnotherValueByALaterRowIsAConflictWithTheLineThatGaveItLast() {
    RowConflicts c = new RowConflicts(2);
    for (int i = 0; i < 1000; i++) { // past the first tables' sizes
      assertEquals(List.of(), c.accept("R" + i, i + 2, "a" + i, null));
    }
    assertEquals(List.of(), c.accept("R7", 1002, "a7", "x")); // same value, a new field
    assertEquals(List.of(), c.accept("R7", 1003, null, null)); // blank states nothing
    assertEquals(
        List.of(new RowConflicts.Conflict(0, 1002), new RowConflicts.Conflict(1, 1002)),
        c.accept("R7", 1004, "b", "y"));
    assertEquals(List.of(new RowConflicts.Conflict(0, 1004)), c.accept("R7", 1005, "a7", "y"));
    assertEquals(List.of(), c.accept("R999", 1006, "a999", null));
    assertEquals(List.of(new RowConflicts.Conflict(0, 101)), c.accept("R99", 1007, "z", null));
  }

  @Test
  void recordsOnLaterPagesKeepTheirOwnValues() {
    RowConflicts c = new RowConflicts(3);
    for (int i = 0; i < 40_000; i++) { // several pages of 8,192 records, and more page slots
      assertEquals(List.of(), c.accept("R" + i, i + 2, "a" + i, "b" + i, null));
    }
    assertEquals(List.of(), c.accept("R8192", 40_002, "a8192", "b8192", "c"));
    assertEquals(
        List.of(new RowConflicts.Conflict(1, 40_002), new RowConflicts.Conflict(2, 40_002)),
        c.accept("R8192", 40_003, null, "x", "y"));
    assertEquals(
        List.of(new RowConflicts.Conflict(0, 39_001)), c.accept("R38999", 40_004, "z", null, null));
    assertEquals(
        List.of(new RowConflicts.Conflict(0, 8_193)), c.accept("R8191", 40_005, "q", null, null));
  }

  @Test
  void timesAndDatesConflictWhenTheyDifferNotWhenTheyAreEqual() {
    RowConflicts c = new RowConflicts(2);
    Instant t = Instant.parse("2026-05-02T00:26:09Z");
    LocalDate d = LocalDate.of(2026, 5, 3);
    assertEquals(List.of(), c.accept("SO1", 2, t, d));
    assertEquals(List.of(), c.accept("SO1", 3, Instant.ofEpochSecond(t.getEpochSecond()), d));
    assertEquals(
        List.of(new RowConflicts.Conflict(0, 3), new RowConflicts.Conflict(1, 3)),
        c.accept("SO1", 4, t.plusSeconds(1), d.plusDays(1)));
    assertEquals(
        List.of(new RowConflicts.Conflict(0, 4)), c.accept("SO1", 5, t.plusNanos(1), null));
  }

  /**
   * The one table of a file's records (the shipments import's exact copies, conflicts and orders
   * counted): every record keeps its number, copies and conflicts are found past the table's growth
   * and its pages, and a copy of a record's later row is found as well as of its first.
   */
  @Test
  void recordsCopiesAndConflictsSurviveGrowth() {
    RowConflicts t = new RowConflicts(2);
    int n = 50_000; // several pages of 8,192 records and many doublings of the table
    for (int i = 0; i < n; i++) {
      assertEquals(i, t.record("O" + i));
      assertEquals(-1, t.copyOf(i, SeenIds.hash(new String[] {"O" + i, "a"}), i + 2));
      assertEquals(List.of(), t.accept(i, i + 2, "a", Instant.ofEpochSecond(i)));
    }
    assertEquals(n, t.size());
    for (int i = 0; i < n; i += 997) {
      int r = t.record("O" + i);
      assertEquals(i, r);
      assertEquals(i + 2, t.copyOf(r, SeenIds.hash(new String[] {"O" + i, "a"}), 99));
      assertEquals(-1, t.copyOf(r, SeenIds.hash(new String[] {"O" + i, "b"}), n + i + 2));
      assertEquals(n + i + 2, t.copyOf(r, SeenIds.hash(new String[] {"O" + i, "b"}), 7));
      assertEquals(
          List.of(new RowConflicts.Conflict(0, i + 2)),
          t.accept("O" + i, n + i + 2, "b", Instant.ofEpochSecond(i)));
      assertEquals(List.of(), t.accept(r, n + i + 3, null, null));
    }
    assertEquals(n, t.size());
  }
}
