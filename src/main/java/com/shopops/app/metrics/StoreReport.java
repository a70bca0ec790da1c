package com.shopops.app.metrics;

import com.shopops.domain.metrics.ActionList;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.ReturnsSummary;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.domain.metrics.ShippingSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The answer to a {@link ReportQuery}: what the HTML report shows.
 *
 * @param period the dates covered.
 * @param asOf when the report was made.
 * @param zone the store zone.
 * @param total the metrics of the whole period.
 * @param daily one row per day, for the charts.
 * @param card the scorecard of the period against the one before.
 * @param shipping the shipping summary, or null when no order has a ship time.
 * @param returns the returns summary.
 * @param notes how the figures were counted.
 * @param previousTotal the metrics of the period before ({@link DateRange#previous()}).
 * @param previousDaily one row per day of the period before.
 * @param actions today's lists of things to do, as of {@code asOf}.
 * @param currency the currency of the period's money figures (the store's when it has no paid
 *     orders or several currencies).
 * @param nothingInPeriod when the period holds no data but the store holds paid orders on other
 *     days: the note that says so and gives a --from/--to (tryout26b B4); else null.
 */
public record StoreReport(
    DateRange period,
    Instant asOf,
    ZoneId zone,
    PeriodMetrics total,
    List<MetricsRow> daily,
    Scorecard card,
    ShippingSummary shipping,
    ReturnsSummary returns,
    List<String> notes,
    PeriodMetrics previousTotal,
    List<MetricsRow> previousDaily,
    List<ActionList> actions,
    String currency,
    String nothingInPeriod) {
  public StoreReport {
    actions = List.copyOf(actions);
  }
}
