package com.shopops.app.metrics;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.MetricsRow;
import java.util.List;
import java.util.Set;

/**
 * The answer to a {@link MetricsQuery}.
 *
 * @param range the dates covered.
 * @param rows one row per period, in order.
 * @param notComputed metrics left empty in every row (the conversion rates of a channel).
 * @param notes how the figures were counted, for stderr.
 */
public record MetricsSeries(
    DateRange range, List<MetricsRow> rows, Set<Metric> notComputed, List<String> notes) {}
