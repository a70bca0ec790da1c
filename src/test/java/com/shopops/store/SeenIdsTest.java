package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenIdsTest {
  @Test
  void anIdIsSeenTheSecondTimeAndCountedOnce() {
    SeenIds ids = new SeenIds();
    for (int i = 0; i < 20_000; i++) { // past several growths of the table
      assertFalse(ids.addAndCheck("O" + i));
    }
    for (int i = 0; i < 20_000; i++) {
      assertTrue(ids.addAndCheck("O" + i));
    }
    assertEquals(20_000, ids.size());
  }

  @Test
  void aKeyKeepsTheValueItWasFirstRecordedWithThroughGrowth() {
    SeenIds rows = new SeenIds();
    for (int line = 2; line < 20_002; line++) {
      assertEquals(-1, rows.putIfAbsent("row " + line, line));
    }
    for (int line = 2; line < 20_002; line++) {
      assertEquals(line, rows.putIfAbsent("row " + line, line + 50_000));
    }
    assertEquals(-1, rows.putIfAbsent("a new row", 7));
    assertEquals(7, rows.putIfAbsent("a new row", 8));
    assertEquals(20_001, rows.size());
  }

  @Test
  void aRowsCellsHashAsTheirJoinedTextAndCopiesKeepTheirFirstLine() {
    String[][] rows = {{"SO1", "韵达", null, ""}, {"SO1", "韵达", "", null}, {"", ""}, {}};
    for (String[] cells : rows) {
      assertEquals(SeenIds.hash(String.join("\u0000", cells)), SeenIds.hash(cells));
    }
    SeenIds lines = new SeenIds();
    assertEquals(-1, lines.putIfAbsentHash(SeenIds.hash(rows[0]), 2));
    assertEquals(-1, lines.putIfAbsentHash(SeenIds.hash(rows[1]), 3));
    assertEquals(2, lines.putIfAbsentHash(SeenIds.hash(rows[0].clone()), 4));
    assertEquals(2, lines.size());
  }

  @Test
  void equalNumbersHashEqualDifferentOnesApart() {
    assertEquals(SeenIds.hash(1_777_680_369L), SeenIds.hash(1_777_680_369L));
    assertFalse(SeenIds.hash(1L) == SeenIds.hash(2L));
    assertFalse(SeenIds.hash(0L) == 0);
  }
}
