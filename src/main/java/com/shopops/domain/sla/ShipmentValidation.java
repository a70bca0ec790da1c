package com.shopops.domain.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a shipment row before it is stored; a reason means the row is rejected (bad input,
 * docs/sla.md "a delivered time before the shipped time (a reject with a reason)"). The importer adds
 * {@code FILE:LINE: column:} in front.
 *
 * <p>Delivered at the same instant as shipped is accepted (same-city couriers, coarse timestamps).
 * Shipped before paid is accepted too: cash-on-delivery (货到付款) orders are paid after shipping.
 */
public final class ShipmentValidation {
  public static final String DELIVERED_BEFORE_SHIPPED = "delivered_at is before shipped_at";

  private ShipmentValidation() {}

  /** The reason to reject the row, or empty when it is acceptable. Nulls are never a reason. */
  public static Optional<String> rejectReason(Instant shippedAt, Instant deliveredAt) {
    if (shippedAt != null && deliveredAt != null && deliveredAt.isBefore(shippedAt)) {
      return Optional.of(DELIVERED_BEFORE_SHIPPED);
    }
    return Optional.empty();
  }
}
