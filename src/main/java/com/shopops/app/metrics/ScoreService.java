package com.shopops.app.metrics;

import com.shopops.app.Rules;
import com.shopops.app.TimeSpan;
import com.shopops.app.sla.SlaGrouping;
import com.shopops.app.sla.SlaReportResult;
import com.shopops.app.sla.SlaService;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Metrics;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.Product;
import com.shopops.domain.metrics.Ratios;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.ScoreInputs;
import com.shopops.domain.metrics.ScoreMeasures;
import com.shopops.domain.metrics.ScorePolicy;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.domain.sla.SlaFigures;
import com.shopops.store.ComplaintStore;
import com.shopops.store.ReturnFigures;
import com.shopops.store.ScoreQueries;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The store scorecard ({@code score}): measures the raw figures ({@link ScoreFigure}) of a period
 * and of the one before, and scores them with the configured thresholds and weights. A figure the
 * store has no data for is left out (missing), never guessed.
 *
 * <ul>
 *   <li>product_info_completeness, in_stock_rate: the catalogue as imported now ({@link
 *       Product#complete()}; SKUs with a known stock). They have no history, so both periods see
 *       the catalogue as it is.
 *   <li>median_ship_hours, on_time_ship_rate, on_time_delivery_rate: the total row of {@code sla
 *       report} for the range (orders paid in it, as the morning report's Shipping box counts them:
 *       one definition, review7 G6).
 *   <li>median_return_hours, refund_on_time_rate: returns requested / refunded in the range; a
 *       refund is on time within {@code returns.refund_within} of receipt.
 *   <li>ratings: averages of the reviews written in the range, two decimals.
 *   <li>repeat_rate: as in {@code metrics} over the whole range.
 *   <li>complaint_rate: complaints opened in the range ({@code import complaints}) / orders paid in
 *       the range; missing while the store holds no complaint at all.
 * </ul>
 */
public final class ScoreService {
  private final Store store;
  private final Rules rules;

  public ScoreService(Store store, Rules rules) {
    this.store = store;
    this.rules = rules;
  }

  public ScoreResult score(ScoreQuery q) throws SQLException {
    ScorePolicy policy = rules.score();
    ZoneId zone = store.zone();
    LocalDate to = q.to() == null ? q.asOf().atZone(zone).toLocalDate().minusDays(1) : q.to();
    DateRange period =
        MetricsService.range(
            q.from() == null ? to.minusDays(rules.scoreDays() - 1L) : q.from(), to);
    DateRange previous = period.previous();
    return new ScoreResult(period, previous, card(period, q.asOf()));
  }

  /**
   * The scorecard of {@code period} against the one before, with the store's policy; the notes of
   * its measures after the card's own.
   */
  Scorecard card(DateRange period, Instant asOf) throws SQLException {
    ScorePolicy policy = rules.score();
    Measured now = measured(period, asOf);
    return Scorecard.compute(now.inputs(), measure(period.previous(), asOf), policy)
        .withNotes(now.notes());
  }

  ScoreInputs measure(DateRange range, Instant asOf) throws SQLException {
    return measured(range, asOf).inputs();
  }

  /**
   * The figures of a range, and the notes on how they were counted: deliveries of no promise
   * (tryout17 U12: a store outside China without sla.deliver_within_days) are out of
   * on_time_delivery_rate, which is then missing rather than 0 %.
   */
  private record Measured(ScoreInputs inputs, List<String> notes) {}

  private Measured measured(DateRange range, Instant asOf) throws SQLException {
    ZoneId zone = store.zone();
    Instant from = range.start(zone);
    Instant to = range.end(zone);
    ReturnFigures returns = new ReturnFigures(store);
    ScoreQueries q = new ScoreQueries(store);
    Map<ScoreFigure, BigDecimal> v = new EnumMap<>(ScoreFigure.class);
    List<Product> products = q.products();
    if (!products.isEmpty()) {
      long complete = products.stream().filter(Product::complete).count();
      v.put(ScoreFigure.PRODUCT_INFO_COMPLETENESS, Ratios.rate(complete, (long) products.size()));
      long known = products.stream().filter(p -> p.stock() != null).count();
      long inStock = products.stream().filter(p -> p.stock() != null && p.stock() > 0).count();
      v.put(ScoreFigure.IN_STOCK_RATE, Ratios.rate(inStock, known));
    }
    // the total row of `sla report` for the range, as ReportService's Shipping box reads it
    SlaReportResult slaReport =
        new SlaService(store)
            .report(new SlaService.ReportQuery(asOf, new TimeSpan(from, to), SlaGrouping.DAY));
    SlaFigures sla = slaReport.total();
    List<String> notes = new ArrayList<>();
    if (slaReport.noShopPromise() > 0) {
      notes.add(SlaReportResult.noShopPromiseNote(slaReport.noShopPromise()));
    }
    v.put(ScoreFigure.MEDIAN_SHIP_HOURS, sla.medianHoursToShip());
    v.put(ScoreFigure.ON_TIME_SHIP_RATE, sla.onTimeShipRate());
    v.put(ScoreFigure.ON_TIME_DELIVERY_RATE, sla.deliveryOnTimeRate());
    v.put(
        ScoreFigure.MEDIAN_RETURN_HOURS,
        ScoreMeasures.medianHours(returns.handlingSeconds(from, to)));
    long[] refunds = returns.refundsOnTime(from, to, rules.returns().refundWithin());
    v.put(ScoreFigure.REFUND_ON_TIME_RATE, Ratios.rate(refunds[1], refunds[0]));
    long[] r = q.ratingSums(from, to);
    v.put(ScoreFigure.RATING_DESCRIPTION, ScoreMeasures.average(r[0], r[1]));
    v.put(ScoreFigure.RATING_SERVICE, ScoreMeasures.average(r[2], r[3]));
    v.put(ScoreFigure.RATING_LOGISTICS, ScoreMeasures.average(r[4], r[5]));
    PeriodFigures f =
        new FigureCounter(store, rules.shipping(), null)
            .count(List.of(Span.of(range, zone)), null)
            .bySpan()
            .get(0);
    v.put(ScoreFigure.REPEAT_RATE, Metrics.repeatRate(f.repeatBuyers(), f.buyers()));
    Long complaints = new ComplaintStore(store).openedIn(from, to);
    if (complaints != null) {
      v.put(ScoreFigure.COMPLAINT_RATE, Ratios.rate(complaints, f.orders()));
    }
    return new Measured(ScoreInputs.of(v), notes);
  }
}
