package com.shopops.domain.lists;

import java.time.Instant;
import java.util.Objects;

/** A delivered order, for the {@code satisfaction} follow-up (ask for a review). */
public record DeliveredOrder(
    String orderId,
    String customerId,
    String customerName,
    String phone,
    Instant deliveredAt,
    boolean reviewed,
    boolean hasOpenReturnOrComplaint) {
  public DeliveredOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
  }
}
