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
 * @param refundedInFull paid, then all its money went back (cancelled or closed after payment, or
 *     refunded): still a purchase (review13 M9), of 0.00 net, but no satisfied one (review19 V8)
 */
public record Purchase(String orderId, Instant paidAt, long amount, boolean refundedInFull) {
  public Purchase {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(paidAt, "paidAt");
  }

  /** A purchase not known to be refunded in full. */
  public Purchase(String orderId, Instant paidAt, long amount) {
    this(orderId, paidAt, amount, false);
  }
}
