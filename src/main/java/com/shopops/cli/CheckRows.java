package com.shopops.cli;

import com.shopops.app.imports.ImportAgain;
import com.shopops.app.returns.ReturnCommands;
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
      var again = ImportAgain.orderList(db, off.itemsFile(), off.itemsExported(), zone);
      said.add(
          cells.get(
              again.named() == null
                  ? "check.lines_newer_than_goods"
                  : "check.lines_newer_than_goods_named", // tryout30a A6
              off.newer().count(),
              String.join(", ", off.newer().firstIds()),
              off.itemsFile(),
              at,
              again.command(),
              again.named()));
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
   * The returns above the units their order's lines list, the first {@value #NAMED} named, each
   * with what puts it right (tryout30a A3, tryout30b B5): a return recorded by hand and not
   * refunded is withdrawn and recorded again (both commands to paste, with the store, the order,
   * the SKU and the units the lines leave it); the platform's is imported again; a refunded one
   * cannot be withdrawn and stays unless the platform's export states fewer units.
   */
  static String returnsAboveLines(Messages cells, List<ReturnsOffLines.Off> above, String db) {
    if (above.isEmpty()) {
      return "ok";
    }
    List<String> named = new ArrayList<>();
    for (var o : above.subList(0, Math.min(NAMED, above.size()))) {
      String item =
          cells.get(
              "check.return_above_line",
              o.returnId(),
              o.orderId(),
              o.sku(),
              o.returned(),
              o.bought());
      String withdraw = ReturnCommands.withdraw(db, o.returnId());
      long left = o.bought() - (o.returned() - o.quantity()); // the units the others leave it
      named.add(
          o.paid()
              ? cells.get(
                  "check.return_above_refunded",
                  item,
                  com.shopops.text.Grouping.money(o.refunded()))
              : o.imported()
                  ? cells.get("check.return_above_imported", item, withdraw)
                  : left > 0
                      ? cells.get(
                          "check.return_above_hand",
                          item,
                          withdraw,
                          ReturnCommands.add(db, o.orderId(), o.sku(), left, o.reason()))
                      : cells.get("check.return_above_hand_none", item, withdraw));
    }
    if (above.size() > NAMED) {
      named.add(cells.get("check.more", above.size() - NAMED));
    }
    return cells.get(
        "check.returns_above_lines",
        above.size(),
        String.join(cells.get("error.list_separator"), named));
  }
}
