package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreMeasuresTest {
  @Test
  void medianOfAnOddAndAnEvenCountInHoursWithOneDecimal() {
    assertEquals(
        new BigDecimal("2.0"), ScoreMeasures.medianHours(List.of(10_800L, 3_600L, 7_200L)));
    // O2 49 h, O3 6 h: 27.5 h
    assertEquals(new BigDecimal("27.5"), ScoreMeasures.medianHours(List.of(176_400L, 21_600L)));
    // 1 s rounds to 0.0 h; 180 s (0.05 h) rounds half up to 0.1 h
    assertEquals(new BigDecimal("0.0"), ScoreMeasures.medianHours(List.of(1L)));
    assertEquals(new BigDecimal("0.1"), ScoreMeasures.medianHours(List.of(180L)));
  }

  @Test
  void noDurationsNoMedian() {
    assertNull(ScoreMeasures.medianHours(List.of()));
    assertNull(ScoreMeasures.medianHours(null));
  }

  @Test
  void averageRatingTwoDecimalsHalfUp() {
    assertEquals(new BigDecimal("4.50"), ScoreMeasures.average(9, 2));
    assertEquals(new BigDecimal("4.67"), ScoreMeasures.average(14, 3));
    assertNull(ScoreMeasures.average(0, 0));
  }
}
