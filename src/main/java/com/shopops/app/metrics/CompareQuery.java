package com.shopops.app.metrics;

import com.shopops.domain.metrics.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code metrics compare}: a period against another.
 *
 * @param from the first day, or null: 6 days before {@code to} (a week).
 * @param to the last day, or null: the day before {@code asOf}.
 * @param against the period to compare with, or null: {@link DateRange#previous()}.
 * @param trend whether to count the daily series of the period too (for sparklines).
 */
public record CompareQuery(
    LocalDate from, LocalDate to, DateRange against, Instant asOf, boolean trend) {
  public CompareQuery {
    Objects.requireNonNull(asOf, "asOf");
  }
}
