package com.shopops.app.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code score}: the scorecard of a period against the one before it.
 *
 * @param from the first day, or null: {@code score.days} days up to {@code to}.
 * @param to the last day, or null: the day before {@code asOf}.
 */
public record ScoreQuery(LocalDate from, LocalDate to, Instant asOf) {
  public ScoreQuery {
    Objects.requireNonNull(asOf, "asOf");
  }
}
