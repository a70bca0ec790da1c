package com.shopops.domain.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The size of a reporting bucket. Buckets are calendar periods in the store zone: a day, an ISO
 * week (Monday to Sunday, numbered by ISO-8601 so that 2027-01-01 belongs to 2026-W53) or a
 * calendar month.
 */
public enum Granularity {
  DAY,
  WEEK,
  MONTH;

  /** The first date of the bucket that holds {@code date}. */
  public LocalDate periodStart(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  /** The first date of the bucket {@code n} buckets after the one starting at {@code start}. */
  LocalDate plus(LocalDate start, long n) {
    return switch (this) {
      case DAY -> start.plusDays(n);
      case WEEK -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
    };
  }

  /** The label of the bucket starting at {@code start}: 2026-11-20, 2026-W47, 2026-11. */
  String label(LocalDate start) {
    return switch (this) {
      case DAY -> start.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
    };
  }

  /**
   * The first day shown when no {@code --from} is given, for a last day {@code to}: 30 days, or 12
   * ISO weeks or 12 months back from the start of {@code to}'s week or month.
   */
  public LocalDate defaultFrom(LocalDate to) {
    return switch (this) {
      case DAY -> to.minusDays(29);
      case WEEK -> periodStart(to).minusWeeks(11);
      case MONTH -> periodStart(to).minusMonths(11);
    };
  }

  /** {@code day}, {@code week} or {@code month}, as the option is written. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
