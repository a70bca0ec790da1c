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
 * @param refundOnly null for a return of goods; else the amount (fen) the buyer asks back of a
 *     refund without goods back (仅退款, 价保: review19 V19), a return of 0 units
 */
public record NewReturn(
    String orderId,
    String sku,
    int quantity,
    ReturnReason reason,
    Instant at,
    String returnId,
    String agent,
    Long refundOnly) {
  /** A return of goods. */
  public NewReturn(
      String orderId,
      String sku,
      int quantity,
      ReturnReason reason,
      Instant at,
      String returnId,
      String agent) {
    this(orderId, sku, quantity, reason, at, returnId, agent, null);
  }

  /** Recorded by the store's user. */
  public NewReturn(
      String orderId, String sku, int quantity, ReturnReason reason, Instant at, String returnId) {
    this(orderId, sku, quantity, reason, at, returnId, null);
  }
}
