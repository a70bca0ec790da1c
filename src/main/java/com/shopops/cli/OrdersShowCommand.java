package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.orders.OrderDetail;
import com.shopops.app.orders.OrderService;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.render.Column;
import com.shopops.render.RecordView;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    description = {
      "One order: its fields, its line items and its returns.",
      "json gives one object with \"lines\" and \"returns\" arrays; csv/tsv give the order's "
          + "fields (header and one row), then after a blank line and a `# lines` line the line "
          + "items, then `# returns` and the returns when it has any."
    },
    footerHeading = "%nExample:%n",
    footer = {"  shopops orders show SO202611010001"})
final class OrdersShowCommand extends BaseCommand {
  @Parameters(paramLabel = "ORDER_ID", description = "The order id.")
  String orderId;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      OrderDetail detail = new OrderService(store).show(orderId);
      RecordView view = new RecordView(head(detail)).addList("lines", lines(detail, messages()));
      if (!detail.returns().isEmpty()) {
        view.addList("returns", returns(detail));
      }
      render(view, output, store.zone());
    }
    return ExitCodes.OK;
  }

  private static Table head(OrderDetail detail) {
    Order o = detail.order();
    Table head =
        new Table(
            Column.text("order_id"),
            Column.text("customer_id"),
            Column.timestamp("created_at"),
            Column.timestamp("paid_at"),
            Column.timestamp("shipped_at"),
            Column.timestamp("delivered_at"),
            Column.timestamp("estimated_delivery_at"),
            Column.date("presale_ship_date"),
            Column.timestamp("completed_at"),
            Column.timestamp("cancelled_at"),
            Column.text("status"),
            Column.text("platform_status"),
            Column.money("amount"),
            Column.money("shipping_fee"),
            Column.money("total"),
            Column.text("currency"),
            Column.text("carrier"),
            Column.text("tracking_no"),
            Column.text("province"),
            Column.text("city"),
            Column.text("region"),
            Column.text("source"));
    head.addRow(
        o.orderId(),
        o.customerId(),
        o.createdAt(),
        o.paidAt(),
        o.shippedAt(),
        o.deliveredAt(),
        detail.estimatedDeliveryAt(),
        detail.presaleShipDate(),
        o.completedAt(),
        o.cancelledAt(),
        o.statusText(),
        o.platformStatus(),
        o.amount(),
        o.shippingFee(),
        o.total(),
        o.currency(),
        o.carrier(),
        o.trackingNo(),
        o.province(),
        o.city(),
        o.region(),
        o.source());
    return head;
  }

  private static Table lines(OrderDetail detail, com.shopops.render.Messages m) {
    Table lines =
        new Table(
            Column.text("order_id"),
            Column.integer("line"),
            Column.text("sku"),
            Column.text("title"),
            Column.integer("quantity"),
            Column.money("unit_price"),
            Column.money("amount"));
    int derived = 0;
    int unknown = 0;
    for (OrderLine l : detail.order().lines()) {
      Long price = l.unitPrice();
      if (price == null && l.amount() != null && l.quantity() != null && l.quantity() > 0) {
        if (l.amount() % l.quantity() == 0) {
          price = l.amount() / l.quantity(); // exact: the export gave only the line amount
          derived++;
        } else {
          unknown++;
        }
      }
      lines.addRow(
          detail.order().orderId(),
          (long) l.lineNo(),
          l.sku(),
          l.title(),
          l.quantity(),
          price,
          l.amount());
    }
    if (derived > 0) {
      lines.addNote(m.get("note.unit_price_derived", derived));
    }
    if (unknown > 0) {
      lines.addNote(m.get("note.unit_price_unknown", unknown));
    }
    return lines;
  }

  private static Table returns(OrderDetail detail) {
    Table returns = ReturnsTable.of();
    for (OrderDetail.Return r : detail.returns()) {
      ReturnsTable.add(returns, r.record(), r.outsideWindow(), r.notEligible());
    }
    return returns;
  }
}
