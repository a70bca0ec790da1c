package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The metrics of one period, computed by {@link Metrics#compute(PeriodFigures)}. Money is Long
 * minor units (fen); rates are BigDecimal fractions of scale 4 (0.0312 = 3.12%). Any value is
 * {@code null} when its denominator is zero or its input is missing — printed empty, never NaN.
 */
public record PeriodMetrics(
    PeriodFigures figures,
    long netSales,
    BigDecimal conversionRate,
    BigDecimal orderConversionRate,
    Long salesPerBuyer,
    Long aov,
    BigDecimal repeatRate,
    BigDecimal returnRate,
    BigDecimal onTimeShipRate,
    boolean moneyUnknown) {

  public PeriodMetrics(
      PeriodFigures figures,
      long netSales,
      BigDecimal conversionRate,
      BigDecimal orderConversionRate,
      Long salesPerBuyer,
      Long aov,
      BigDecimal repeatRate,
      BigDecimal returnRate,
      BigDecimal onTimeShipRate) {
    this(
        figures,
        netSales,
        conversionRate,
        orderConversionRate,
        salesPerBuyer,
        aov,
        repeatRate,
        returnRate,
        onTimeShipRate,
        false);
  }

  /**
   * These metrics with the money ones unknown (null): the orders were in several currencies, and
   * amounts of different currencies are never added up.
   */
  public PeriodMetrics withoutMoney() {
    return new PeriodMetrics(
        figures,
        netSales,
        conversionRate,
        orderConversionRate,
        null,
        null,
        repeatRate,
        returnRate,
        onTimeShipRate,
        true);
  }

  /**
   * These metrics with the rates over UV unknown (null): the period's traffic covers only some of
   * its days, while its orders and buyers are of all of them (review12 L14).
   */
  public PeriodMetrics withoutConversion() {
    return new PeriodMetrics(
        figures,
        netSales,
        null,
        null,
        salesPerBuyer,
        aov,
        repeatRate,
        returnRate,
        onTimeShipRate,
        moneyUnknown);
  }

  /** Whether {@code uv} is a sum of daily UV rather than a distinct count (outputs must say so). */
  public boolean uvIsSumOfDaily() {
    return figures.uvIsSumOfDaily();
  }

  /**
   * The value of {@code metric}: a Long for counts and money, a BigDecimal for rates, or null. This
   * is the cell to put under {@link Metric#column()}.
   */
  public Object value(Metric metric) {
    if (moneyUnknown && metric.kind() == Metric.Kind.MONEY) {
      return null;
    }
    return switch (metric) {
      case PV -> figures.pv();
      case UV -> figures.uv();
      case ORDERS -> figures.orders();
      case BUYERS -> figures.buyers();
      case SALES -> figures.sales();
      case NET_SALES -> netSales;
      case CONVERSION_RATE -> conversionRate;
      case ORDER_CONVERSION_RATE -> orderConversionRate;
      case SALES_PER_BUYER -> salesPerBuyer;
      case AOV -> aov;
      case REPEAT_RATE -> repeatRate;
      case RETURN_RATE -> returnRate;
      case ON_TIME_SHIP_RATE -> onTimeShipRate;
    };
  }

  /**
   * {@link #value(Metric)} before rounding, or null when it is null: a rate or an amount per buyer
   * or order is its numerator over its denominator to 34 significant digits (repeat rate 1/3, not
   * 0.3333), for {@link Metrics#compare}'s changes; a count or an amount is itself.
   */
  public BigDecimal exact(Metric metric) {
    if (value(metric) == null) {
      return null;
    }
    PeriodFigures f = figures;
    return switch (metric) {
      case CONVERSION_RATE -> Ratios.exact(f.buyers(), f.uv());
      case ORDER_CONVERSION_RATE -> Ratios.exact(f.orders(), f.uv());
      case SALES_PER_BUYER -> Ratios.exact(f.sales(), f.buyers());
      case AOV -> Ratios.exact(f.sales(), f.orders());
      case REPEAT_RATE -> Ratios.exact(f.repeatBuyers(), f.buyers());
      case RETURN_RATE -> Ratios.exact(f.returnedUnits(), f.deliveredUnits());
      case ON_TIME_SHIP_RATE -> Ratios.exact(f.shippedOnTime(), f.shippedTotal());
      default -> decimal(metric);
    };
  }

  /**
   * Whether the period holds no data at all: no paid order and no page view (the report's "no
   * data", and what {@code metrics} explains with the days the store's orders were paid on).
   */
  public boolean holdsNothing() {
    BigDecimal orders = decimal(Metric.ORDERS);
    BigDecimal pv = decimal(Metric.PV);
    return (orders == null || orders.signum() == 0) && (pv == null || pv.signum() == 0);
  }

  /** {@link #value(Metric)} as a BigDecimal (for comparison and sparklines), or null. */
  public BigDecimal decimal(Metric metric) {
    Object v = value(metric);
    if (v == null) {
      return null;
    }
    return v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Long) v).longValue());
  }
}
