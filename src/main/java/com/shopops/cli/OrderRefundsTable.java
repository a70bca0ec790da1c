package com.shopops.cli;

import static com.shopops.text.Grouping.money;

import com.shopops.app.orders.OrderDetail;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.render.Column;
import com.shopops.render.Messages;
import com.shopops.render.Table;

/**
 * The `refunds` block of `orders show` (tryout24b A8): each refund figure on its own row — what the
 * order's export states (退款金额 / Shopify refunds, and when it stated it), each return's refund with
 * its id — then what the order has been refunded in all (as net sales counts it) and what is still
 * refundable. Null when the order has no refund.
 */
final class OrderRefundsTable {
  private OrderRefundsTable() {}

  static Table of(OrderDetail detail, Messages m) {
    var refunded = detail.refunded();
    Table t =
        new Table(
            Column.text("refund"),
            Column.text("return_id"),
            Column.timestamp("refunded_at"),
            Column.money("amount"));
    if (refunded.stated() > 0) {
      t.addRow("order-export", null, refunded.statedAt(), refunded.stated());
    }
    long byReturns = 0;
    for (OrderDetail.Return r : detail.returns()) {
      ReturnRecord rec = r.record();
      if (rec.counts() && rec.refundedAt() != null && rec.refundAmount() > 0) {
        t.addRow("return", rec.returnId(), rec.refundedAt(), rec.refundAmount());
        byReturns += rec.refundAmount();
      }
    }
    if (t.rows().isEmpty() && refunded.total() == 0) {
      return null;
    }
    t.addRow("total-refunded", null, null, refunded.total());
    Long total = detail.order().total();
    if (total != null) {
      t.addRow("still-refundable", null, null, Math.max(0, total - refunded.total()));
    }
    long overlap = refunded.stated() + byReturns - refunded.total();
    if (refunded.stated() > 0 && byReturns > 0 && overlap > 0) {
      // the export's figure already holds returns paid before it stated it: counted once
      t.addNote(m.get("note.order_refund_overlap", money(refunded.stated()), money(overlap)));
    }
    return t;
  }
}
