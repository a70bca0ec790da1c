package com.shopops.store;

import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.sla.ShipClock;

/**
 * The ship-by clock's rule ({@link ShipClock}) in SQL, beside the purchase rule ({@link Purchases})
 * and the status codes ({@link OrderStatusSql}) it is spelled with.
 */
final class ShipClockSql {
  private ShipClockSql() {}

  /**
   * Order {@code o}, without a paid time, may be cash on delivery: its export says so (支付方式 货到付款),
   * or, the fallback, its status is paid with no paid time ({@link ShipClock#cashOnDelivery}). Not
   * a purchase yet (it is paid on delivery), but on the ship-by clock from its order time (review13
   * M5, {@link SlaQueries}); the WHERE of V023's partial index orders_unshipped_cod repeats it word
   * for word: {@code (o.cash_on_delivery = 1 OR o.status = 'paid')}.
   */
  static String mayBeCashOnDelivery(String o) {
    return "("
        + o
        + ".cash_on_delivery = 1 OR "
        + o
        + ".status = "
        + OrderStatusSql.literal(OrderStatus.PAID)
        + ")";
  }
}
