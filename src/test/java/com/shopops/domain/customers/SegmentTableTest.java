package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTableTest {
  final SegmentTable table = SegmentTable.defaults();

  @Test
  void defaultTableIsTheTenRSegmentsInSpecOrder() {
    assertEquals(
        List.of(
            "Champions",
            "Loyal Customers",
            "Potential Loyalist",
            "New Customers",
            "Promising",
            "Need Attention",
            "About To Sleep",
            "At Risk",
            "Can't Lose Them",
            "Lost",
            "Others"),
        table.names());
  }

  @Test
  void rangesAreTheVignettes() {
    SegmentRule potential = table.rules().get(2);
    assertEquals(
        new SegmentRule(
            "Potential Loyalist",
            "Recent customers, spent good amount, bought more than once",
            3,
            5,
            3,
            5,
            2,
            5),
        potential);
  }

  @Test
  void eachSegmentAtATypicalScore() {
    assertEquals("Champions", table.segmentOf(5, 5, 5));
    assertEquals("Loyal Customers", table.segmentOf(2, 2, 2));
    assertEquals("Potential Loyalist", table.segmentOf(5, 3, 2));
    assertEquals("New Customers", table.segmentOf(5, 1, 1));
    assertEquals("Promising", table.segmentOf(3, 1, 5));
    assertEquals("Need Attention", table.segmentOf(1, 5, 5));
    assertEquals("About To Sleep", table.segmentOf(2, 1, 1));
    assertEquals("At Risk", table.segmentOf(1, 2, 5));
    assertEquals("Lost", table.segmentOf(1, 1, 1));
  }

  @Test
  void firstMatchWinsSoTheOrderDecides() {
    // 333 is in Loyal Customers (2-4,2-4,2-4) and Potential Loyalist (3-5,3-5,2-5)
    assertEquals("Loyal Customers", table.segmentOf(3, 3, 3));
    assertEquals("Potential Loyalist", SegmentTable.rVignette().segmentOf(3, 3, 3));
    // 134 is in Need Attention and Can't Lose Them
    assertEquals("Need Attention", table.segmentOf(1, 3, 4));
    assertEquals("Can't Lose Them", SegmentTable.rVignette().segmentOf(1, 3, 4));
    // 555 is Champions and Potential Loyalist: Champions first in both orders
    assertEquals("Champions", SegmentTable.rVignette().segmentOf(5, 5, 5));
  }

  @Test
  void boundsAreInclusive() {
    assertEquals("Promising", table.segmentOf(3, 1, 3)); // M 3-5 lower bound
    assertEquals("New Customers", table.segmentOf(4, 1, 3)); // New Customers comes first
    assertEquals("New Customers", table.segmentOf(4, 2, 5)); // R 4-5 lower, M 1-5 upper
    assertEquals("About To Sleep", table.segmentOf(3, 1, 2));
    assertEquals("About To Sleep", table.segmentOf(3, 3, 1)); // F 1-3 upper, M 1-4 lower
  }

  @Test
  void unmatchedScoresAreOthers() {
    assertEquals("Others", table.segmentOf(2, 1, 5));
    assertEquals("Others", table.segmentOf(9, 9, 9));
  }

  @Test
  void inSpecOrderCantLoseThemIsNeverReached() {
    assertEquals(List.of("Can't Lose Them"), table.unreachable(5));
    assertTrue(SegmentTable.rVignette().unreachable(5).isEmpty());
  }

  @Test
  void aTableBuiltFromConfigurationRowsReplacesTheDefault() {
    SegmentTable custom =
        new SegmentTable(
            List.of(
                new SegmentRule("VIP", null, 4, 5, 4, 5, 4, 5),
                new SegmentRule("沉睡", "long silent", 1, 2, 1, 5, 1, 5)),
            "其他");
    assertEquals("VIP", custom.segmentOf(4, 5, 4));
    assertEquals("沉睡", custom.segmentOf(2, 3, 3));
    assertEquals("其他", custom.segmentOf(3, 3, 3));
    assertEquals("", custom.rules().get(0).description());
    assertEquals("Others", SegmentTable.of(List.of()).segmentOf(5, 5, 5));
  }

  @Test
  void badRowsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SegmentRule("x", "", 3, 2, 1, 5, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> new SegmentRule("x", "", 0, 2, 1, 5, 1, 5));
    assertThrows(IllegalArgumentException.class, () -> new SegmentRule(" ", "", 1, 2, 1, 5, 1, 5));
    SegmentRule a = new SegmentRule("A", "", 1, 5, 1, 5, 1, 5);
    assertThrows(IllegalArgumentException.class, () -> SegmentTable.of(List.of(a, a)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SegmentTable(List.of(new SegmentRule("Others", "", 1, 1, 1, 1, 1, 1)), "Others"));
  }

  // ---- summary ----

  @Test
  void summaryOfTheHandCheckedSet() {
    List<RfmScore> scores = RfmScorer.score(RfmScorerTest.SHOP, RfmPolicy.defaults()).scores();
    List<SegmentSummaryRow> rows = SegmentSummary.summarize(scores, table);
    // total revenue 356,900 fen
    assertEquals(
        List.of("Champions", "Loyal Customers", "Potential Loyalist", "About To Sleep", "Lost"),
        rows.stream().map(SegmentSummaryRow::segment).toList());
    assertEquals(
        new SegmentSummaryRow(
            "Champions",
            2,
            bd("0.2000"),
            13,
            200_000,
            bd("0.5604"),
            15_385,
            bd("5.00"),
            bd("5.00"),
            bd("5.00")),
        rows.get(0));
    assertEquals(
        new SegmentSummaryRow(
            "Loyal Customers",
            3,
            bd("0.3000"),
            7,
            90_000,
            bd("0.2522"),
            12_857,
            bd("3.33"),
            bd("2.33"),
            bd("3.33")),
        rows.get(1));
    assertEquals(
        new SegmentSummaryRow(
            "About To Sleep",
            2,
            bd("0.2000"),
            2,
            14_900,
            bd("0.0417"),
            7_450,
            bd("2.00"),
            bd("1.00"),
            bd("1.50")),
        rows.get(3));
    assertEquals(10, rows.stream().mapToInt(SegmentSummaryRow::customers).sum());
  }

  @Test
  void summaryWithZeroRevenueHasZeroShares() {
    List<RfmScore> scores = List.of(new RfmScore("a", 1, 1, 0, 5, 1, 1, "New Customers"));
    SegmentSummaryRow row = SegmentSummary.summarize(scores, table).get(0);
    assertEquals(bd("0.0000"), row.revenueShare());
    assertEquals(bd("1.0000"), row.share());
  }

  @Test
  void summaryOfNobodyIsEmpty() {
    assertTrue(SegmentSummary.summarize(List.of(), table).isEmpty());
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
