package com.shopops.domain.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as the store keeps it. Money in minor units: {@code amount} is the goods paid (the sum
 * of its lines), {@code total} what the buyer paid including shipping, {@code refunded} what the
 * platform says was refunded. {@code paidAtInferred}: the paid time was not in the export but
 * inferred from a status that says the order was paid ({@link PaidTime}). {@code amountDerived}: 0
 * when the goods amount was in the export, else how it was derived ({@link PaidTotal#READ} and
 * after: the total less shipping, or the order's value); {@code totalDerived}: the total is the
 * order's value (总金额), not what the export says was paid ({@link PaidTotal}). A derived value never
 * replaces one read from a column.
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
    List<OrderLine> lines,
    boolean paidAtInferred,
    Long refunded,
    String paymentMethod,
    int amountDerived,
    boolean totalDerived) {

  /** An order whose paid time, if any, was in the export, with no refund stated. */
  public Order(
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
    this(
        orderId,
        customerId,
        createdAt,
        paidAt,
        shippedAt,
        deliveredAt,
        completedAt,
        cancelledAt,
        carrier,
        trackingNo,
        status,
        platformStatus,
        amount,
        shippingFee,
        total,
        currency,
        province,
        city,
        region,
        source,
        lines,
        false,
        null,
        null,
        0,
        false);
  }

  /** The status as output shows it: our code ({@code paid}), else the platform's own words. */
  public String statusText() {
    return status == null ? platformStatus : status.code();
  }
}
