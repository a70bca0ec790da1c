package com.shopops.domain.sla;

import com.shopops.domain.order.OrderStatus;
import java.time.Instant;

/**
 * When an order's ship-by clock starts (docs/sla.md "When the clock starts"): at its paid time; a
 * cash-on-delivery (货到付款) order's at its order time (下单时间), since it is paid only when the buyer
 * receives it and must be shipped all the same (JD counts a 先货 order at 下单时间, DOMAIN.md §1.3;
 * review13 M5).
 *
 * <p>Cash on delivery is what the order export's payment method says (JD 支付方式 货到付款, Shopify "Cash
 * on Delivery (COD)"), stored with the order. Where the export has no payment method (or the order
 * was imported before shopops kept it), the fallback: an order whose status says it is paid and
 * waiting to ship, with no paid time at all, is read as cash on delivery, as no other order is
 * stored that way (a prepaid order that the status says was paid takes its created time as an
 * inferred paid time on import).
 */
public final class ShipClock {
  private ShipClock() {}

  /**
   * Whether the order is cash on delivery: {@code stated} (true/false) when its export said, else
   * the fallback (status paid, no paid time, {@code paidAt} as stored, inferred or not).
   */
  public static boolean cashOnDelivery(Boolean stated, OrderStatus status, Instant paidAt) {
    if (stated != null) {
      return stated;
    }
    return status == OrderStatus.PAID && paidAt == null;
  }

  /**
   * The clock's start: the order time of a cash-on-delivery order (when it has one), else {@code
   * paidAt} (the paid time the clock may use: null when the order is not paid, or when its paid
   * time was inferred and the store is not configured to count from inferred times).
   */
  public static Instant start(Instant paidAt, Instant createdAt, boolean cashOnDelivery) {
    return fromOrderTime(createdAt, cashOnDelivery) ? createdAt : paidAt;
  }

  /**
   * Whether the clock starts at the order time ({@code createdAt}) rather than a paid time: a
   * cash-on-delivery order with an order time. The sla commands say how many they timed so (the
   * listings' {@code paid_at} column, "clock starts" in a table, holds that order time).
   */
  public static boolean fromOrderTime(Instant createdAt, boolean cashOnDelivery) {
    return cashOnDelivery && createdAt != null;
  }
}
