package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store metrics (docs/metrics.md), each a pure function of a period's {@link PeriodFigures}.
 * Sources of the definitions are in DOMAIN.md §1.3–1.5. Rates are fractions of scale 4 rounded
 * HALF_UP; money per buyer/order is rounded HALF_UP to a whole minor unit. A zero denominator gives
 * null.
 */
public final class Metrics {
  private Metrics() {}

  /** All metrics of one period. */
  public static PeriodMetrics compute(PeriodFigures f) {
    Objects.requireNonNull(f, "figures");
    return new PeriodMetrics(
        f,
        netSales(f.sales(), f.netRefunds()),
        conversionRate(f.buyers(), f.uv()),
        orderConversionRate(f.orders(), f.uv()),
        salesPerBuyer(f.sales(), f.buyers()),
        aov(f.sales(), f.orders()),
        repeatRate(f.repeatBuyers(), f.buyers()),
        returnRate(f.returnedUnits(), f.deliveredUnits()),
        onTimeShipRate(f.shippedOnTime(), f.shippedTotal()));
  }

  /**
   * One row per period of size {@code granularity} overlapping {@code range}, in order. A period
   * with no entry in {@code figuresByPeriod} appears with {@link PeriodFigures#zero()}, so gaps
   * show as zeros rather than vanishing. The store is expected to count each period over {@link
   * MetricsRow#dates()} (the period clipped to the range); {@link MetricsRow#partial()} marks the
   * first/last period when the range cuts it short.
   */
  public static List<MetricsRow> series(
      Granularity granularity, DateRange range, Map<Period, PeriodFigures> figuresByPeriod) {
    List<MetricsRow> rows = new ArrayList<>();
    for (Period p : Period.between(granularity, range)) {
      PeriodFigures f = figuresByPeriod.getOrDefault(p, PeriodFigures.zero());
      rows.add(new MetricsRow(p, p.within(range).orElseThrow(), p.isPartial(range), compute(f)));
    }
    return rows;
  }

  /**
   * Every metric of {@code current} against {@code previous}, in {@link Metric} order; the changes
   * of rates and amounts per buyer or order from their exact values ({@link PeriodMetrics#exact}).
   */
  public static Map<Metric, Comparison> compare(
      PeriodMetrics current, PeriodMetrics previous, BigDecimal flatThreshold) {
    Map<Metric, Comparison> out = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      out.put(
          m,
          Comparison.of(
              current.decimal(m),
              previous.decimal(m),
              current.exact(m),
              previous.exact(m),
              flatThreshold));
    }
    return out;
  }

  /** {@link #compare(PeriodMetrics, PeriodMetrics, BigDecimal)} with the default flat threshold. */
  public static Map<Metric, Comparison> compare(PeriodMetrics current, PeriodMetrics previous) {
    return compare(current, previous, Comparison.DEFAULT_FLAT_THRESHOLD);
  }

  /** The values of {@code metric} over a series, in order (nulls kept), for a sparkline. */
  public static List<BigDecimal> seriesOf(List<MetricsRow> rows, Metric metric) {
    List<BigDecimal> out = new ArrayList<>(rows.size());
    for (MetricsRow r : rows) {
      out.add(r.metrics().decimal(metric));
    }
    return out;
  }

  /**
   * 成交转化率 / 支付转化率 = buyers / UV. 京东商智: 成交转化率 = 成交客户数 / 访客数; 生意参谋: 支付转化率 = 支付买家数 / 访客数. Counted per
   * buyer, not per order (see {@link #orderConversionRate}). Null when UV is 0 or missing.
   */
  public static BigDecimal conversionRate(long buyers, Long uv) {
    return Ratios.rate(buyers, uv);
  }

  /**
   * Order conversion = paid orders / UV (支付笔数 / 访客数); higher than {@link #conversionRate} when
   * buyers place several orders. Null when UV is 0 or missing.
   */
  public static BigDecimal orderConversionRate(long orders, Long uv) {
    return Ratios.rate(orders, uv);
  }

  /**
   * 客单价 = sales / buyers, per buyer not per order (京东商智: 客单价 = 成交金额 / 成交客户数; 生意参谋: 客单价 = 支付金额 /
   * 支付买家数). Minor units, rounded HALF_UP to the fen: 100.00 yuan over 3 buyers = 33.33 yuan, 0.05
   * yuan over 2 buyers = 0.03 yuan. Null when there are no buyers.
   */
  public static Long salesPerBuyer(long sales, long buyers) {
    return Ratios.perUnit(sales, buyers);
  }

  /**
   * Average order value = sales / paid orders (ERP-style 客单价 = 成交金额 / 交易次数). Sales include shipping
   * and taxes, so this is not Shopify's AOV ((gross − discounts) / orders, without shipping and
   * taxes: DOMAIN.md §1.5; review R8). Minor units, HALF_UP. Null when there are no orders.
   */
  public static Long aov(long sales, long orders) {
    return Ratios.perUnit(sales, orders);
  }

  /**
   * Net sales = sales − refunds of the period (a return's on its refund day; an order export's
   * refunded amount beyond its returns on the order's payment day: {@code ReturnFigures}). Sales
   * themselves do not deduct refunds (生意参谋 支付金额: 支付后退款不剔除), so this is shown beside them. May be
   * negative. {@code refunds} is the period's net refunds ({@link PeriodFigures#netRefunds}: less
   * the refunds taken back), so a reversal adds to net sales.
   */
  public static long netSales(long sales, long refunds) {
    return Math.subtractExact(sales, refunds);
  }

  /**
   * Repeat purchase rate = buyers of the period with an earlier paid order (before the period
   * start) / buyers of the period. Close to 生意参谋's 老买家 (bought before and again in the period) with
   * no 365-day limit; 京东商智's 30/90-day 重复购买率 (≥ 2 orders in the window) differs in that two orders
   * inside the period alone do not make a repeat buyer here. Null when there are no buyers.
   */
  public static BigDecimal repeatRate(long repeatBuyers, long buyers) {
    return Ratios.rate(repeatBuyers, buyers);
  }

  /**
   * Return rate = units whose return was requested in the period / units delivered in the period.
   */
  public static BigDecimal returnRate(Long returnedUnits, Long deliveredUnits) {
    return Ratios.rate(returnedUnits, deliveredUnits);
  }

  /**
   * On-time ship rate = orders shipped by their ship-by deadline / orders shipped, in the period.
   */
  public static BigDecimal onTimeShipRate(Long shippedOnTime, Long shippedTotal) {
    return Ratios.rate(shippedOnTime, shippedTotal);
  }
}
