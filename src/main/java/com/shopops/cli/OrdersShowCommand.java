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
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    description = {
      "One order: its fields, its line items, its returns and its refunds.",
      "json gives one object with \"lines\", \"returns\" and \"refunds\" arrays; csv/tsv give "
          + "the order's fields (header and one row), then after a blank line and a `# lines` "
          + "line the line items, then `# returns` and the returns when it has any, then "
          + "`# refunds`: what its export states, each return's refund, the total refunded and "
          + "what is still refundable, when it has been refunded."
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
      Table head = head(detail);
      OrderShowNotes.of(detail, messages(), store.zone(), store.location()).forEach(head::addNote);
      Table lineTable = lines(detail, messages());
      var stated = detail.stated();
      if (stated != null) {
        // no 宝贝报表 yet: the 订单报表's 宝贝标题 and 宝贝总数量 (V045)
        lineTable.addNote(
            messages()
                .get(
                    "note.order_items_stated",
                    stated.title() == null ? "—" : stated.title(),
                    stated.quantity() == null ? "—" : stated.quantity()));
      }
      RecordView view = new RecordView(head).addList("lines", lineTable);
      if (!detail.returns().isEmpty()) {
        view.addList("returns", returns(detail));
      }
      Table refunds = OrderRefundsTable.of(detail, messages());
      if (refunds != null) {
        view.addList("refunds", refunds); // each refund figure, in words (tryout24b A8)
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
            Column.money("discount"),
            Column.text("discount_code"),
            Column.money("shipping_fee"),
            Column.money("other_charges"),
            Column.money("total"),
            Column.money("refunded"),
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
        o.discount(),
        o.discountCode(),
        o.shippingFee(),
        o.otherCharges(),
        o.total(),
        detail.refunded().total(),
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
    // the platform's product number (JD 商品编号, Tmall 商品ID) when a line has one
    boolean itemIds = detail.order().lines().stream().anyMatch(l -> l.itemId() != null);
    List<Column> columns =
        new java.util.ArrayList<>(
            List.of(
                Column.text("order_id"),
                Column.integer("line"),
                Column.text("sku"),
                Column.text("title"),
                Column.integer("quantity"),
                Column.decimal("unit_price"), // 0.042: a wholesale price finer than a cent
                Column.money("amount")));
    if (itemIds) {
      columns.add(3, Column.text("item_id"));
    }
    Table lines = new Table(columns);
    int derived = 0;
    int fine = 0;
    int unknown = 0;
    for (OrderLine l : detail.order().lines()) {
      java.math.BigDecimal price =
          l.unitPrice() == null ? null : java.math.BigDecimal.valueOf(l.unitPrice(), 2);
      if (price == null && l.amount() != null && l.quantity() != null && l.quantity() > 0) {
        price = perUnit(l.amount(), l.quantity());
        if (price != null && price.scale() > 2) {
          fine++; // a price finer than a cent: the store keeps the line amount (review12 L19)
        } else if (price != null) {
          derived++; // exact: the export gave only the line amount
        } else {
          unknown++;
        }
      }
      List<Object> row =
          new java.util.ArrayList<>(
              java.util.Arrays.asList(
                  detail.order().orderId(),
                  (long) l.lineNo(),
                  l.sku(),
                  l.title(),
                  l.quantity(),
                  price,
                  l.amount()));
      if (itemIds) {
        row.add(3, l.itemId());
      }
      lines.addRow(row.toArray());
    }
    if (derived > 0) {
      lines.addNote(m.get("note.unit_price_derived", derived));
    }
    if (fine > 0) {
      lines.addNote(m.get("note.unit_price_fine", fine));
    }
    if (unknown > 0) {
      lines.addNote(m.get("note.unit_price_unknown", unknown));
    }
    return lines;
  }

  /**
   * amount / quantity exactly, with at least 2 decimals (4.20 / 100 = 0.042), or null when it does
   * not end within 6 decimals (1.00 / 3).
   */
  private static java.math.BigDecimal perUnit(long amount, long quantity) {
    try {
      java.math.BigDecimal p =
          java.math.BigDecimal.valueOf(amount, 2)
              .divide(java.math.BigDecimal.valueOf(quantity))
              .stripTrailingZeros();
      return p.scale() > 6 ? null : p.setScale(Math.max(2, p.scale()));
    } catch (ArithmeticException e) {
      return null; // no exact decimal
    }
  }

  private static Table returns(OrderDetail detail) {
    Table returns = ReturnsTable.of();
    for (OrderDetail.Return r : detail.returns()) {
      ReturnsTable.add(returns, r.record(), r.outsideWindow(), r.notEligible());
    }
    return returns;
  }
}
