package com.shopops.app.metrics;

import com.shopops.domain.metrics.Comparison;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link CompareQuery}.
 *
 * @param current the period.
 * @param previous the period it is compared with.
 * @param comparisons every metric, in {@link Metric} order.
 * @param trends each metric's daily values over {@code current}; empty unless asked for.
 * @param notes how the figures were counted, for stderr.
 */
public record MetricsComparison(
    DateRange current,
    DateRange previous,
    Map<Metric, Comparison> comparisons,
    Map<Metric, List<BigDecimal>> trends,
    List<String> notes) {}
