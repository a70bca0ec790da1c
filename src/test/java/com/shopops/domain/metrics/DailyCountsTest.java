package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyCountsTest {
  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void sumsTheDaysOfARangeBothEndsIncluded() {
    DailyCounts c =
        new DailyCounts(
            2,
            Map.of(
                d("2026-11-01"),
                new long[] {1, 1},
                d("2026-11-02"),
                new long[] {2, 0},
                d("2026-11-05"),
                new long[] {4, 3}));
    assertArrayEquals(new long[] {3, 1}, c.over(new DateRange(d("2026-11-01"), d("2026-11-04"))));
    assertArrayEquals(new long[] {6, 3}, c.over(new DateRange(d("2026-11-02"), d("2026-11-05"))));
    assertArrayEquals(new long[] {0, 0}, c.over(new DateRange(d("2026-11-03"), d("2026-11-04"))));
    assertArrayEquals(new long[] {7, 4}, c.total());
  }
}
