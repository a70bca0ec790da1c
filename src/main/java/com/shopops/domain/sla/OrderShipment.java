package com.shopops.domain.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the SLA rules need to know about one order and its shipment, as the store reads it.
 *
 * <p>Every field but {@code orderId} may be null when the data does not have it. {@code shippedAt}
 * is the outbound (出库) / shipped time — per Taobao 争议处理规则 Art.25 (DOMAIN.md §3.1) the carrier's
 * first scan when known, else the later of the face-sheet date and the seller's "ship" click; the
 * store chooses. {@code estimatedDeliveryAt} for a date-only estimate is {@link
 * DeliveryPromise#endOfDay}. {@code cancelledBeforeShipping} marks an order cancelled or refunded
 * before it shipped (交易关闭), which is out of scope of the rates.
 */
public record OrderShipment(
    String orderId,
    Instant paidAt,
    LocalDate presaleShipDate,
    Instant shippedAt,
    Instant deliveredAt,
    Instant estimatedDeliveryAt,
    String carrier,
    String province,
    boolean cancelledBeforeShipping) {

  public OrderShipment {
    Objects.requireNonNull(orderId, "orderId");
  }
}
