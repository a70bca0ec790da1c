package com.shopops.domain.customers;

import java.time.Instant;
import java.util.Objects;

/**
 * One paid order of a customer, as the customer calculations see it.
 *
 * @param orderId the order id (text, as every id in shopops)
 * @param paidAt when the order was paid (付款时间); unpaid orders are not purchases
 * @param amount what the order brought in, in minor units (fen), net of refunds when the store
 *     knows them; may be zero or negative after a full refund
 */
public record Purchase(String orderId, Instant paidAt, long amount) {
  public Purchase {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(paidAt, "paidAt");
  }
}
