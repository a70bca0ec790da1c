package com.shopops.domain.metrics;

/**
 * One row of {@code metrics --by ...}: the period, the dates it actually covers (the period clipped
 * to {@code --from/--to}), whether it is cut short, and its metrics.
 */
public record MetricsRow(Period period, DateRange dates, boolean partial, PeriodMetrics metrics) {}
