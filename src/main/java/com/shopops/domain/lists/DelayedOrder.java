package com.shopops.domain.lists;

import java.time.Instant;
import java.util.Objects;

/**
 * An unshipped order the SLA module classified as overdue or at risk of its ship-by deadline, for
 * the {@code delay} follow-up: tell the customer before they complain.
 */
public record DelayedOrder(
    String orderId,
    String customerId,
    String customerName,
    String phone,
    Status status,
    Instant shipBy) {

  public enum Status {
    /** Past the ship-by deadline and still not shipped. */
    OVERDUE,
    /** Deadline within the at-risk window. */
    AT_RISK
  }

  public DelayedOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(shipBy, "shipBy");
  }
}
