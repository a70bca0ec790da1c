package com.shopops.app.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The external sort of scattered rows: every row comes back as it was parsed (cells, typed values,
 * errors, times in a DST gap, line), grouped by key in code-point order and in file order within a
 * key, across many runs.
 */
class RowSortTest {
  private static final int FIELDS = 7;

  private static ParsedRow row(long line, String key, int k) {
    String[] cells = {key, "  padded ", "中文 " + k, null, "2026-11-01 10:00", "", "x" + k};
    ParsedRow r = new ParsedRow(line, cells, FIELDS);
    r.set(0, cells[0]); // the cell itself
    r.set(1, "padded"); // a text of its own
    r.set(2, (long) k * 1_000_000_007L);
    r.set(3, Instant.ofEpochSecond(1_790_000_000L + k, k % 3 == 0 ? 0 : 500_000_000));
    r.set(4, k % 2 == 0);
    r.set(5, LocalDate.of(2026, 1, 1).plusDays(k));
    // field 6 stays null
    if (k % 7 == 0) {
      r.addError(new RowError("f.csv", line, k % 2 == 0 ? null : "amount", "bad " + k));
      r.addError(new RowError("f.csv", line, "paid_at (column \"付款时间\")", "also " + k));
    }
    if (k % 11 == 0) {
      r.addTimeInGap(
          new com.shopops.parse.DstGaps.Said(
              k % 2 == 0 ? "time-in-dst-gap" : "time-in-dst-overlap",
              "created_at: 02:30 is in a gap"));
    }
    return r;
  }

  private static void assertSameRow(ParsedRow want, ParsedRow got) {
    assertEquals(want.line(), got.line());
    assertArrayEquals(want.cells(), got.cells());
    for (int f = 0; f < FIELDS; f++) {
      assertEquals(want.get(f), got.get(f), "field " + f + " of line " + want.line());
    }
    assertEquals(want.errors(), got.errors());
    assertEquals(want.timesInGap(), got.timesInGap());
  }

  @Test
  void rowsComeBackAsParsedGroupedByKeyInFileOrderAcrossRuns() {
    Random rnd = new Random(7);
    List<ParsedRow> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    // keys that UTF-16 and UTF-8 order differently (U+FF21 and U+1F600), a blank key, shared
    // prefixes
    String[] alphabet = {"A", "AB", "B", "\uFF21", "\uD83D\uDE00", "", "订单", "a", "AB1"};
    for (int i = 0; i < 5_000; i++) {
      String key = alphabet[rnd.nextInt(alphabet.length)] + (rnd.nextInt(40));
      keys.add(key);
      rows.add(row(i + 2, key, i));
    }
    List<Integer> want = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      want.add(i);
    }
    Comparator<String> utf8 =
        (a, b) ->
            Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    want.sort((a, b) -> utf8.compare(keys.get(a), keys.get(b))); // stable: file order in a key
    try (RowSort sort = new RowSort(FIELDS, 20_000)) { // ~200 rows per run: 25+ runs
      for (int i = 0; i < rows.size(); i++) {
        sort.add(keys.get(i), rows.get(i));
      }
      for (int i : want) {
        ParsedRow got = sort.next();
        assertSameRow(rows.get(i), got);
        assertSame(got.cells()[0], got.get(0)); // a text that was the cell is the cell again
      }
      assertNull(sort.next());
      assertNull(sort.next());
    }
  }

  @Test
  void aRowLargerThanARunAndNoRowsAtAll() {
    try (RowSort none = new RowSort(FIELDS, 100)) {
      assertNull(none.next());
    }
    String big = "x".repeat(300_000) + "，" + "y".repeat(70_000);
    ParsedRow r = new ParsedRow(9, new String[] {"K", big}, FIELDS);
    r.set(1, big);
    try (RowSort sort = new RowSort(FIELDS, 100)) {
      sort.add("K", row(2, "K", 1));
      sort.add("K", r);
      sort.add("J", row(3, "J", 2));
      assertEquals(3, sort.next().line());
      assertEquals(2, sort.next().line());
      ParsedRow got = sort.next();
      assertEquals(big, got.get(1));
      assertSame(got.cell(1), got.get(1));
      assertNull(sort.next());
    }
  }

  @Test
  void keysInCodePointOrderAsTheirUtf8BytesOrder() {
    // U+FF21 before U+1F600 (UTF-16 units order them the other way), a prefix first, the empty
    // key first of all; a lone surrogate is kept as '?', as String.getBytes writes it
    String[] keys = {"\uD83D\uDE00", "B", "AB", "\uFF21", "订单1", "A", "", "\uD83Dx", "é"};
    String[] want = {"", "A", "AB", "B", "é", "订单1", "\uFF21", "\uD83D\uDE00"};
    try (RowSort sort = new RowSort(FIELDS, 100)) { // a run per row or two: the merge orders
      for (int i = 0; i < keys.length; i++) {
        sort.add(keys[i], row(i + 2, keys[i], i));
      }
      List<String> got = new ArrayList<>();
      for (ParsedRow r = sort.next(); r != null; r = sort.next()) {
        got.add(r.cell(0));
      }
      assertEquals(keys.length, got.size());
      assertEquals("?x", got.get(1)); // the lone surrogate came back as '?', as it always did
      got.remove(1);
      assertEquals(List.of(want), got);
    }
    try (RowSort sort = new RowSort(FIELDS)) { // one run: the in-memory sort orders
      for (int i = 0; i < keys.length; i++) {
        sort.add(keys[i], row(i + 2, keys[i], i));
      }
      assertEquals("", sort.next().cell(0));
      assertEquals("?x", sort.next().cell(0));
      assertEquals("A", sort.next().cell(0));
    }
  }

  @Test
  void everyTextComesBackAsItsUtf8BytesReadBack() {
    // the run's own UTF-8 encoder against the JDK's, on texts of every width and stray surrogates
    char[] pool = {
      'a', 'Z', '0', ' ', '\u00e9', '\u07ff', '\u0800', '中', '\uFF21', '\uFFFF', '\uD83D', '\uDE00',
      '\uDBFF', '\uDFFF', '\uD800', '\uDC00'
    };
    Random rnd = new Random(11);
    List<String> texts = new ArrayList<>();
    try (RowSort sort = new RowSort(FIELDS, 4_000)) {
      for (int i = 0; i < 2_000; i++) {
        StringBuilder b = new StringBuilder();
        for (int k = rnd.nextInt(12); k > 0; k--) {
          b.append(pool[rnd.nextInt(pool.length)]);
        }
        String text = b.toString();
        texts.add(text);
        sort.add(String.format("%05d", i), new ParsedRow(i + 2, new String[] {text}, FIELDS));
      }
      for (String text : texts) {
        String want = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(want, sort.next().cell(0));
      }
    }
  }
}
