package com.shopops.domain.returns;

import com.shopops.domain.order.Platform;
import java.time.Instant;

/**
 * One delivered line of an order (or the whole order when it has no lines: {@code sku} null), as
 * {@code returns eligible} needs it.
 *
 * @param category null when unknown (no products imported, or a SKU not in them)
 * @param platform the order's marketplace, null for none: its window may differ ({@link
 *     ReturnPolicy#forPlatform})
 */
public record DeliveredItem(
    String orderId,
    String customerId,
    Instant deliveredAt,
    String sku,
    String category,
    Platform platform) {

  /** A line of an order of no marketplace. */
  public DeliveredItem(
      String orderId, String customerId, Instant deliveredAt, String sku, String category) {
    this(orderId, customerId, deliveredAt, sku, category, null);
  }
}
