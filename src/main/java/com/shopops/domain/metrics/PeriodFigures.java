package com.shopops.domain.metrics;

/**
 * The raw counts of one period (or date range) that every {@link Metrics} figure is computed from.
 * The store counts them; this record only checks that they are consistent. A boxed field is {@code
 * null} when the store has no data of that kind (no traffic, returns or shipment columns imported);
 * metrics that need it are then {@code null} (empty) as well.
 *
 * @param pv 浏览量: page views, every open or refresh counted (京东商智 / 生意参谋).
 * @param uv 访客数: distinct visitors in the period (a visitor counted once however often they came).
 *     From raw events this is exact over any period.
 * @param uvIsSumOfDaily true when only daily UV figures exist and {@code uv} is their sum over the
 *     period's days — an upper bound that counts a visitor on two days twice; outputs must say so.
 * @param orders paid orders (支付笔数): orders whose payment time falls in the period.
 * @param buyers paying customers (支付买家数 / 成交客户数): distinct customers with a paid order in the
 *     period.
 * @param sales what buyers paid for those orders in minor units (fen), shipping included, refunds
 *     not deducted (生意参谋 支付金额 "含邮费, 支付后退款不剔除"; 京东商智 成交金额 includes 运费).
 * @param refunds refunds issued (refunded_at) in the period, minor units; may belong to orders of
 *     earlier periods, so net sales can be negative.
 * @param refundsReversed refunds taken back in the period (退款冲回), minor units: an order export that
 *     states less refunded than was counted before (its refund before plus the hand refunds paid
 *     since) is taken as it states (tryout24b A2), the difference given back to net sales. The
 *     period's net refunds, {@link #netRefunds}, go below 0 only by these.
 * @param repeatBuyers buyers of the period who also have a paid order before the period starts
 *     (老买家, without 生意参谋's 365-day look-back limit).
 * @param returnedUnits units whose return was requested in the period.
 * @param deliveredUnits units delivered (signed for) in the period.
 * @param shippedOnTime orders shipped in the period no later than their ship-by deadline.
 * @param shippedTotal orders shipped in the period.
 */
public record PeriodFigures(
    Long pv,
    Long uv,
    boolean uvIsSumOfDaily,
    long orders,
    long buyers,
    long sales,
    long refunds,
    long repeatBuyers,
    Long returnedUnits,
    Long deliveredUnits,
    Long shippedOnTime,
    Long shippedTotal,
    long refundsReversed) {

  private static final PeriodFigures ZERO =
      new PeriodFigures(0L, 0L, false, 0, 0, 0, 0, 0, 0L, 0L, 0L, 0L, 0);

  /** Refunds issued less refunds taken back: what net sales takes off sales. */
  public long netRefunds() {
    return Math.subtractExact(refunds, refundsReversed);
  }

  public PeriodFigures {
    nonNegative("pv", pv);
    nonNegative("uv", uv);
    nonNegative("orders", orders);
    nonNegative("buyers", buyers);
    nonNegative("sales", sales);
    nonNegative("refunds", refunds);
    nonNegative("refundsReversed", refundsReversed);
    nonNegative("repeatBuyers", repeatBuyers);
    nonNegative("returnedUnits", returnedUnits);
    nonNegative("deliveredUnits", deliveredUnits);
    nonNegative("shippedOnTime", shippedOnTime);
    nonNegative("shippedTotal", shippedTotal);
    if (buyers > orders) {
      throw new IllegalArgumentException(
          "buyers (" + buyers + ") cannot exceed paid orders (" + orders + ")");
    }
    if (repeatBuyers > buyers) {
      throw new IllegalArgumentException(
          "repeat buyers (" + repeatBuyers + ") cannot exceed buyers (" + buyers + ")");
    }
    if (shippedOnTime != null && shippedTotal != null && shippedOnTime > shippedTotal) {
      throw new IllegalArgumentException(
          "orders shipped on time ("
              + shippedOnTime
              + ") cannot exceed orders shipped ("
              + shippedTotal
              + ")");
    }
  }

  /** A period with no activity at all: every count 0 (rates then come out empty, not 0%). */
  public static PeriodFigures zero() {
    return ZERO;
  }

  private static void nonNegative(String name, Long value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " cannot be negative: " + value);
    }
  }
}
