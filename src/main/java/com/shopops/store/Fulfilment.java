package com.shopops.store;

import com.shopops.domain.order.OrderStatus;

/**
 * The ONE answer to "when did this order ship, and when was it delivered": every report, list and
 * check reads these expressions, so two reports of one store never disagree.
 *
 * <p>The rule: a shipment record ({@code import shipments}: a carrier or warehouse export, the
 * first carrier scan) wins field by field over the order export's own shipped/delivered time and
 * carrier; the order export's value is used when the shipment record has none. Taobao's dispute
 * rules take the carrier's recorded time first for the same reason (see docs/sla.md).
 *
 * <p>Each expression reads an {@code orders} row aliased {@code o} left-joined to its {@code
 * shipments} row aliased {@code s}, as {@link #FROM} writes it.
 */
public final class Fulfilment {
  private Fulfilment() {}

  /** Orders with their shipment records: {@code o} and {@code s}. */
  public static final String FROM = "orders o LEFT JOIN shipments s ON s.order_id = o.order_id";

  /** When the order shipped (出库 / first carrier scan), epoch seconds. */
  public static final String SHIPPED_AT = "coalesce(s.shipped_at, o.shipped_at)";

  /** When the buyer signed for it (签收), epoch seconds. */
  public static final String DELIVERED_AT = "coalesce(s.delivered_at, o.delivered_at)";

  /**
   * {@code o.order_id IN (…)}: the orders that either table shows delivered in {@code [?, ?]} (the
   * bounds bound twice: from, to, from, to), read through the indexes {@code orders_delivered} and
   * {@code shipments_delivered} (V018). Every order whose {@link #DELIVERED_AT} is in the range is
   * among them (its time is one of the two); a caller keeps the condition on {@link #DELIVERED_AT}
   * too, which drops the orders whose other time overrides the one in range.
   */
  public static final String DELIVERED_CANDIDATES =
      "o.order_id IN (SELECT order_id FROM orders WHERE delivered_at BETWEEN ? AND ?"
          + " UNION SELECT order_id FROM shipments WHERE delivered_at BETWEEN ? AND ?)";

  /**
   * {@code o.order_id IN (…)}: the orders that either table shows shipped in {@code [?, ?]} (the
   * bounds bound twice: from, to, from, to), read through the indexes {@code orders_shipped} and
   * {@code shipments_shipped} (V022), as {@link #DELIVERED_CANDIDATES} for the delivered time; a
   * caller keeps the condition on {@link #SHIPPED_AT} too.
   */
  public static final String SHIPPED_CANDIDATES =
      "o.order_id IN (SELECT order_id FROM orders WHERE shipped_at BETWEEN ? AND ?"
          + " UNION SELECT order_id FROM shipments WHERE shipped_at BETWEEN ? AND ?)";

  /** Who carried it. */
  public static final String CARRIER = "coalesce(s.carrier, o.carrier)";

  /** Its tracking number. */
  public static final String TRACKING_NO = "coalesce(s.tracking_no, o.tracking_no)";

  /**
   * The status an order is shown and filtered by: the stored status, moved up to {@code shipped} /
   * {@code delivered} when a shipped / delivered time above says it got that far (a paid order a
   * carrier's file shows shipped is shipped). Importing shipments never changes the stored status;
   * a status we do not know (null) stays so, and cancelled, refunded, completed stay what they are.
   */
  public static final String STATUS =
      "CASE"
          + movedUp(DELIVERED_AT, OrderStatus.DELIVERED)
          + movedUp(SHIPPED_AT, OrderStatus.SHIPPED)
          + " ELSE o.status END";

  /** {@code WHEN <time> IS NOT NULL AND <a known status ranked below to> THEN '<to>'}. */
  private static String movedUp(String time, OrderStatus to) {
    return " WHEN %s IS NOT NULL AND %s BETWEEN 0 AND %d THEN %s"
        .formatted(
            time, OrderStatusSql.rank("o.status"), to.rank() - 1, OrderStatusSql.literal(to));
  }
}
