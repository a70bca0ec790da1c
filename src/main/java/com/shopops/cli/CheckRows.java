package com.shopops.cli;

import com.shopops.app.imports.ImportAgain;
import com.shopops.render.Messages;
import com.shopops.store.LinesNotGoods;
import com.shopops.store.ReturnsOffLines;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What a row of {@code check} says of what it found (kept out of CheckCommand: its 270 lines). */
final class CheckRows {
  private CheckRows() {}

  private static final int NAMED = 10;

  /**
   * The orders refunded more than their total, the first {@value #NAMED} named, with the commands
   * to see the first one's refunds and to correct a return's ({@code db}: the store, tryout30b B2).
   */
  static String refundsAbove(
      Messages cells, List<com.shopops.store.ReturnFigures.RefundAboveTotal> above, String db) {
    var named = new java.util.ArrayList<String>();
    for (var o : above.subList(0, Math.min(NAMED, above.size()))) {
      named.add(
          cells.get(
              "check.refund_above_order",
              o.orderId(),
              java.math.BigDecimal.valueOf(o.refunded(), 2).toPlainString(),
              java.math.BigDecimal.valueOf(o.total(), 2).toPlainString()));
    }
    if (above.size() > NAMED) {
      named.add(cells.get("check.more", above.size() - NAMED));
    }
    return cells.get(
        "check.refunds_above_total",
        above.size(),
        String.join(cells.get("error.list_separator"), named),
        ImportAgain.shopops(db),
        ImportAgain.quoted(above.get(0).orderId()));
  }

  /** The customers of a masked buyer id, the first {@value #NAMED} named with their orders. */
  static String maskedCustomers(
      Messages cells, List<com.shopops.store.MaskedCustomers.Masked> masked) {
    var named = new java.util.ArrayList<String>();
    for (var m : masked.subList(0, Math.min(NAMED, masked.size()))) {
      named.add(cells.get("check.masked_customer", m.customerId(), m.orders()));
    }
    if (masked.size() > NAMED) {
      named.add(cells.get("check.more", masked.size() - NAMED));
    }
    return cells.get(
        com.shopops.store.MaskedCustomers.holdOrders(masked)
            ? "check.masked_customers"
            : "check.masked_customers_left",
        masked.size(),
        String.join(cells.get("error.list_separator"), named));
  }

  /**
   * The orders whose lines do not add up to their goods, per case (tryout29a A5): lines from an
   * items file exported after the order list — the order list exported with it, a command to paste
   * — and the rest (two exports merged by an older shopops: the newest export again).
   */
  static String linesNotGoods(Messages cells, LinesNotGoods.Found off, ZoneId zone, String db) {
    if (off.none()) {
      return "ok";
    }
    List<String> said = new ArrayList<>();
    if (!off.newer().none()) {
      String at =
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
              .withZone(zone)
              .format(Instant.ofEpochSecond(off.itemsExported()));
      said.add(
          cells.get(
              "check.lines_newer_than_goods",
              off.newer().count(),
              String.join(", ", off.newer().firstIds()),
              off.itemsFile(),
              at,
              ImportAgain.shopops(db)
                  + " import orders ORDER_LIST.csv --exported-at "
                  + ImportAgain.quoted(at)));
    }
    if (!off.other().none()) {
      said.add(
          cells.get(
              "check.lines_not_goods",
              off.other().count(),
              String.join(", ", off.other().firstIds())));
    }
    return String.join("; ", said);
  }

  /**
   * The returns above the units their order's lines list, the first {@value #NAMED} named, with
   * what puts each right.
   */
  static String returnsAboveLines(Messages cells, List<ReturnsOffLines.Off> above, String db) {
    if (above.isEmpty()) {
      return "ok";
    }
    List<String> named = new ArrayList<>();
    for (var o : above.subList(0, Math.min(NAMED, above.size()))) {
      named.add(
          cells.get(
              "check.return_above_line",
              o.returnId(),
              o.orderId(),
              o.sku(),
              o.returned(),
              o.bought()));
    }
    if (above.size() > NAMED) {
      named.add(cells.get("check.more", above.size() - NAMED));
    }
    return cells.get(
        "check.returns_above_lines",
        above.size(),
        String.join(cells.get("error.list_separator"), named),
        ImportAgain.shopops(db) + " returns update ID --status withdrawn");
  }
}
