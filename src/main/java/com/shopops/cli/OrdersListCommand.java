package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.orders.OrderService;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.order.StatusFilter;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "list",
    header = "Orders placed in a period, by created day (else paid day).",
    description = {
      "Orders placed in a period (created day, else paid day): newest first in a terminal "
          + "table, oldest first (then by order id) in csv, tsv, json and xlsx; --sort to change.",
      "--status takes our codes or a platform's words (待发货, wc-processing, …); "
          + "partially_refunded: the orders refunded in part, whatever their status; "
          + "refunded: also those refunded in full (a return's refund, a paid order closed).",
      "--lines: a row per line item, the order repeated, which `import orders` reads back."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops orders list --from 2026-11-01 --to 2026-11-20",
      "  shopops orders list --status paid --format csv > to-ship.csv",
      "  shopops orders list --customer C00042",
      "  shopops orders list --lines --format csv > lines.csv"
    })
final class OrdersListCommand extends BaseCommand {
  @Mixin PeriodOptions period;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      converter = StatusConverter.class,
      completionCandidates = StatusCodes.class,
      description = "${COMPLETION-CANDIDATES}.")
  StatusFilter status;

  @Option(names = "--customer", paramLabel = "ID", description = "One customer's orders.")
  String customer;

  @Option(
      names = "--lines",
      description = "A row per line item (sku, quantity, amount), the order's columns repeated.")
  boolean lines;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      var query =
          new OrderService.ListQuery(
              period.span(zone), status, customer, fetchLimit(output, NEWEST_FIRST));
      if (lines) {
        render(OrderLinesTable.of(new OrderService(store).lines(query)), output, zone);
        return ExitCodes.OK;
      }
      // the partly refunded orders: what each was refunded (review20 X17); not in the other lists,
      // whose csv the generic import layout reads back, where refunded is an order field
      boolean refunds = status != null && status.partiallyRefunded();
      Table table = table(refunds);
      if (refunds) {
        table.addNote(messages().get("note.orders_refunded_column"));
      }
      Set<String> currencies = new HashSet<>();
      OrderService.Listing listing = new OrderService(store).listing(query);
      if (listing.readAsCode()) {
        table.addNote(
            "no order's platform status is "
                + status.platformWord()
                + ": it is read as "
                // the status as the session names it (review18 T4: zh said 按“paid”读)
                + messages().value("status", status.status().code())
                + ", every order in that status is listed");
      }
      listing.notes().forEach(table::addNote);
      for (OrderService.OrderRow row : listing.rows()) {
        Order o = row.order();
        java.util.List<Object> cells =
            new java.util.ArrayList<>(
                Arrays.asList(
                    o.orderId(),
                    o.customerId(),
                    o.createdAt(),
                    o.paidAt(),
                    o.shippedAt(),
                    o.deliveredAt(),
                    o.statusText(),
                    o.amount(),
                    o.discount(),
                    o.shippingFee(),
                    o.total(),
                    o.currency(),
                    (long) row.lineCount(),
                    o.carrier(),
                    o.trackingNo(),
                    o.province(),
                    o.city(),
                    o.region()));
        if (refunds) {
          cells.add(11, row.refunded());
        }
        table.addRow(cells.toArray());
        currencies.add(o.currency());
      }
      if (currencies.size() > 1) {
        // totals in several currencies: the 80-column table shows which, in place of the items
        table.defaultColumns("order_id", "created_at", "status", "total", "currency", "province");
      }
      render(table, output, zone);
    }
    return ExitCodes.OK;
  }

  /** A terminal shows the newest orders first (the last 100 of a long list, not the first). */
  static final String NEWEST_FIRST = "-created_at";

  /**
   * The columns of an order in list output: the names the generic import layout reads back. The
   * terminal table leaves the currency out when the orders listed share one (it shows in place of
   * the item count when they do not).
   */
  private static Table table(boolean refunded) {
    java.util.List<Column> columns =
        new java.util.ArrayList<>(
            java.util.List.of(
                Column.text("order_id"),
                Column.text("customer_id"),
                Column.timestamp("created_at"),
                Column.timestamp("paid_at"),
                Column.timestamp("shipped_at"),
                Column.timestamp("delivered_at"),
                Column.text("status"),
                Column.money("amount"),
                Column.money("discount"), // the order's own: total = amount − discount + shipping
                Column.money("shipping_fee"),
                Column.money("total"),
                Column.text("currency"),
                Column.integer("items"),
                Column.text("carrier"),
                Column.text("tracking_no"),
                Column.text("province"),
                Column.text("city"),
                Column.text("region")));
    if (refunded) {
      columns.add(11, Column.money("refunded"));
    }
    return new Table(columns)
        .defaultColumns(
            refunded
                ? new String[] {"order_id", "created_at", "status", "total", "refunded", "province"}
                : new String[] {"order_id", "created_at", "status", "total", "items", "province"})
        .defaultSort(NEWEST_FIRST);
  }

  /** Our status codes and the partial-refund filter, for help and completion. */
  static final class StatusCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.stream.Stream.concat(
              Arrays.stream(OrderStatus.values()).map(OrderStatus::code),
              java.util.stream.Stream.of(StatusFilter.PARTIALLY_REFUNDED))
          .iterator();
    }
  }

  /** A code, any platform wording {@link OrderStatus#parse} knows, or a partial-refund word. */
  static final class StatusConverter implements ITypeConverter<StatusFilter> {
    @Override
    public StatusFilter convert(String value) {
      return StatusFilter.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown status \""
                          + value
                          + "\"; use one of "
                          + String.join(", ", new StatusCodes())));
    }
  }
}
