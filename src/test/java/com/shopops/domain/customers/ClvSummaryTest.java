package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClvSummaryTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant END = at("2025-03-31T23:00:00+08:00");

  static Instant at(String t) {
    return OffsetDateTime.parse(t).toInstant();
  }

  static Purchase p(String id, String t, long fen) {
    return new Purchase(id, at(t), fen);
  }

  /**
   * By hand, Shanghai days: Jan 1 (10,000 + 5,000 = 15,000, two orders one day), Jan 11 (4,000),
   * Jan 20 (3,000), Jan 21 (2,000; 01:00 Shanghai is still Jan 20 in UTC); the April order is after
   * the end. frequency = 4 days − 1 = 3; recency = Jan 21 − Jan 1 = 20; T = Mar 31 − Jan 1 = 31 +
   * 28 + 30 = 89; monetary = (4,000 + 3,000 + 2,000) / 3 = 3,000.
   */
  static final CustomerPurchases C1 =
      new CustomerPurchases(
          "c1",
          List.of(
              p("o1", "2025-01-01T10:00:00+08:00", 10_000),
              p("o2", "2025-01-01T20:00:00+08:00", 5_000),
              p("o3", "2025-01-11T09:00:00+08:00", 4_000),
              p("o4", "2025-01-20T12:00:00+08:00", 3_000),
              p("o5", "2025-01-21T01:00:00+08:00", 2_000),
              p("o6", "2025-04-02T10:00:00+08:00", 99_999)));

  static final CustomerPurchases ONE_ORDER =
      new CustomerPurchases("c2", List.of(p("o7", "2025-03-01T10:00:00+08:00", 8_800)));
  static final CustomerPurchases ONE_DAY_TWO_ORDERS =
      new CustomerPurchases(
          "c3",
          List.of(
              p("o8", "2025-02-10T09:00:00+08:00", 1_000),
              p("o9", "2025-02-10T21:00:00+08:00", 2_000)));
  static final CustomerPurchases ONLY_LATER =
      new CustomerPurchases("c4", List.of(p("o10", "2025-04-01T00:00:00+08:00", 500)));
  static final CustomerPurchases NEVER = new CustomerPurchases("c5", List.of());

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void summaryInDaysMatchesTheHandCalculation() {
    List<ClvSummaryRow> rows =
        ClvSummary.summarize(
            List.of(C1, ONE_ORDER, ONE_DAY_TWO_ORDERS, ONLY_LATER, NEVER), END, SHANGHAI);
    assertEquals(3, rows.size()); // c4 and c5 have no purchase in the observation period
    assertEquals(new ClvSummaryRow("c1", 3, bd("20"), bd("89"), bd("3000")), rows.get(0));
    assertEquals(new ClvSummaryRow("c2", 0, bd("0"), bd("30"), bd("0")), rows.get(1));
    // Feb 10 → Mar 31 = 18 + 31 = 49
    assertEquals(new ClvSummaryRow("c3", 0, bd("0"), bd("49"), bd("0")), rows.get(2));
  }

  @Test
  void daysAreTheStoreZonesDays() {
    // In UTC o4 (04:00Z Jan 20) and o5 (17:00Z Jan 20) share a day: 5,000; the end is Mar 31 15:00Z
    List<ClvSummaryRow> rows = ClvSummary.summarize(List.of(C1), END, ZoneId.of("UTC"));
    assertEquals(new ClvSummaryRow("c1", 2, bd("19"), bd("89"), bd("4500")), rows.get(0));
  }

  @Test
  void weeksDivideTheDayCountsBySeven() {
    List<ClvSummaryRow> rows =
        ClvSummary.summarize(List.of(C1, ONE_ORDER), END, SHANGHAI, ClvUnit.WEEKS, false);
    // 20 / 7 = 2.857142857…, 89 / 7 = 12.714285714…
    assertEquals(
        new ClvSummaryRow("c1", 3, bd("2.857143"), bd("12.714286"), bd("3000")), rows.get(0));
    assertEquals(new ClvSummaryRow("c2", 0, bd("0.000000"), bd("4.285714"), bd("0")), rows.get(1));
  }

  @Test
  void includeFirstTransactionCountsAndAveragesEveryDay() {
    List<ClvSummaryRow> rows =
        ClvSummary.summarize(List.of(C1, ONE_ORDER), END, SHANGHAI, ClvUnit.DAYS, true);
    // (15,000 + 4,000 + 3,000 + 2,000) / 4 = 6,000
    assertEquals(new ClvSummaryRow("c1", 4, bd("20"), bd("89"), bd("6000")), rows.get(0));
    assertEquals(new ClvSummaryRow("c2", 1, bd("0"), bd("30"), bd("8800")), rows.get(1));
  }

  @Test
  void aPurchaseExactlyAtTheEndIsSeenOneSecondLaterIsNot() {
    CustomerPurchases c =
        new CustomerPurchases(
            "c",
            List.of(
                p("a", "2025-03-01T10:00:00+08:00", 1_000),
                new Purchase("b", END, 2_000),
                new Purchase("c", END.plusSeconds(1), 7_000)));
    assertEquals(
        new ClvSummaryRow("c", 1, bd("30"), bd("30"), bd("2000")),
        ClvSummary.summarize(List.of(c), END, SHANGHAI).get(0));
  }

  @Test
  void aMeanThatDoesNotTerminateIsRoundedToFourPlacesOfAFen() {
    CustomerPurchases c =
        new CustomerPurchases(
            "c",
            List.of(
                p("a", "2025-03-01T10:00:00+08:00", 9_999),
                p("b", "2025-03-02T10:00:00+08:00", 1_000),
                p("c", "2025-03-03T10:00:00+08:00", 1_000),
                p("d", "2025-03-04T10:00:00+08:00", 2_000)));
    assertEquals(
        bd("1333.3333"), ClvSummary.summarize(List.of(c), END, SHANGHAI).get(0).monetaryValue());
  }
}
