package com.shopops.domain.returns;

/**
 * What a return refunds when nobody said (办法 Art.16: refunds follow what was actually paid): a
 * return marked refunded without an amount refunds what was paid for its units, pro rata and
 * rounded up to the fen ({@link LinePurchase#paidFor}). An amount already set is kept, a return not
 * refunded keeps 0 (not known yet), and so does one whose order has no known amount.
 */
public final class RefundDefault {
  private RefundDefault() {}

  /** {@code r} with its refund amount filled in when the rule above gives one. */
  public static ReturnRecord apply(ReturnRecord r, OrderFacts order) {
    if (r.status() != ReturnStatus.REFUNDED || r.refundAmount() != 0) {
      return r;
    }
    LinePurchase bought = order.purchase(r.sku(), r.quantity());
    return bought == null ? r : r.withRefundAmount(bought.paidFor(r.quantity()));
  }
}
