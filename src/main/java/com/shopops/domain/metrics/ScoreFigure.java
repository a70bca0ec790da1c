package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The raw figures behind the scorecard, each with its capability, unit, default thresholds, default
 * weight inside its capability (the weights of a capability sum to 1) and a one-line suggestion for
 * the diagnosis. Defaults are judgement calls for a typical small JD/Taobao shop — platform scoring
 * rules are not public (DOMAIN §3.4) — and every one is configuration ({@link ScorePolicy}).
 *
 * <pre>
 * figure                         unit      poor   good   weight
 * product_info_completeness      fraction  0.70   0.95   0.50   SKUs with title, category, price, description and image
 * in_stock_rate                  fraction  0.80   0.98   0.50   listed SKUs with stock &gt; 0
 * median_ship_hours              hours     48     12     0.30   median paid → shipped
 * on_time_ship_rate              fraction  0.85   0.98   0.40   shipped by the ship-by deadline / shipped
 * on_time_delivery_rate          fraction  0.80   0.95   0.30   delivered by the promise / delivered
 * median_return_hours            hours     72     24     0.50   median return requested → approved or rejected
 * refund_on_time_rate            fraction  0.90   1.00   0.50   refunded within refund_within of receipt / refunded
 * rating_description             1–5       4.0    4.8    0.15   average 描述相符
 * rating_service                 1–5       4.0    4.8    0.15   average 服务态度
 * rating_logistics               1–5       4.0    4.8    0.15   average 物流服务
 * repeat_rate                    fraction  0.05   0.30   0.30   buyers with an earlier order / buyers
 * complaint_rate                 fraction  0.02   0.002  0.25   complaints / orders
 * </pre>
 */
public enum ScoreFigure {
  PRODUCT_INFO_COMPLETENESS(
      Capability.PRE_SALE,
      "product_info_completeness",
      "Product info completeness",
      Unit.FRACTION,
      "0.70",
      "0.95",
      "0.50",
      "Complete titles, categories, main images and descriptions of listed SKUs (商品信息完整度)."),
  IN_STOCK_RATE(
      Capability.PRE_SALE,
      "in_stock_rate",
      "In-stock rate",
      Unit.FRACTION,
      "0.80",
      "0.98",
      "0.50",
      "Restock or delist out-of-stock SKUs before they waste traffic (缺货/断货)."),
  MEDIAN_SHIP_HOURS(
      Capability.IN_SALE,
      "median_ship_hours",
      "Median hours paid to shipped",
      Unit.HOURS,
      "48",
      "12",
      "0.30",
      "Ship faster: print waybills in batches and ship orders paid before the cutoff the same day (发货时效)."),
  ON_TIME_SHIP_RATE(
      Capability.IN_SALE,
      "on_time_ship_rate",
      "On-time ship rate",
      Unit.FRACTION,
      "0.85",
      "0.98",
      "0.40",
      "Work the `sla at-risk` list every morning so orders ship before their deadline (按时发货率)."),
  ON_TIME_DELIVERY_RATE(
      Capability.IN_SALE,
      "on_time_delivery_rate",
      "On-time delivery rate",
      Unit.FRACTION,
      "0.80",
      "0.95",
      "0.30",
      "Check which carriers and provinces deliver late and switch or renegotiate carriers (物流时效)."),
  MEDIAN_RETURN_HOURS(
      Capability.AFTER_SALE,
      "median_return_hours",
      "Median hours to handle a return request",
      Unit.HOURS,
      "72",
      "24",
      "0.50",
      "Approve or reject return requests within a day; check `returns open` daily (售后处理时效)."),
  REFUND_ON_TIME_RATE(
      Capability.AFTER_SALE,
      "refund_on_time_rate",
      "Refunds on time",
      Unit.FRACTION,
      "0.90",
      "1.00",
      "0.50",
      "Refund within 7 days of receiving returned goods; see `returns overdue` (退款时效)."),
  RATING_DESCRIPTION(
      Capability.CUSTOMER_RELATIONSHIP,
      "rating_description",
      "Rating: item as described",
      Unit.RATING,
      "4.0",
      "4.8",
      "0.15",
      "Make photos, sizes and descriptions match the goods (宝贝与描述相符)."),
  RATING_SERVICE(
      Capability.CUSTOMER_RELATIONSHIP,
      "rating_service",
      "Rating: service",
      Unit.RATING,
      "4.0",
      "4.8",
      "0.15",
      "Answer customer chat faster and follow up on open questions (卖家服务态度)."),
  RATING_LOGISTICS(
      Capability.CUSTOMER_RELATIONSHIP,
      "rating_logistics",
      "Rating: logistics",
      Unit.RATING,
      "4.0",
      "4.8",
      "0.15",
      "Improve packing and carrier choice; warn buyers of delays early (物流服务质量)."),
  REPEAT_RATE(
      Capability.CUSTOMER_RELATIONSHIP,
      "repeat_rate",
      "Repeat purchase rate",
      Unit.FRACTION,
      "0.05",
      "0.30",
      "0.30",
      "Bring buyers back with follow-ups, member tiers and targeted promotions (复购率)."),
  COMPLAINT_RATE(
      Capability.CUSTOMER_RELATIONSHIP,
      "complaint_rate",
      "Complaint rate",
      Unit.FRACTION,
      "0.02",
      "0.002",
      "0.25",
      "Read the latest complaints and fix their most common cause (投诉率).");

  /** What a raw value measures. */
  public enum Unit {
    /** 0–1, e.g. 0.9650. */
    FRACTION,
    /** Hours, e.g. 18.5. */
    HOURS,
    /** An average star rating, 1–5. */
    RATING
  }

  private final Capability capability;
  private final String key;
  private final String label;
  private final Unit unit;
  private final Threshold defaultThreshold;
  private final BigDecimal defaultWeight;
  private final String suggestion;

  ScoreFigure(
      Capability capability,
      String key,
      String label,
      Unit unit,
      String poor,
      String good,
      String weight,
      String suggestion) {
    this.capability = capability;
    this.key = key;
    this.label = label;
    this.unit = unit;
    this.defaultThreshold = Threshold.of(poor, good);
    this.defaultWeight = new BigDecimal(weight);
    this.suggestion = suggestion;
  }

  public Capability capability() {
    return capability;
  }

  /** Configuration and json key, e.g. {@code median_ship_hours}. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public Unit unit() {
    return unit;
  }

  public Threshold defaultThreshold() {
    return defaultThreshold;
  }

  /** Default weight inside the figure's capability. */
  public BigDecimal defaultWeight() {
    return defaultWeight;
  }

  /** What to do when this figure is weak or falling: one line, English with the Chinese term. */
  public String suggestion() {
    return suggestion;
  }

  /** Looks a figure up by its {@link #key()}. */
  public static ScoreFigure byKey(String key) {
    for (ScoreFigure f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown score figure \"" + key + "\"");
  }
}
