package com.shopops.cli;

import com.shopops.app.orders.OrderService;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.render.Column;
import com.shopops.render.Table;
import java.util.List;

/**
 * {@code orders list --lines}: a row per line item with its order repeated, in the generic import
 * layout's names, so that the listing imports back into the same orders, lines and amounts (an
 * order's amount is the sum of its rows'; {@code line_no} keeps two equal lines two).
 */
final class OrderLinesTable {
  private OrderLinesTable() {}

  static Table of(List<OrderService.LineRow> rows) {
    Table t =
        new Table(
                Column.text("order_id"),
                Column.integer("line_no"),
                Column.text("customer_id"),
                Column.timestamp("created_at"),
                Column.timestamp("paid_at"),
                Column.timestamp("shipped_at"),
                Column.timestamp("delivered_at"),
                Column.timestamp("completed_at"),
                Column.timestamp("cancelled_at"),
                Column.text("status"),
                Column.text("sku"),
                Column.text("title"),
                Column.integer("quantity"),
                Column.money("unit_price"),
                Column.money("amount"),
                Column.money("discount"), // the order's, on each of its rows (read once)
                Column.money("shipping_fee"),
                Column.money("total"),
                Column.text("currency"),
                Column.text("carrier"),
                Column.text("tracking_no"),
                Column.text("province"),
                Column.text("city"))
            .defaultColumns("order_id", "created_at", "status", "sku", "quantity", "amount")
            .defaultSort("-created_at"); // as orders list: the newest orders first in a terminal
    for (OrderService.LineRow r : rows) {
      Order o = r.order();
      OrderLine l = r.line();
      t.addRow(
          o.orderId(),
          l == null ? null : (long) l.lineNo(),
          o.customerId(),
          o.createdAt(),
          o.paidAt(),
          o.shippedAt(),
          o.deliveredAt(),
          o.completedAt(),
          o.cancelledAt(),
          o.statusText(),
          l == null ? null : l.sku(),
          l == null ? null : l.title(),
          l == null ? null : l.quantity(),
          l == null ? null : l.unitPrice(),
          r.amount(),
          o.discount(),
          o.shippingFee(),
          o.total(),
          o.currency(),
          o.carrier(),
          o.trackingNo(),
          o.province(),
          o.city());
    }
    return t;
  }
}
