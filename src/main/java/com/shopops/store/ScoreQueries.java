package com.shopops.store;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Metrics;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.Product;
import com.shopops.domain.metrics.Ratios;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.ScoreInputs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the raw figures of the scorecard ({@link ScoreFigure}) over a date range. A figure the
 * store has no data for is left out (missing), never guessed.
 *
 * <ul>
 *   <li>product_info_completeness, in_stock_rate: the catalogue as imported now ({@link
 *       Product#complete()}; SKUs with a known stock). They have no history, so they are measured
 *       for the current period only ({@code withCatalogue}).
 *   <li>median_ship_hours, on_time_ship_rate: orders shipped in the range (paid → shipped, ship-by
 *       24 h after payment, see {@link MetricsQueries}).
 *   <li>on_time_delivery_rate: deliveries in the range with a promised date (shipments table).
 *   <li>median_return_hours, refund_on_time_rate: returns requested / refunded in the range
 *       (returns table).
 *   <li>ratings: averages of the reviews written in the range, two decimals.
 *   <li>repeat_rate: as in {@code metrics} over the whole range.
 *   <li>complaint_rate: shopops imports no complaints yet, so it is always missing.
 * </ul>
 */
public final class ScoreQueries {
  private final MetricsQueries q;

  public ScoreQueries(Store store) {
    this.q = new MetricsQueries(store);
  }

  public ScoreInputs measure(DateRange range, boolean withCatalogue) throws SQLException {
    Instant from = range.start(q.zone());
    Instant to = range.end(q.zone());
    Map<ScoreFigure, BigDecimal> v = new EnumMap<>(ScoreFigure.class);
    if (withCatalogue) {
      List<Product> products = q.products();
      if (!products.isEmpty()) {
        long complete = products.stream().filter(Product::complete).count();
        v.put(ScoreFigure.PRODUCT_INFO_COMPLETENESS,
            Ratios.rate(complete, (long) products.size()));
        long known = products.stream().filter(p -> p.stock() != null).count();
        long inStock = products.stream().filter(p -> p.stock() != null && p.stock() > 0).count();
        v.put(ScoreFigure.IN_STOCK_RATE, Ratios.rate(inStock, known));
      }
    }
    v.put(ScoreFigure.MEDIAN_SHIP_HOURS, medianHours(q.shipSeconds(from, to)));
    long[] shipped = q.shipped(from, to);
    if (shipped != null) {
      v.put(ScoreFigure.ON_TIME_SHIP_RATE, Ratios.rate(shipped[1], shipped[0]));
    }
    long[] delivered = q.deliveries(from, to);
    if (delivered != null) {
      v.put(ScoreFigure.ON_TIME_DELIVERY_RATE, Ratios.rate(delivered[1], delivered[0]));
    }
    v.put(ScoreFigure.MEDIAN_RETURN_HOURS, medianHours(q.returnHandlingSeconds(from, to)));
    long[] refunds = q.refundsOnTime(from, to);
    if (refunds != null) {
      v.put(ScoreFigure.REFUND_ON_TIME_RATE, Ratios.rate(refunds[1], refunds[0]));
    }
    long[] r = q.ratingSums(from, to);
    v.put(ScoreFigure.RATING_DESCRIPTION, average(r[0], r[1]));
    v.put(ScoreFigure.RATING_SERVICE, average(r[2], r[3]));
    v.put(ScoreFigure.RATING_LOGISTICS, average(r[4], r[5]));
    PeriodFigures f =
        q.figures(List.of(MetricsQueries.span(range, q.zone())), null).bySpan().get(0);
    v.put(ScoreFigure.REPEAT_RATE, Metrics.repeatRate(f.repeatBuyers(), f.buyers()));
    return ScoreInputs.of(v);
  }

  /** Average rating, two decimals HALF_UP; null without ratings. */
  static BigDecimal average(long sum, long count) {
    return count == 0
        ? null
        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }

  /**
   * The median of durations in seconds, as hours with one decimal (HALF_UP); the mean of the two
   * middle values for an even count; null when there are none.
   */
  static BigDecimal medianHours(List<Long> seconds) {
    if (seconds == null || seconds.isEmpty()) {
      return null;
    }
    List<Long> s = new ArrayList<>(seconds);
    Collections.sort(s);
    int n = s.size();
    BigDecimal mid =
        n % 2 == 1
            ? BigDecimal.valueOf(s.get(n / 2))
            : BigDecimal.valueOf(s.get(n / 2 - 1) + s.get(n / 2)).divide(BigDecimal.valueOf(2));
    return mid.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
  }
}
