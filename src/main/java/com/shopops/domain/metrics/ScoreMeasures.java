package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How the scorecard turns raw store figures into its values: medians of durations, averages. */
public final class ScoreMeasures {
  private ScoreMeasures() {}

  /** Average rating, two decimals HALF_UP; null without ratings. */
  public static BigDecimal average(long sum, long count) {
    return count == 0
        ? null
        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }

  /**
   * The median of durations in seconds, as hours with one decimal (HALF_UP); the mean of the two
   * middle values for an even count; null when there are none.
   */
  public static BigDecimal medianHours(List<Long> seconds) {
    if (seconds == null || seconds.isEmpty()) {
      return null;
    }
    List<Long> s = new ArrayList<>(seconds);
    Collections.sort(s);
    int n = s.size();
    BigDecimal mid =
        n % 2 == 1
            ? BigDecimal.valueOf(s.get(n / 2))
            : BigDecimal.valueOf(s.get(n / 2 - 1) + s.get(n / 2)).divide(BigDecimal.valueOf(2));
    return mid.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
  }
}
