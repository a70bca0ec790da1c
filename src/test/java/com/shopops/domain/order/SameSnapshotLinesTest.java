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

  /**
   * A listing renamed between two exports of the same snapshot (tryout26b B3): the title of a line
   * with a sku is not part of what it is, so the stored line takes the file's title, no second
   * line.
   */
  @Test
  void aRenamedListingUpdatesTheTitleAndAddsNoLine() {
    List<OrderLine> stored = List.of(new OrderLine(1, "SKU-A", "商品A", 2L, 5000L, 10000L, "77"));
    List<OrderLine> file = List.of(new OrderLine(1, "SKU-A", "商品A 新", 2L, 5000L, 10000L));
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(stored, file);
    assertEquals(List.of(new OrderLine(1, "SKU-A", "商品A 新", 2L, 5000L, 10000L, "77")), m.lines());
    assertTrue(m.changed());
    assertFalse(m.keptMore());
    List<OrderLine> untitled = List.of(new OrderLine(1, "SKU-A", null, 2L, 5000L, 10000L));
    SameSnapshotLines.Merged n = SameSnapshotLines.merged(stored, untitled);
    assertSame(stored, n.lines()); // a blank title erases nothing
    assertFalse(n.changed());
  }

  /** Two lines of one sku renamed together: both take the new title, still two lines. */
  @Test
  void twoLinesOfOneSkuRenamedStayTwo() {
    List<OrderLine> stored =
        List.of(
            new OrderLine(1, "A", "old", 1L, 100L, 100L),
            new OrderLine(2, "A", "old", 1L, 100L, 100L));
    List<OrderLine> file =
        List.of(
            new OrderLine(1, "A", "new", 1L, 100L, 100L),
            new OrderLine(2, "A", "new", 1L, 100L, 100L));
    assertEquals(file, SameSnapshotLines.merged(stored, file).lines());
  }

  /** A line without a sku is known by its title: another title is another item, merged as one. */
  @Test
  void aLineWithoutSkuIsItsTitle() {
    List<OrderLine> stored = List.of(new OrderLine(1, null, "Mug", 1L, 100L, 100L));
    List<OrderLine> file = List.of(new OrderLine(1, null, "Mug XL", 1L, 100L, 100L));
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(stored, file);
    assertEquals(
        List.of(
            new OrderLine(1, null, "Mug", 1L, 100L, 100L),
            new OrderLine(2, null, "Mug XL", 1L, 100L, 100L)),
        m.lines());
    assertTrue(m.keptMore());
    assertEquals(m.lines(), SameSnapshotLines.merged(file, stored).lines());
  }

  private static OrderLine line(int no, String sku, long qty, long unit, long amount) {
    return new OrderLine(no, sku, "T" + sku, qty, unit, amount);
  }

  @Test
  void aCorrectedQuantityReplacesTheStoredLineOfItsItem() {
    // tryout28b B1: #2002 1 x 80.00 re-exported as 2 x 40.00 at the same status and times
    List<OrderLine> stored = List.of(line(1, "TEA-B", 1, 8000, 8000));
    SameSnapshotLines.Merged m =
        SameSnapshotLines.merged(stored, List.of(line(1, "TEA-B", 2, 4000, 8000)));
    assertEquals(List.of(line(1, "TEA-B", 2, 4000, 8000)), m.lines());
    assertTrue(m.changed());
    assertFalse(m.keptMore());
  }

  @Test
  void aCorrectedPriceReplacesItsLineAndOtherItemsStay() {
    List<OrderLine> stored = List.of(line(1, "A", 1, 100, 100), line(2, "B", 1, 8000, 8000));
    SameSnapshotLines.Merged m =
        SameSnapshotLines.merged(stored, List.of(line(1, "B", 1, 7000, 7000)));
    assertEquals(List.of(line(1, "A", 1, 100, 100), line(2, "B", 1, 7000, 7000)), m.lines());
    assertTrue(m.changed());
    assertTrue(m.keptMore());
  }

  @Test
  void anOrderMergedBeforeIsRepairedByTheNewerExportAgain() {
    // stored by an older version: both the old and the corrected line of TEA-B
    List<OrderLine> stored =
        List.of(line(1, "TEA-B", 1, 8000, 8000), line(2, "TEA-B", 2, 4000, 8000));
    List<OrderLine> file = List.of(line(1, "TEA-B", 2, 4000, 8000));
    // the goods not known, or the stored lines adding up to them: a row sample, nothing taken away
    assertSame(stored, SameSnapshotLines.merged(stored, file).lines());
    assertSame(stored, SameSnapshotLines.merged(stored, file, 16000L, 8000L).lines());
    // the stored lines 160.00 against goods 80.00, the file's adding up: the item is the file's
    SameSnapshotLines.Merged m = SameSnapshotLines.merged(stored, file, 8000L, 8000L);
    assertEquals(file, m.lines());
    assertFalse(m.keptMore());
  }

  @Test
  void aRowSampleOfAnItemAtTwoQuantitiesTakesNothingAway() {
    // Online Retail 536520 has 22583 at 3 and at 1; a sample with only the 1
    List<OrderLine> stored = List.of(line(1, "22583", 3, 255, 765), line(2, "22583", 1, 255, 255));
    SameSnapshotLines.Merged m =
        SameSnapshotLines.merged(stored, List.of(line(1, "22583", 1, 255, 255)), 1020L, 255L);
    assertSame(stored, m.lines());
    assertTrue(m.keptMore());
    SameSnapshotLines.Merged back =
        SameSnapshotLines.merged(List.of(line(1, "22583", 1, 255, 255)), stored, 255L, 1020L);
    assertEquals(stored, back.lines());
  }

  @Test
  void theOlderExportImportedLastTakesItsLineBack() {
    SameSnapshotLines.Merged m =
        SameSnapshotLines.merged(
            List.of(line(1, "TEA-B", 2, 4000, 8000)), List.of(line(1, "TEA-B", 1, 8000, 8000)));
    assertEquals(List.of(line(1, "TEA-B", 1, 8000, 8000)), m.lines());
  }

  @Test
  void aCorrectedLineKeepsTheStoredItemId() {
    List<OrderLine> stored = List.of(new OrderLine(1, "A", "TA", 1L, 100L, 100L, "ID9"));
    SameSnapshotLines.Merged m =
        SameSnapshotLines.merged(stored, List.of(new OrderLine(1, "A", "TA", 2L, 100L, 200L)));
    assertEquals(List.of(new OrderLine(1, "A", "TA", 2L, 100L, 200L, "ID9")), m.lines());
  }
}
