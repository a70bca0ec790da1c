package com.shopops.domain.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as the store keeps it. Money in minor units: {@code amount} is the goods paid (the sum
 * of its lines), {@code total} what the buyer paid including shipping.
 */
public record Order(
    String orderId,
    String customerId,
    Instant createdAt,
    Instant paidAt,
    Instant shippedAt,
    Instant deliveredAt,
    Instant completedAt,
    Instant cancelledAt,
    String carrier,
    String trackingNo,
    OrderStatus status,
    String platformStatus,
    Long amount,
    Long shippingFee,
    Long total,
    String currency,
    String province,
    String city,
    String region,
    String source,
    List<OrderLine> lines) {

  /** The status as output shows it: our code ({@code paid}), else the platform's own words. */
  public String statusText() {
    return status == null ? platformStatus : status.code();
  }
}
