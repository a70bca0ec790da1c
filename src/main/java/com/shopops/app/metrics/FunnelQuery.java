package com.shopops.app.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code metrics funnel}.
 *
 * @param from the first day, or null: 29 days before {@code to}.
 * @param to the last day, or null: the day of {@code asOf}.
 */
public record FunnelQuery(LocalDate from, LocalDate to, Instant asOf) {
  public FunnelQuery {
    Objects.requireNonNull(asOf, "asOf");
  }
}
