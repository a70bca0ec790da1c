package com.shopops.domain.returns;

import java.util.List;

/**
 * What a return refunds when nobody said (办法 Art.16: refunds follow what was actually paid): a
 * return marked refunded without an amount refunds what was paid for its units, pro rata and
 * rounded up to the fen ({@link LinePurchase#paidFor}). An amount already set is kept, a return not
 * refunded keeps 0 (not known yet), and so does one whose order has no known amount.
 */
public final class RefundDefault {
  private RefundDefault() {}

  /**
   * {@code r} with its refund amount filled in when the rule above gives one, never more than what
   * is left of the order's paid total after the other returns of the order ({@code orderReturns}; a
   * stored version of {@code r} is skipped by id): a coupon makes the order's total less than its
   * lines' list amounts.
   */
  public static ReturnRecord apply(
      ReturnRecord r, OrderFacts order, List<ReturnRecord> orderReturns) {
    if (r.status() != ReturnStatus.REFUNDED || r.refundAmount() != 0) {
      return r;
    }
    LinePurchase bought = order.purchase(r.sku(), r.quantity());
    if (bought == null) {
      return r;
    }
    long refund = bought.paidFor(r.quantity());
    LinePurchase whole = order.purchase(null, 1);
    if (whole != null) {
      List<ReturnRecord> others =
          orderReturns.stream().filter(o -> !o.returnId().equals(r.returnId())).toList();
      long left = whole.amountPaid() - ReturnValidator.refundedBy(others);
      refund = Math.max(0, Math.min(refund, left));
    }
    return r.withRefundAmount(refund);
  }
}
