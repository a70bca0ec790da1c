package com.shopops.domain.lists;

import com.shopops.domain.sla.ShippingStatus;
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
    AT_RISK;

    /**
     * Which orders the delay list tells: at risk (the deadline is near), overdue, or breached (past
     * the hard limit: still unshipped, so still worth an apology). Null for every other status —
     * not yet at risk, shipped, unpaid or excluded.
     */
    public static Status of(ShippingStatus s) {
      return switch (s) {
        case AT_RISK -> AT_RISK;
        case OVERDUE, BREACHED -> OVERDUE;
        default -> null;
      };
    }
  }

  public DelayedOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(shipBy, "shipBy");
  }
}
