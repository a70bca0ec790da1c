package com.shopops.app.sla;

import com.shopops.domain.sla.OrderSla;
import com.shopops.domain.sla.ShippingStatus;

/**
 * One order as the SLA listings show it: its classification and who ordered it; {@code
 * clockFromOrderTime}: a cash-on-delivery order timed from its order time (its {@code paid_at}, the
 * clock's start, is that time; {@code ShipClock}).
 */
public record SlaOrder(OrderSla sla, String customerId, boolean clockFromOrderTime) {
  public String orderId() {
    return sla.order().orderId();
  }

  public ShippingStatus status() {
    return sla.shipping();
  }
}
