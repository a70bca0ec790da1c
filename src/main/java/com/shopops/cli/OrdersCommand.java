package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.OrderStatus;
import com.shopops.render.Column;
import com.shopops.render.RecordView;
import com.shopops.render.Table;
import com.shopops.store.OrderQueries;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "orders",
    description = "List and look up orders.",
    subcommands = {OrdersCommand.List.class, OrdersCommand.Show.class})
final class OrdersCommand {

  /** The columns of an order in list output: the names the generic import layout reads back. */
  static Table orderTable() {
    return new Table(
        Column.text("order_id"), Column.text("customer_id"), Column.timestamp("created_at"),
        Column.timestamp("paid_at"), Column.timestamp("shipped_at"),
        Column.timestamp("delivered_at"), Column.text("status"), Column.money("amount"),
        Column.money("shipping_fee"), Column.money("total"), Column.integer("items"),
        Column.text("carrier"), Column.text("tracking_no"), Column.text("province"),
        Column.text("city"), Column.text("region"));
  }

  static String status(Order o) {
    return o.status() == null ? o.platformStatus() : o.status().code();
  }

  @Command(
      name = "list",
      description = "Orders placed in a period, oldest first.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops orders list --from 2026-11-01 --to 2026-11-20",
        "  shopops orders list --status paid --format csv > to-ship.csv",
        "  shopops orders list --customer C00042"
      })
  static final class List extends BaseCommand {
    @Option(names = "--from", paramLabel = "DATE", description = "Placed on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Placed on or before this day.")
    String to;

    @Option(names = "--status", paramLabel = "STATUS",
        description = "pending, paid, shipped, delivered, completed, cancelled or refunded.")
    String status;

    @Option(names = "--customer", paramLabel = "ID", description = "One customer's orders.")
    String customer;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      String st = null;
      if (status != null) {
        st = OrderStatus.parse(status).map(OrderStatus::code).orElseThrow(() -> new UserException(
            ExitCodes.USAGE, "--status: unknown status \"" + status + "\"",
            "use one of " + Arrays.stream(OrderStatus.values()).map(OrderStatus::code)
                .collect(Collectors.joining(", "))));
      }
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant[] period = period(from, to, zone);
        var filter = new OrderQueries.Filter(period[0], period[1], st, customer, output.limit);
        Table table = orderTable();
        for (OrderQueries.Listed l : new OrderQueries(store).list(filter)) {
          Order o = l.order();
          table.addRow(o.orderId(), o.customerId(), o.createdAt(), o.paidAt(), o.shippedAt(),
              o.deliveredAt(), status(o), o.amount(), o.shippingFee(), o.total(),
              (long) l.lineCount(), o.carrier(), o.trackingNo(), o.province(), o.city(),
              o.region());
        }
        render(table, output, zone);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      description = {"One order: its fields, its line items and its returns.",
        "json gives one object with \"lines\" and \"returns\" arrays; csv gives the line items,",
        "each with its order_id (`orders list` has the order fields)."},
      footerHeading = "%nExample:%n",
      footer = {"  shopops orders show SO202611010001"})
  static final class Show extends BaseCommand {
    @Parameters(paramLabel = "ORDER_ID", description = "The order id.")
    String orderId;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        Order o = new OrderQueries(store).find(orderId).orElseThrow(() -> new UserException(
            ExitCodes.BAD_INPUT, "no order " + orderId + " in " + store.path(), null));
        Table head = new Table(Column.text("order_id"), Column.text("customer_id"),
            Column.timestamp("created_at"), Column.timestamp("paid_at"),
            Column.timestamp("shipped_at"), Column.timestamp("delivered_at"),
            Column.timestamp("completed_at"), Column.timestamp("cancelled_at"),
            Column.text("status"), Column.text("platform_status"), Column.money("amount"),
            Column.money("shipping_fee"), Column.money("total"), Column.text("currency"),
            Column.text("carrier"), Column.text("tracking_no"), Column.text("province"),
            Column.text("city"), Column.text("region"), Column.text("source"));
        head.addRow(o.orderId(), o.customerId(), o.createdAt(), o.paidAt(), o.shippedAt(),
            o.deliveredAt(), o.completedAt(), o.cancelledAt(), status(o), o.platformStatus(),
            o.amount(), o.shippingFee(), o.total(), o.currency(), o.carrier(), o.trackingNo(),
            o.province(), o.city(), o.region(), o.source());
        Table lines = new Table(Column.text("order_id"), Column.integer("line"),
            Column.text("sku"), Column.text("title"), Column.integer("quantity"),
            Column.money("unit_price"), Column.money("amount"));
        for (OrderLine l : o.lines()) {
          lines.addRow(o.orderId(), (long) l.lineNo(), l.sku(), l.title(), l.quantity(),
              l.unitPrice(), l.amount());
        }
        Table returns = ReturnsCommand.returnTable();
        for (ReturnStore.Stored r : new ReturnStore(store).forOrder(o.orderId())) {
          ReturnsCommand.addReturn(returns, r.record(), r.outsideWindow(), r.notEligible());
        }
        RecordView view = new RecordView(head).addList("lines", lines);
        if (!returns.rows().isEmpty()) {
          view.addList("returns", returns);
        }
        render(view.csvList("lines"), output, store.zone());
      }
      return ExitCodes.OK;
    }
  }
}
