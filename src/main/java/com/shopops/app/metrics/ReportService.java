package com.shopops.app.metrics;

import com.shopops.app.Rules;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.ReturnsSummary;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.domain.metrics.ShippingSummary;
import com.shopops.store.ReturnFigures;
import com.shopops.store.ShippingFigures;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The store report ({@code report --html}): the metrics of a period (in total and per day) and of
 * the period before it (for the changes and the overlaid charts), its scorecard, and shipping and
 * returns summaries, gathered for {@code render.report.HtmlReport}.
 */
public final class ReportService {
  private final Store store;
  private final Rules rules;

  public ReportService(Store store, Rules rules) {
    this.store = store;
    this.rules = rules;
  }

  public StoreReport report(ReportQuery q) throws SQLException {
    ZoneId zone = store.zone();
    LocalDate to = q.to() == null ? q.asOf().atZone(zone).toLocalDate().minusDays(1) : q.to();
    DateRange range = MetricsService.range(q.from() == null ? to.minusDays(29) : q.from(), to);
    MetricsService metrics = new MetricsService(store, rules);
    var daily = metrics.daily(range);
    MetricsService.Total total = metrics.total(range);
    Scorecard card = new ScoreService(store, rules).card(range);
    Instant from = range.start(zone);
    Instant end = range.end(zone);
    ShippingFigures shipping = new ShippingFigures(store);
    ShippingSummary ship = null;
    if (shipping.hasShippedOrders()) {
      long[] s = shipping.shippedByDay(from, end, rules.shipping()).total();
      ship =
          new ShippingSummary(
              s[0],
              s[1],
              card.figure(ScoreFigure.ON_TIME_SHIP_RATE).value(),
              card.figure(ScoreFigure.MEDIAN_SHIP_HOURS).value(),
              card.figure(ScoreFigure.ON_TIME_DELIVERY_RATE).value());
    }
    long[] r = new ReturnFigures(store).summary(from, end);
    ReturnsSummary returns = new ReturnsSummary(r[0], r[1], r[2], total.metrics().returnRate());
    DateRange before = range.previous();
    return new StoreReport(
        range,
        q.asOf(),
        zone,
        total.metrics(),
        daily,
        card,
        ship,
        returns,
        total.notes(),
        metrics.total(before).metrics(),
        metrics.daily(before));
  }
}
