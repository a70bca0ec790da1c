package com.shopops.app.metrics;

import com.shopops.domain.metrics.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code metrics}: one row per period.
 *
 * @param by the period size.
 * @param from the first day, or null: {@link Granularity#defaultFrom} of {@code to}.
 * @param to the last day (included), or null: the day of {@code asOf}.
 * @param channel PV/UV of this traffic channel only, or null for the whole store.
 * @param asOf the time the figures are asked at.
 */
public record MetricsQuery(
    Granularity by, LocalDate from, LocalDate to, String channel, Instant asOf) {
  public MetricsQuery {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(asOf, "asOf");
  }
}
