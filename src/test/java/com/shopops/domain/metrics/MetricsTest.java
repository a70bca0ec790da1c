package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /**
   * 1 000 PV, 400 UV, 13 orders by 12 buyers (3 of them returning), ¥1,221.30 paid, ¥100 refunded.
   */
  static PeriodFigures sample() {
    return new PeriodFigures(1000L, 400L, false, 13, 12, 122_130, 10_000, 3, 2L, 40L, 11L, 12L, 0);
  }

  @Test
  void definitionsOnHandCheckedFigures() {
    PeriodMetrics m = Metrics.compute(sample());
    assertEquals(d("0.0300"), m.conversionRate()); // 12 / 400
    assertEquals(d("0.0325"), m.orderConversionRate()); // 13 / 400
    assertEquals(10_178L, m.salesPerBuyer()); // 122130 / 12 = 10177.5 → 10178 (HALF_UP)
    assertEquals(9_395L, m.aov()); // 122130 / 13 = 9394.6 → 9395
    assertEquals(112_130L, m.netSales());
    assertEquals(d("0.2500"), m.repeatRate()); // 3 / 12
    assertEquals(d("0.0500"), m.returnRate()); // 2 / 40
    assertEquals(d("0.9167"), m.onTimeShipRate()); // 11 / 12 = 0.91666…
    assertFalse(m.uvIsSumOfDaily());
  }

  @Test
  void zeroUvGivesEmptyConversionNotNaN() {
    PeriodFigures f =
        new PeriodFigures(0L, 0L, false, 2, 2, 5_000, 0, 0, null, null, null, null, 0);
    PeriodMetrics m = Metrics.compute(f);
    assertNull(m.conversionRate());
    assertNull(m.orderConversionRate());
    assertEquals(2_500L, m.salesPerBuyer());
  }

  @Test
  void missingTrafficGivesEmptyConversion() {
    PeriodFigures f =
        new PeriodFigures(null, null, false, 2, 2, 5_000, 0, 0, null, null, null, null, 0);
    PeriodMetrics m = Metrics.compute(f);
    assertNull(m.conversionRate());
    assertNull(m.value(Metric.PV));
    assertNull(m.decimal(Metric.UV));
  }

  @Test
  void emptyPeriodHasZerosAndEmptyRates() {
    PeriodMetrics m = Metrics.compute(PeriodFigures.zero());
    assertEquals(0L, m.value(Metric.ORDERS));
    assertEquals(0L, m.value(Metric.SALES));
    assertEquals(0L, m.netSales());
    for (Metric r :
        List.of(
            Metric.CONVERSION_RATE,
            Metric.ORDER_CONVERSION_RATE,
            Metric.SALES_PER_BUYER,
            Metric.AOV,
            Metric.REPEAT_RATE,
            Metric.RETURN_RATE,
            Metric.ON_TIME_SHIP_RATE)) {
      assertNull(m.value(r), r.column());
    }
  }

  @Test
  void salesPerBuyerRoundsHalfUpToTheFen() {
    assertEquals(3_333L, Metrics.salesPerBuyer(10_000, 3)); // 33.333… yuan → 33.33
    assertEquals(6_667L, Metrics.salesPerBuyer(20_000, 3)); // 66.666… → 66.67
    assertEquals(3L, Metrics.salesPerBuyer(5, 2)); // 0.025 yuan → 0.03 (half up)
    assertEquals(2L, Metrics.salesPerBuyer(5, 3)); // 1.67 fen → 2
    assertEquals(1L, Metrics.salesPerBuyer(4, 3)); // 1.33 fen → 1
    assertNull(Metrics.salesPerBuyer(5_000, 0));
  }

  @Test
  void salesPerBuyerIsPerBuyerNotPerOrder() {
    // one buyer, two orders of 50 yuan: 客单价 100 yuan, AOV 50 yuan
    assertEquals(10_000L, Metrics.salesPerBuyer(10_000, 1));
    assertEquals(5_000L, Metrics.aov(10_000, 2));
  }

  @Test
  void moneyPerUnitDoesNotOverflowOnLargeSales() {
    long big = Long.MAX_VALUE - 1;
    assertEquals(big / 2 + (big % 2 == 0 ? 0 : 1), Ratios.perUnit(big, 2L));
  }

  @Test
  void negativeHalfRoundsAwayFromZero() {
    assertEquals(-501L, Ratios.perUnit(-1001L, 2L));
  }

  @Test
  void ratesHaveScaleFourHalfUp() {
    assertEquals(d("0.0312"), Ratios.rate(312L, 10_000L));
    assertEquals(d("0.0001"), Ratios.rate(1L, 20_000L)); // 0.00005 → 0.0001
    assertEquals(d("0.0000"), Ratios.rate(1L, 20_001L));
    assertEquals(d("1.0000"), Ratios.rate(7L, 7L));
    assertEquals(4, Ratios.rate(1L, 3L).scale());
    assertNull(Ratios.rate(1L, 0L));
    assertNull(Ratios.rate(null, 5L));
    assertNull(Ratios.rate(d("1"), BigDecimal.ZERO));
  }

  @Test
  void netSalesCanBeNegativeWhenRefundsOfEarlierOrdersExceedSales() {
    assertEquals(-2_000L, Metrics.netSales(3_000, 5_000));
  }

  @Test
  void repeatRateNeedsBuyers() {
    assertNull(Metrics.repeatRate(0, 0));
    assertEquals(d("1.0000"), Metrics.repeatRate(4, 4));
  }

  @Test
  void returnAndShipRatesAreEmptyWithoutData() {
    assertNull(Metrics.returnRate(3L, null));
    assertNull(Metrics.returnRate(null, 40L));
    assertNull(Metrics.returnRate(0L, 0L));
    assertEquals(d("0.0000"), Metrics.returnRate(0L, 40L));
    assertNull(Metrics.onTimeShipRate(null, null));
    assertNull(Metrics.onTimeShipRate(0L, 0L));
  }

  @Test
  void uvSumOfDailyFlagIsCarried() {
    PeriodFigures f =
        new PeriodFigures(100L, 70L, true, 1, 1, 100, 0, 0, null, null, null, null, 0);
    assertTrue(Metrics.compute(f).uvIsSumOfDaily());
  }

  @Test
  void inconsistentFiguresAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeriodFigures(1L, -1L, false, 0, 0, 0, 0, 0, null, null, null, null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeriodFigures(1L, 1L, false, 1, 2, 0, 0, 0, null, null, null, null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeriodFigures(1L, 1L, false, 2, 2, 0, 0, 3, null, null, null, null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeriodFigures(1L, 1L, false, 2, 2, 0, 0, 0, null, null, 5L, 4L, 0));
  }

  @Test
  void metricColumnsAreTheDocumentedOnes() {
    assertEquals(
        List.of(
            "pv",
            "uv",
            "orders",
            "buyers",
            "sales",
            "net_sales",
            "conversion_rate",
            "order_conversion_rate",
            "sales_per_buyer",
            "aov",
            "repeat_rate",
            "return_rate",
            "on_time_ship_rate"),
        Arrays.stream(Metric.values()).map(Metric::column).toList());
    assertFalse(Metric.RETURN_RATE.higherIsBetter());
    assertEquals(Metric.Kind.MONEY, Metric.SALES_PER_BUYER.kind());
  }

  @Test
  void valueGivesEveryColumn() {
    PeriodMetrics m = Metrics.compute(sample());
    assertEquals(1000L, m.value(Metric.PV));
    assertEquals(400L, m.value(Metric.UV));
    assertEquals(13L, m.value(Metric.ORDERS));
    assertEquals(12L, m.value(Metric.BUYERS));
    assertEquals(122_130L, m.value(Metric.SALES));
    assertEquals(112_130L, m.value(Metric.NET_SALES));
    assertEquals(d("0.0300"), m.value(Metric.CONVERSION_RATE));
    assertEquals(d("10178"), m.decimal(Metric.SALES_PER_BUYER));
  }

  @Test
  void seriesFillsEmptyPeriodsWithZerosAndMarksPartialEdges() {
    DateRange range = DateRange.of(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-12-02"));
    Map<Period, PeriodFigures> figures = Map.of(Period.parse("2026-W48"), sample());
    List<MetricsRow> rows = Metrics.series(Granularity.WEEK, range, figures);
    assertEquals(
        List.of("2026-W47", "2026-W48", "2026-W49"),
        rows.stream().map(r -> r.period().label()).toList());
    assertTrue(rows.get(0).partial());
    assertEquals(
        DateRange.of(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-22")),
        rows.get(0).dates());
    assertEquals(0L, rows.get(0).metrics().value(Metric.ORDERS));
    assertNull(rows.get(0).metrics().conversionRate());
    assertFalse(rows.get(1).partial());
    assertEquals(13L, rows.get(1).metrics().value(Metric.ORDERS));
    assertTrue(rows.get(2).partial());
    assertEquals(
        DateRange.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-02")),
        rows.get(2).dates());

    List<BigDecimal> conv = Metrics.seriesOf(rows, Metric.CONVERSION_RATE);
    assertEquals(Arrays.asList(null, d("0.0300"), null), conv);
    assertEquals(" ▄ ", Sparkline.of(conv));
  }

  @Test
  void seriesByDayHasOneRowPerDay() {
    DateRange range = DateRange.of(LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-02"));
    List<MetricsRow> rows = Metrics.series(Granularity.DAY, range, Map.of());
    assertEquals(4, rows.size());
    assertTrue(rows.stream().noneMatch(MetricsRow::partial));
  }
}
