package com.shopops.domain.returns;

import java.time.Instant;

/**
 * One delivered line of an order (or the whole order when it has no lines: {@code sku} null), as
 * {@code returns eligible} needs it.
 *
 * @param category null when unknown (no products imported, or a SKU not in them)
 */
public record DeliveredItem(
    String orderId, String customerId, Instant deliveredAt, String sku, String category) {}
