package com.shopops.domain.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times of an order that cannot all be true. They are not a reason to refuse a row (a carrier scan
 * recorded before the warehouse scan is messy data, not an error): the row is imported as it is, an
 * anomaly is recorded, and the SLA figures leave the impossible duration out (no negative hours in
 * a median, no delivery time that precedes shipping).
 *
 * <p>Delivered at the same instant as shipped is plausible (same-city couriers, coarse timestamps).
 * Shipped before paid is recorded (a marketplace approves payment before the carrier picks up) but
 * may be a cash-on-delivery (货到付款) order, paid after shipping.
 */
public final class ShipmentValidation {
  public static final String DELIVERED_BEFORE_SHIPPED = "delivered_at is before shipped_at";
  public static final String SHIPPED_BEFORE_PAID = "shipped_at is before paid_at";

  private ShipmentValidation() {}

  /** One implausible pair of times: {@code later} should not be before {@code earlier}. */
  public record Anomaly(
      String code,
      String message,
      String laterField,
      Instant later,
      String earlierField,
      Instant earlier,
      String note) {}

  /** The implausible pairs among these times, most serious first; nulls are never implausible. */
  public static List<Anomaly> anomalies(Instant paid, Instant shipped, Instant delivered) {
    List<Anomaly> out = new ArrayList<>(0);
    if (shipped != null && delivered != null && delivered.isBefore(shipped)) {
      out.add(
          new Anomaly(
              "delivered-before-shipped",
              DELIVERED_BEFORE_SHIPPED,
              "delivered",
              delivered,
              "shipped",
              shipped,
              null));
    }
    if (paid != null && shipped != null && shipped.isBefore(paid)) {
      out.add(
          new Anomaly(
              "shipped-before-paid",
              SHIPPED_BEFORE_PAID,
              "shipped",
              shipped,
              "paid",
              paid,
              "cash on delivery?"));
    }
    return out;
  }

  /** Why delivered-before-shipped times are implausible, or empty; nulls are never a reason. */
  public static Optional<String> rejectReason(Instant shippedAt, Instant deliveredAt) {
    if (shippedAt != null && deliveredAt != null && deliveredAt.isBefore(shippedAt)) {
      return Optional.of(DELIVERED_BEFORE_SHIPPED);
    }
    return Optional.empty();
  }
}
