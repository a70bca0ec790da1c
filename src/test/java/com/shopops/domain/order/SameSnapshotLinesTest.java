package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line items two exports of the same snapshot leave an order with (review12 L17). */
class SameSnapshotLinesTest {
  private static List<OrderLine> lines(String... skus) {
    List<OrderLine> out = new ArrayList<>();
    for (String s : skus) {
      out.add(new OrderLine(out.size() + 1, s, "T" + s, 1L, 100L, 100L));
    }
    return out;
  }

  private static List<String> skus(List<OrderLine> lines) {
    return lines.stream().map(OrderLine::sku).toList();
  }

  @Test
  void theSameLinesChangeNothing() {
    List<OrderLine> stored = lines("A", "B");
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(stored, lines("A", "B"));
    assertSame(stored, m.lines());
    assertFalse(m.changed());
    assertFalse(m.keptMore());
  }

  @Test
  void aPartialExportKeepsTheStoredLinesAndSaysSo() {
    List<OrderLine> stored = lines("A", "B", "C");
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(stored, lines("B"));
    assertSame(stored, m.lines());
    assertFalse(m.changed());
    assertTrue(m.keptMore());
  }

  @Test
  void aFileWithMoreLinesTakesItsOwnOrder() {
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(lines("B"), lines("C", "B", "A"));
    assertEquals(List.of("C", "B", "A"), skus(m.lines()));
    assertTrue(m.changed());
    assertFalse(m.keptMore());
  }

  @Test
  void eachWithLinesTheOtherLacksGivesTheUnionSortedEitherWay() {
    SameSnapshotLines.Merged ab = SameSnapshotLines.merged(lines("C", "A"), lines("B", "A"));
    SameSnapshotLines.Merged ba = SameSnapshotLines.merged(lines("B", "A"), lines("C", "A"));
    assertEquals(List.of("A", "B", "C"), skus(ab.lines()));
    assertEquals(ab.lines(), ba.lines());
    assertEquals(List.of(1, 2, 3), ab.lines().stream().map(OrderLine::lineNo).toList());
    assertTrue(ab.keptMore());
  }

  @Test
  void aLineTwiceCountsAsOftenAsTheExportThatHasItMost() {
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(lines("A", "A", "B"), lines("A", "C"));
    assertEquals(List.of("A", "A", "B", "C"), skus(m.lines()));
    SameSnapshotLines.Merged n = SameSnapshotLines.merged(lines("A"), lines("A", "A"));
    assertEquals(List.of("A", "A"), skus(n.lines()));
    assertFalse(n.keptMore());
  }

  @Test
  void theSameLinesInAnotherOrderKeepTheOneThatSortsFirstEitherWay() {
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(lines("B", "A"), lines("A", "B"));
    SameSnapshotLines.Merged n = SameSnapshotLines.merged(lines("A", "B"), lines("B", "A"));
    assertEquals(List.of("A", "B"), skus(m.lines()));
    assertEquals(m.lines(), n.lines());
    assertFalse(n.changed());
    assertFalse(m.keptMore());
  }

  @Test
  void moneyOfTheSameSnapshotIsLowerOnlyWhenBothAreStated() {
    assertTrue(SameSnapshotLines.storedMore(27873L, 1260L));
    assertFalse(SameSnapshotLines.storedMore(1260L, 27873L));
    assertFalse(SameSnapshotLines.storedMore(27873L, null));
    assertFalse(SameSnapshotLines.storedMore(null, 1L));
  }
}
