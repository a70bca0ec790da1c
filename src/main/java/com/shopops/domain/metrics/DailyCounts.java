package com.shopops.domain.metrics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Additive counts per local day (store zone), {@code width} values a day, as the store groups them;
 * summed over the days of a period. A day without an entry counts 0.
 */
public record DailyCounts(int width, Map<LocalDate, long[]> byDay) {
  public DailyCounts {
    byDay = Map.copyOf(byDay);
  }

  /** The sums over the dates of {@code range}. */
  public long[] over(DateRange range) {
    long[] out = new long[width];
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      long[] v = byDay.get(d);
      if (v != null) {
        for (int i = 0; i < width; i++) {
          out[i] += v[i];
        }
      }
    }
    return out;
  }

  /** The sums over every day. */
  public long[] total() {
    long[] out = new long[width];
    for (long[] v : byDay.values()) {
      for (int i = 0; i < width; i++) {
        out[i] += v[i];
      }
    }
    return out;
  }
}
