package com.shopops.cli;

import static com.shopops.text.Grouping.money;

import com.shopops.app.customers.CustomerView;
import com.shopops.render.Messages;
import java.util.List;

/** The note of {@code customers show}'s orders on the refunds lifetime_value is net of. */
final class CustomerRefundsNote {
  private CustomerRefundsNote() {}

  /**
   * What lifetime_value is net of (tryout26b B7: 88.00 beside a 100.00 order and a 5.00 return, the
   * export's 12.00 unseen): each refunded order's refund as net sales counts it, with the export's
   * figure and the returns' refunds it is made of; null when none.
   */
  static String of(List<CustomerView.OrderRow> orders, Messages m) {
    List<String> each = new java.util.ArrayList<>();
    long more = 0;
    for (CustomerView.OrderRow row : orders) {
      var r = row.refunded();
      if (r == null) {
        continue;
      }
      if (each.size() == 5) {
        more++;
        continue;
      }
      each.add(
          m.get(
              "note.customer_refund_of",
              row.order().orderId(),
              money(r.total()),
              money(r.stated()),
              money(r.byReturns())));
    }
    if (each.isEmpty()) {
      return null;
    }
    String list = SaidColumns.listed(m, each);
    return m.get(
        "note.customer_refunds",
        more == 0 ? list : m.get("note.customer_refunds_more", list, more));
  }
}
