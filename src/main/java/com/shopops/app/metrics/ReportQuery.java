package com.shopops.app.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code report}: the store report of a period.
 *
 * @param from the first day, or null: 29 days before {@code to}.
 * @param to the last day, or null: the day before {@code asOf}.
 */
public record ReportQuery(LocalDate from, LocalDate to, Instant asOf) {
  public ReportQuery {
    Objects.requireNonNull(asOf, "asOf");
  }
}
