package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {
  @Test
  void risingSeriesUsesTheWholeRange() {
    assertEquals("▁▂▃▄▅▆▇█", Sparkline.of(List.of(0, 1, 2, 3, 4, 5, 6, 7)));
  }

  @Test
  void scaledBetweenMinAndMaxRoundedToTheNearestBar() {
    // (v−10)·7/20: 10→0, 20→3.5→4, 30→7
    assertEquals("▁▅█", Sparkline.of(List.of(10L, 20L, 30L)));
  }

  @Test
  void equalValuesGiveTheMiddleBar() {
    assertEquals("▄▄▄▄", Sparkline.of(List.of(5L, 5L, 5L, 5L)));
    assertEquals("▄", Sparkline.of(List.of(0)));
  }

  @Test
  void nullsAreSpaces() {
    assertEquals("▁ █", Sparkline.of(Arrays.asList(1L, null, 3L)));
    assertEquals("  ", Sparkline.of(Arrays.asList(null, null)));
    assertEquals(" ▄ ▄", Sparkline.of(Arrays.asList(null, 2L, null, 2L)));
  }

  @Test
  void nanIsASpace() {
    assertEquals("▁ █", Sparkline.of(Arrays.asList(1.0, Double.NaN, 2.0)));
  }

  @Test
  void emptySeriesIsEmpty() {
    assertEquals("", Sparkline.of(List.of()));
  }

  @Test
  void ratesAndNegativeValues() {
    assertEquals(
        "▁█▁",
        Sparkline.of(
            List.of(new BigDecimal("0.0312"), new BigDecimal("0.0400"), new BigDecimal("0.0312"))));
    assertEquals("▁▅█", Sparkline.of(List.of(-7L, 0L, 7L))); // 3.5 rounds up
  }
}
