package com.shopops.domain.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Durations as hours for reports: BigDecimal with one decimal, rounded half up (away from zero), so
 * {@code hours_late}/{@code hours_left} and the median/p90 figures print the same everywhere.
 */
public final class Hours {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private Hours() {}

  /** The duration in hours, 1 decimal (e.g. 90 min → 1.5, −30 min → −0.5); null for null. */
  public static BigDecimal of(Duration d) {
    if (d == null) {
      return null;
    }
    return ofSeconds(BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)));
  }

  static BigDecimal ofSeconds(BigDecimal seconds) {
    return seconds.divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP);
  }
}
