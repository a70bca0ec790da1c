package com.shopops.app.sla;

import com.shopops.domain.sla.OrderSla;
import com.shopops.domain.sla.ShippingStatus;

/** One order as the SLA listings show it: its classification and who ordered it. */
public record SlaOrder(OrderSla sla, String customerId) {
  public String orderId() {
    return sla.order().orderId();
  }

  public ShippingStatus status() {
    return sla.shipping();
  }
}
