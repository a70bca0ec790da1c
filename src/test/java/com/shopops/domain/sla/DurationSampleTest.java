package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationSampleTest {
  private static final BigDecimal MEDIAN = new BigDecimal("0.5");
  private static final BigDecimal P90 = new BigDecimal("0.9");

  private static DurationSample hours(long... h) {
    DurationSample s = new DurationSample();
    for (long x : h) {
      s.add(Duration.ofHours(x));
    }
    return s;
  }

  @Test
  void emptyHasNoPercentile() {
    assertNull(new DurationSample().percentileHours(MEDIAN));
  }

  @Test
  void oneValueIsEveryPercentile() {
    assertEquals(new BigDecimal("10.0"), hours(10).percentileHours(MEDIAN));
    assertEquals(new BigDecimal("10.0"), hours(10).percentileHours(P90));
  }

  @Test
  void evenCountMedianIsTheMeanOfTheMiddleTwo() {
    // sorted 1,2,3,4: median h = 1.5 → 2.5; p90 h = 2.7 → 3 + 0.7 × 1 = 3.7
    DurationSample s = hours(4, 1, 3, 2);
    assertEquals(new BigDecimal("2.5"), s.percentileHours(MEDIAN));
    assertEquals(new BigDecimal("3.7"), s.percentileHours(P90));
  }

  @Test
  void oddCountWithAnOutlier() {
    // sorted 1,2,3,4,100: median = 3; p90 h = 3.6 → 4 + 0.6 × 96 = 61.6
    DurationSample s = hours(100, 3, 1, 4, 2);
    assertEquals(new BigDecimal("3.0"), s.percentileHours(MEDIAN));
    assertEquals(new BigDecimal("61.6"), s.percentileHours(P90));
  }

  @Test
  void tenValuesP90() {
    // 1..10: p90 h = 8.1 → 9 + 0.1 × 1 = 9.1 (Excel PERCENTILE.INC gives 9.1 too)
    DurationSample s = hours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertEquals(new BigDecimal("5.5"), s.percentileHours(MEDIAN));
    assertEquals(new BigDecimal("9.1"), s.percentileHours(P90));
  }

  @Test
  void roundsOnceToHoursHalfUp() {
    DurationSample s = new DurationSample();
    s.add(Duration.ofMinutes(15));
    s.add(Duration.ofMinutes(30));
    // median 1350 s = 0.375 h → 0.4; p90 = 900 + 0.9 × 900 = 1710 s = 0.475 h → 0.5
    assertEquals(new BigDecimal("0.4"), s.percentileHours(MEDIAN));
    assertEquals(new BigDecimal("0.5"), s.percentileHours(P90));
  }

  @Test
  void growsAndMerges() {
    DurationSample a = new DurationSample();
    for (int i = 1; i <= 40; i++) {
      a.add(Duration.ofHours(i));
    }
    DurationSample b = hours(41, 42);
    a.addAll(b);
    assertEquals(42, a.size());
    assertEquals(new BigDecimal("21.5"), a.percentileHours(MEDIAN));
  }
}
