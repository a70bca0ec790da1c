package com.shopops.domain.metrics;

/**
 * The figures of {@code metrics} in output order, with their csv/json column names. The column
 * {@code period} comes before them and is not a metric.
 */
public enum Metric {
  PV("pv", Kind.COUNT, true),
  UV("uv", Kind.COUNT, true),
  ORDERS("orders", Kind.COUNT, true),
  BUYERS("buyers", Kind.COUNT, true),
  SALES("sales", Kind.MONEY, true),
  NET_SALES("net_sales", Kind.MONEY, true),
  CONVERSION_RATE("conversion_rate", Kind.RATE, true),
  ORDER_CONVERSION_RATE("order_conversion_rate", Kind.RATE, true),
  SALES_PER_BUYER("sales_per_buyer", Kind.MONEY, true),
  AOV("aov", Kind.MONEY, true),
  REPEAT_RATE("repeat_rate", Kind.RATE, true),
  RETURN_RATE("return_rate", Kind.RATE, false),
  ON_TIME_SHIP_RATE("on_time_ship_rate", Kind.RATE, true);

  /**
   * How a value is held: counts as Long, money as Long minor units, rates as BigDecimal fractions.
   */
  public enum Kind {
    COUNT,
    MONEY,
    RATE
  }

  private final String column;
  private final Kind kind;
  private final boolean higherIsBetter;

  Metric(String column, Kind kind, boolean higherIsBetter) {
    this.column = column;
    this.kind = kind;
    this.higherIsBetter = higherIsBetter;
  }

  /** The csv/json column name, e.g. {@code sales_per_buyer}. */
  public String column() {
    return column;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Whether the metric has a value for one traffic channel ({@code --channel}): the conversion
   * rates divide the whole store's buyers and orders (orders carry no channel) and so are left
   * empty; every other metric is either the channel's (PV, UV) or the store's.
   */
  public boolean appliesToChannel() {
    return this != CONVERSION_RATE && this != ORDER_CONVERSION_RATE;
  }

  /**
   * Whether the metric has a value for a marketplace's channel ({@code --channel tmall}, {@code
   * jd}): its orders are known by the export they came from, so every metric but the return rate
   * and the on-time ship rate (returns and shipping are counted for the whole store) is the
   * channel's.
   */
  public boolean appliesToPlatform() {
    return this != RETURN_RATE && this != ON_TIME_SHIP_RATE;
  }

  /** False only for the return rate: a rising return rate is bad news. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
