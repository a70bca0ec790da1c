package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReason;
import java.time.Instant;

/**
 * A return request to record ({@code returns add}).
 *
 * @param sku null: the order's only SKU
 * @param at when the buyer asked
 * @param returnId null: {@code RT} + request date + a number
 * @param agent who records it (--agent, else the store's user: the database user on PostgreSQL, the
 *     login name for a file)
 */
public record NewReturn(
    String orderId,
    String sku,
    int quantity,
    ReturnReason reason,
    Instant at,
    String returnId,
    String agent) {
  /** Recorded by the store's user. */
  public NewReturn(
      String orderId, String sku, int quantity, ReturnReason reason, Instant at, String returnId) {
    this(orderId, sku, quantity, reason, at, returnId, null);
  }
}
