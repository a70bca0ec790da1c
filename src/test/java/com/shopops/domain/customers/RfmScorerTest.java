package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RfmScorerTest {

  /**
   * Hand-checked set (n = 10): ties on recency (B, C at 10 days), frequency (four one-order
   * customers, G–J) and monetary (H, I at ¥50.00; C, D at ¥450.00). Type-7 positions h = 9k/5 =
   * 1.8, 3.6, 5.4, 7.2.
   *
   * <pre>
   * recency  sorted 5 10 10 30 45 60 90 120 200 400  q = 10, 39, 72, 136      t = 11, 40, 73, 137
   * orders   sorted 1 1 1 1 2 2 3 3 5 8              q = 1, 1.6, 2.4, 3.4     t = 2, 2.6, 3.4, 4.4
   * monetary sorted 2000 5000 5000 9900 15000 30000 45000 45000 80000 120000
   *                                                  q = 5000, 12960, 36000, 52000  (+1 fen)
   * </pre>
   */
  static final List<RfmInput> SHOP =
      List.of(
          new RfmInput("A", 5, 8, 120_000),
          new RfmInput("B", 10, 5, 80_000),
          new RfmInput("C", 10, 3, 45_000),
          new RfmInput("D", 30, 3, 45_000),
          new RfmInput("E", 45, 2, 30_000),
          new RfmInput("F", 60, 2, 15_000),
          new RfmInput("G", 90, 1, 9_900), // one order
          new RfmInput("H", 120, 1, 5_000), // exactly at the first monetary break → lower bin
          new RfmInput("I", 200, 1, 5_000),
          new RfmInput("J", 400, 1, 2_000));

  static Map<String, RfmScore> byId(RfmResult result) {
    return result.scores().stream()
        .collect(Collectors.toMap(RfmScore::customerId, Function.identity()));
  }

  static String rfm(RfmScore s) {
    return "" + s.r() + s.f() + s.m();
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void quantileScoresOnTheHandCheckedSet() {
    Map<String, RfmScore> s = byId(RfmScorer.score(SHOP, RfmPolicy.defaults()));
    assertEquals("555", rfm(s.get("A")));
    assertEquals("555", rfm(s.get("B")));
    assertEquals("534", rfm(s.get("C"))); // ties with B on recency: same R
    assertEquals("434", rfm(s.get("D"))); // ties with C on orders and money: same F, M
    assertEquals("323", rfm(s.get("E")));
    assertEquals("323", rfm(s.get("F")));
    assertEquals("212", rfm(s.get("G")));
    assertEquals("211", rfm(s.get("H")));
    assertEquals("111", rfm(s.get("I")));
    assertEquals("111", rfm(s.get("J")));
    assertEquals(434, s.get("D").rfmScore());
  }

  @Test
  void segmentsOnTheHandCheckedSet() {
    Map<String, RfmScore> s = byId(RfmScorer.score(SHOP, RfmPolicy.defaults()));
    assertEquals("Champions", s.get("A").segment());
    assertEquals("Potential Loyalist", s.get("C").segment());
    assertEquals("Loyal Customers", s.get("D").segment()); // 434: the SPEC order decides
    assertEquals("Loyal Customers", s.get("E").segment());
    assertEquals("About To Sleep", s.get("G").segment());
    assertEquals("About To Sleep", s.get("H").segment());
    assertEquals("Lost", s.get("J").segment());

    Map<String, RfmScore> vignette =
        byId(RfmScorer.score(SHOP, RfmPolicy.defaults().withSegments(SegmentTable.rVignette())));
    assertEquals("Potential Loyalist", vignette.get("D").segment());
  }

  @Test
  void scoresComeBackInInputOrderWithTheirFigures() {
    RfmResult result = RfmScorer.score(SHOP, RfmPolicy.defaults());
    assertEquals(
        SHOP.stream().map(RfmInput::customerId).toList(),
        result.scores().stream().map(RfmScore::customerId).toList());
    RfmScore g = result.scores().get(6);
    assertEquals(90, g.recencyDays());
    assertEquals(1, g.orders());
    assertEquals(9_900, g.monetary());
  }

  @Test
  void frequencyScoreFourIsSkippedAndTheThresholdsSayWhy() {
    RfmThresholds t = RfmScorer.score(SHOP, RfmPolicy.defaults()).thresholds();
    assertEquals(RfmBinning.QUANTILE, t.binning());
    List<ScoreBin> f = t.frequency();
    assertEquals(new ScoreBin(1, bd("1"), bd("2"), false, 4), f.get(0));
    assertEquals(new ScoreBin(2, bd("2"), bd("2.6"), false, 2), f.get(1));
    assertEquals(new ScoreBin(3, bd("2.6"), bd("3.4"), false, 2), f.get(2));
    assertEquals(new ScoreBin(4, bd("3.4"), bd("4.4"), false, 0), f.get(3));
    assertEquals(new ScoreBin(5, bd("4.4"), bd("9"), false, 2), f.get(4));
  }

  @Test
  void recencyThresholdsAreListedByScoreWithTheMostRecentOnTop() {
    List<ScoreBin> r = RfmScorer.score(SHOP, RfmPolicy.defaults()).thresholds().recency();
    assertEquals(new ScoreBin(1, bd("137"), bd("401"), false, 2), r.get(0));
    assertEquals(new ScoreBin(2, bd("73"), bd("137"), false, 2), r.get(1));
    assertEquals(new ScoreBin(3, bd("40"), bd("73"), false, 2), r.get(2));
    assertEquals(new ScoreBin(4, bd("11"), bd("40"), false, 1), r.get(3));
    assertEquals(new ScoreBin(5, bd("5"), bd("11"), false, 3), r.get(4));
  }

  @Test
  void monetaryThresholdsAreInFenWithTheOneFenShift() {
    List<ScoreBin> m = RfmScorer.score(SHOP, RfmPolicy.defaults()).thresholds().monetary();
    assertEquals(
        List.of(bd("2000"), bd("5001"), bd("12961"), bd("36001"), bd("52001")),
        m.stream().map(ScoreBin::lower).toList());
    assertEquals(bd("120001"), m.get(4).upper());
    assertEquals(List.of(3, 1, 2, 2, 2), m.stream().map(ScoreBin::customers).toList());
  }

  /** DOMAIN §2.1 worked check from rfm issue #17. */
  @Test
  void workedCheckFrequencies11125() {
    List<RfmInput> in = new ArrayList<>();
    int[] orders = {1, 1, 1, 2, 5};
    for (int i = 0; i < orders.length; i++) {
      in.add(new RfmInput("c" + i, 10, orders[i], 1000));
    }
    RfmResult result = RfmScorer.score(in, RfmPolicy.defaults());
    assertEquals(List.of(1, 1, 1, 3, 5), result.scores().stream().map(RfmScore::f).toList());
    List<ScoreBin> f = result.thresholds().frequency();
    assertEquals(
        List.of(bd("1"), bd("2"), bd("2"), bd("2.4"), bd("3.6")),
        f.stream().map(ScoreBin::lower).toList());
    assertEquals(
        List.of(bd("2"), bd("2"), bd("2.4"), bd("3.6"), bd("6")),
        f.stream().map(ScoreBin::upper).toList());
    assertEquals(List.of(3, 0, 1, 0, 1), f.stream().map(ScoreBin::customers).toList());
  }

  @Test
  void oneCustomerGetsRFiveFOneMOne() {
    RfmResult result =
        RfmScorer.score(List.of(new RfmInput("only", 3, 1, 9_900)), RfmPolicy.defaults());
    RfmScore s = result.scores().get(0);
    assertEquals("511", rfm(s));
    assertEquals("New Customers", s.segment());
    // R's bins: [v, v+1) then four empty bins at v+1
    assertEquals(bd("3"), result.thresholds().recency().get(4).lower());
    assertEquals(bd("4"), result.thresholds().recency().get(4).upper());
    assertEquals(1, result.thresholds().recency().get(4).customers());
  }

  @Test
  void allIdenticalValuesShareOneScore() {
    List<RfmInput> in =
        List.of(
            new RfmInput("a", 7, 2, 5000),
            new RfmInput("b", 7, 2, 5000),
            new RfmInput("c", 7, 2, 5000),
            new RfmInput("d", 7, 2, 5000));
    for (RfmScore s : RfmScorer.score(in, RfmPolicy.defaults()).scores()) {
      assertEquals("511", rfm(s));
    }
  }

  @Test
  void fewerCustomersThanBinsSkipScores() {
    List<RfmInput> in =
        List.of(
            new RfmInput("a", 1, 1, 100),
            new RfmInput("b", 20, 2, 200),
            new RfmInput("c", 300, 9, 900));
    // orders 1,2,9: h = 2k/5 → q = 1.4, 1.8, 3.4, 5.8 → t = 2.4, 2.8, 4.4, 6.8
    Map<String, RfmScore> s = byId(RfmScorer.score(in, RfmPolicy.defaults()));
    assertEquals(1, s.get("a").f());
    assertEquals(1, s.get("b").f()); // 2 < 2.4
    assertEquals(5, s.get("c").f());
    assertEquals(5, s.get("a").r());
    assertEquals(1, s.get("c").r());
  }

  @Test
  void noCustomersGiveAnEmptyResult() {
    RfmResult result = RfmScorer.score(List.of(), RfmPolicy.defaults());
    assertTrue(result.scores().isEmpty());
    assertTrue(result.thresholds().monetary().isEmpty());
  }

  @Test
  void monetaryShiftOf100ReproducesRRunOnYuan() {
    // R on yuan 1,2,3,4,5: q1 = 1.8, t1 = 2.8 → ¥2 scores 1. With +1 fen the break is ¥1.81.
    List<RfmInput> in = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      in.add(new RfmInput("c" + i, 1, 1, i * 100L));
    }
    assertEquals(
        List.of(1, 2, 3, 4, 5),
        RfmScorer.score(in, RfmPolicy.defaults()).scores().stream().map(RfmScore::m).toList());
    RfmResult asR = RfmScorer.score(in, RfmPolicy.defaults().withMonetaryShift(100));
    assertEquals(List.of(1, 1, 2, 3, 4), asR.scores().stream().map(RfmScore::m).toList());
    assertEquals(bd("280"), asR.thresholds().monetary().get(1).lower());
  }

  @Test
  void recencyValueAtAWholeBreakGoesToTheLowerBinWhichIsTheHigherScore() {
    // days 0,1,2,3,4 → q = .8, 1.6, 2.4, 3.2 → t = 1.8, 2.6, 3.4, 4.2: 1 day is still bin 1
    List<RfmInput> in = new ArrayList<>();
    long[] days = {0, 1, 2, 3, 4};
    for (int i = 0; i < days.length; i++) {
      in.add(new RfmInput("c" + i, days[i], 1, 100));
    }
    assertEquals(
        List.of(5, 5, 4, 3, 2),
        RfmScorer.score(in, RfmPolicy.defaults()).scores().stream().map(RfmScore::r).toList());
  }

  @Test
  void negativeNetMonetaryIsBinnedLikeAnyOtherValue() {
    List<RfmInput> in =
        List.of(
            new RfmInput("refunded", 5, 1, -500),
            new RfmInput("b", 5, 1, 1_000),
            new RfmInput("c", 5, 1, 2_000));
    Map<String, RfmScore> s = byId(RfmScorer.score(in, RfmPolicy.defaults()));
    assertEquals(1, s.get("refunded").m());
    assertEquals(5, s.get("c").m());
  }

  @Test
  void largeAmountsStayExact() {
    long big = 4_000_000_000_000_000L; // 4e16 fen; ×5 still fits a long
    // q_k = big + 2k → t_k = big + 2k + 1 fen; a double would not even tell big from big + 10
    List<RfmInput> in = List.of(new RfmInput("a", 1, 1, big), new RfmInput("b", 1, 1, big + 10));
    Map<String, RfmScore> s = byId(RfmScorer.score(in, RfmPolicy.defaults()));
    assertEquals(1, s.get("a").m());
    assertEquals(5, s.get("b").m());
    // two customers a fen apart: every break (big + k/5 + 1) lies above big + 1 → both score 1
    List<RfmInput> close = List.of(new RfmInput("a", 1, 1, big), new RfmInput("b", 1, 1, big + 1));
    assertEquals(
        List.of(1, 1),
        RfmScorer.score(close, RfmPolicy.defaults()).scores().stream().map(RfmScore::m).toList());
  }

  @Test
  void nonTerminatingBreaksAreRoundedForDisplayOnly() {
    assertEquals(bd("1.333333"), RfmScorer.decimal(4, 3));
    assertEquals(bd("2.4"), RfmScorer.decimal(12, 5));
    assertEquals(bd("100"), RfmScorer.decimal(500, 5));
  }

  @Test
  void duplicateCustomerIsRejected() {
    List<RfmInput> in = List.of(new RfmInput("a", 1, 1, 1), new RfmInput("a", 2, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> RfmScorer.score(in, RfmPolicy.defaults()));
  }

  @Test
  void inputsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new RfmInput("a", -1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RfmInput("a", 1, 0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RfmPolicy(RfmBinning.QUANTILE, 1, 1, SegmentTable.defaults()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RfmPolicy(RfmBinning.QUANTILE, 5, 0, SegmentTable.defaults()));
  }

  // ---- NTILE ----

  @Test
  void ntileCutsEqualCountsAndBreaksTiesByCustomerId() {
    Map<String, RfmScore> s =
        byId(RfmScorer.score(SHOP, RfmPolicy.defaults().withBinning(RfmBinning.NTILE)));
    // recency: A,B | C,D | E,F | G,H | I,J — B and C both 10 days: B (smaller id) scores higher
    assertEquals(5, s.get("B").r());
    assertEquals(4, s.get("C").r());
    // orders: G,H | I,J | E,F | C,D | B,A — four one-order customers split 1,1,2,2 by id
    assertEquals(
        List.of(1, 1, 2, 2),
        List.of(s.get("G").f(), s.get("H").f(), s.get("I").f(), s.get("J").f()));
    assertEquals(5, s.get("B").f());
    // monetary: J,H | I,G | F,E | C,D | B,A — H and I both ¥50: H scores 1, I scores 2
    assertEquals(1, s.get("H").m());
    assertEquals(2, s.get("I").m());
    assertEquals("444", rfm(s.get("D")));
  }

  @Test
  void ntileThresholdsAreTheValuesInEachBin() {
    RfmThresholds t =
        RfmScorer.score(SHOP, RfmPolicy.defaults().withBinning(RfmBinning.NTILE)).thresholds();
    assertEquals(new ScoreBin(1, bd("200"), bd("400"), true, 2), t.recency().get(0));
    assertEquals(new ScoreBin(5, bd("5"), bd("10"), true, 2), t.recency().get(4));
    assertEquals(new ScoreBin(2, bd("5000"), bd("9900"), true, 2), t.monetary().get(1));
  }

  @Test
  void ntileGivesLargerBinsFirstLikeSqlNtile() {
    List<RfmInput> in = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      in.add(new RfmInput("c" + i, i, i, i));
    }
    RfmResult result = RfmScorer.score(in, RfmPolicy.defaults().withBinning(RfmBinning.NTILE));
    assertEquals(List.of(1, 1, 2, 2, 3, 4, 5), result.scores().stream().map(RfmScore::f).toList());
    assertEquals(List.of(5, 5, 4, 4, 3, 2, 1), result.scores().stream().map(RfmScore::r).toList());
  }

  @Test
  void ntileWithFewerCustomersThanBinsLeavesTopScoresEmpty() {
    List<RfmInput> in =
        List.of(
            new RfmInput("x", 3, 1, 10), new RfmInput("y", 1, 2, 20), new RfmInput("z", 2, 3, 30));
    RfmResult result = RfmScorer.score(in, RfmPolicy.defaults().withBinning(RfmBinning.NTILE));
    Map<String, RfmScore> s = byId(result);
    assertEquals(List.of(1, 2, 3), List.of(s.get("x").f(), s.get("y").f(), s.get("z").f()));
    assertEquals(List.of(3, 5, 4), List.of(s.get("x").r(), s.get("y").r(), s.get("z").r()));
    ScoreBin empty = result.thresholds().frequency().get(4);
    assertNull(empty.lower());
    assertEquals(0, empty.customers());
  }

  @Test
  void ntileOnIdenticalValuesStillSpreadsByCustomerId() {
    List<RfmInput> in = new ArrayList<>();
    for (String id : List.of("e", "d", "c", "b", "a")) {
      in.add(new RfmInput(id, 7, 2, 500));
    }
    Map<String, RfmScore> s =
        byId(RfmScorer.score(in, RfmPolicy.defaults().withBinning(RfmBinning.NTILE)));
    assertEquals("511", rfm(s.get("a")));
    assertEquals("155", rfm(s.get("e")));
  }

  // ---- inputs from purchases ----

  @Test
  void recencyDaysCountCalendarDaysInTheStoreZone() {
    Instant lastPaid = Instant.parse("2025-06-29T15:30:00Z"); // 23:30 in Shanghai
    Instant asOf = Instant.parse("2025-06-29T16:10:00Z"); // 00:10 next day in Shanghai
    assertEquals(1, RfmInput.recencyDays(lastPaid, asOf, ZoneId.of("Asia/Shanghai")));
    assertEquals(0, RfmInput.recencyDays(lastPaid, asOf, ZoneId.of("UTC")));
  }

  @Test
  void rfmInputFromPurchasesIgnoresOrdersAfterAsOf() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    CustomerPurchases c =
        new CustomerPurchases(
            "c1",
            List.of(
                new Purchase("o1", Instant.parse("2025-06-01T02:00:00Z"), 10_000),
                new Purchase("o2", Instant.parse("2025-06-20T02:00:00Z"), 5_000),
                new Purchase("o3", Instant.parse("2025-07-02T02:00:00Z"), 99_999)));
    RfmInput in = RfmInput.fromPurchases(c, Instant.parse("2025-06-30T04:00:00Z"), zone);
    assertEquals(new RfmInput("c1", 10, 2, 15_000), in);
    assertNull(
        RfmInput.fromPurchases(c, Instant.parse("2025-05-01T00:00:00Z"), zone),
        "no purchase yet: not an RFM customer");
    assertFalse(c.purchases().isEmpty());
  }
}
