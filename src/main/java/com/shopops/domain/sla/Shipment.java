package com.shopops.domain.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One shipment record as imported ({@code import shipments}): the order it ships, carrier and
 * tracking number (运单号), outbound/shipped time (出库/发货), delivered/signed time (签收), an optional
 * estimated delivery time, and the promised ship date of a presale (预售) order. Every field but
 * {@code orderId} may be null; a later record fills or replaces what it states and never erases
 * what it leaves out.
 */
public record Shipment(
    String orderId,
    String carrier,
    String trackingNo,
    Instant shippedAt,
    Instant deliveredAt,
    Instant estimatedDeliveryAt,
    LocalDate promisedShipDate) {

  public Shipment {
    Objects.requireNonNull(orderId, "orderId");
  }
}
