package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void upWithAbsoluteAndRelativeChange() {
    Comparison c = Comparison.of(1_125L, 1_000L);
    assertEquals(d("125"), c.change());
    assertEquals(d("0.1250"), c.relativeChange());
    assertEquals(Direction.UP, c.direction());
    assertEquals("↑", c.arrow());
  }

  @Test
  void down() {
    Comparison c = Comparison.of(900L, 1_200L);
    assertEquals(d("-300"), c.change());
    assertEquals(d("-0.2500"), c.relativeChange());
    assertEquals("↓", c.arrow());
  }

  @Test
  void previousZeroHasNoRelativeChangeButStillADirection() {
    Comparison up = Comparison.of(50L, 0L);
    assertEquals(d("50"), up.change());
    assertNull(up.relativeChange());
    assertEquals(Direction.UP, up.direction());

    Comparison flat = Comparison.of(0L, 0L);
    assertNull(flat.relativeChange());
    assertEquals(Direction.FLAT, flat.direction());
    assertEquals("→", flat.arrow());
  }

  @Test
  void fromPositiveToZeroIsMinusHundredPercent() {
    Comparison c = Comparison.of(0L, 40L);
    assertEquals(d("-1.0000"), c.relativeChange());
    assertEquals(Direction.DOWN, c.direction());
  }

  @Test
  void equalValuesAreFlat() {
    Comparison c = Comparison.of(d("0.0312"), d("0.0312"));
    assertEquals(0, c.change().signum());
    assertEquals(d("0.0000"), c.relativeChange());
    assertEquals(Direction.FLAT, c.direction());
  }

  @Test
  void changesBelowHalfAPercentAreFlat() {
    // 0.0313 vs 0.0312: +0.32% → flat
    assertEquals(Direction.FLAT, Comparison.of(d("0.0313"), d("0.0312")).direction());
    // exactly 0.5% is movement
    assertEquals(Direction.UP, Comparison.of(1_005L, 1_000L).direction());
    assertEquals(Direction.FLAT, Comparison.of(1_004L, 1_000L).direction());
    assertEquals(Direction.DOWN, Comparison.of(995L, 1_000L).direction());
    // a zero threshold makes any difference an arrow
    assertEquals(Direction.UP, Comparison.of(d("1001"), d("1000"), BigDecimal.ZERO).direction());
  }

  @Test
  void relativeChangeAgainstANegativePreviousUsesItsSize() {
    // net sales −100 → +100: change +200, relative +2.0000 (not −2)
    Comparison c = Comparison.of(100L, -100L);
    assertEquals(d("2.0000"), c.relativeChange());
    assertEquals(Direction.UP, c.direction());
  }

  @Test
  void missingValueGivesNoChangeAndNoArrow() {
    Comparison c = Comparison.of(null, d("0.03"));
    assertNull(c.change());
    assertNull(c.relativeChange());
    assertEquals(Direction.UNKNOWN, c.direction());
    assertEquals("", c.arrow());
    assertEquals(Direction.UNKNOWN, Comparison.of(5L, null).direction());
  }

  @Test
  void negativeThresholdIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(d("1"), d("2"), d("-0.1")));
  }

  @Test
  void compareEveryMetricOfTwoPeriods() {
    PeriodMetrics now =
        Metrics.compute(
            new PeriodFigures(1_100L, 500L, false, 20, 15, 300_000, 0, 3, null, null, 10L, 10L, 0));
    PeriodMetrics before =
        Metrics.compute(
            new PeriodFigures(1_000L, 0L, false, 10, 10, 200_000, 0, 2, null, null, 10L, 10L, 0));
    Map<Metric, Comparison> c = Metrics.compare(now, before);
    assertEquals(Metric.values().length, c.size());
    assertEquals(d("0.1000"), c.get(Metric.PV).relativeChange());
    assertNull(c.get(Metric.UV).relativeChange()); // previous UV 0
    assertEquals(Direction.UP, c.get(Metric.UV).direction());
    assertEquals(Direction.UNKNOWN, c.get(Metric.CONVERSION_RATE).direction()); // previous empty
    assertEquals(d("0.0000"), c.get(Metric.REPEAT_RATE).relativeChange()); // 0.2 vs 0.2
    assertEquals(Direction.FLAT, c.get(Metric.ON_TIME_SHIP_RATE).direction());
    assertEquals(Direction.UNKNOWN, c.get(Metric.RETURN_RATE).direction());
    // 客单价 20 000 vs 20 000 fen
    assertEquals(Direction.FLAT, c.get(Metric.SALES_PER_BUYER).direction());
  }

  /**
   * Repeat rate 1 of 3 buyers, then 1 of 4: shown 33.33% and 25.00%, but the change is from 1/3 to
   * 1/4, exactly −25.00% (from the shown rates it was −24.99%: (0.2500 − 0.3333) / 0.3333).
   */
  @Test
  void relativeChangeOfARateIsFromItsExactValueNotTheRoundedOne() {
    PeriodMetrics now =
        Metrics.compute(
            new PeriodFigures(0L, 0L, false, 4, 4, 40_000, 0, 1, null, null, null, null, 0));
    PeriodMetrics before =
        Metrics.compute(
            new PeriodFigures(0L, 0L, false, 3, 3, 30_000, 0, 1, null, null, null, null, 0));
    Comparison repeat = Metrics.compare(now, before).get(Metric.REPEAT_RATE);
    assertEquals(d("0.2500"), repeat.current());
    assertEquals(d("0.3333"), repeat.previous());
    assertEquals(d("-0.0833"), repeat.change());
    assertEquals(d("-0.2500"), repeat.relativeChange());
    assertEquals(Direction.DOWN, repeat.direction());
    // the rounded values alone still give what they give
    assertEquals(d("-0.2499"), Comparison.of(d("0.2500"), d("0.3333")).relativeChange());
  }

  /** An amount per buyer too: 100.00 over 3 buyers (33.33) against 100.00 over 2 (50.00). */
  @Test
  void relativeChangeOfAnAmountPerBuyerIsFromItsExactValue() {
    PeriodMetrics now =
        Metrics.compute(
            new PeriodFigures(0L, 0L, false, 3, 3, 10_000, 0, 0, null, null, null, null, 0));
    PeriodMetrics before =
        Metrics.compute(
            new PeriodFigures(0L, 0L, false, 2, 2, 10_000, 0, 0, null, null, null, null, 0));
    Comparison perBuyer = Metrics.compare(now, before).get(Metric.SALES_PER_BUYER);
    assertEquals(d("3333"), perBuyer.current());
    assertEquals(d("-1667"), perBuyer.change()); // 3333.33… − 5000, to the fen
    // (1/3 − 1/2) / (1/2) = −1/3; from the rounded 3333 it would be −0.3334
    assertEquals(d("-0.3333"), perBuyer.relativeChange());
  }
}
