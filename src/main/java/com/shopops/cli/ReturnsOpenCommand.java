package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.ReturnService;
import com.shopops.app.returns.WaitingReturn;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "open",
    description = {
      "Returns waiting on someone: their step, since when and how long.",
      "Every return not yet rejected or refunded, with when the shop must act (approval while "
          + "requested, refund once the goods are received). Longest waiting first."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {"  shopops returns open", "  shopops returns open --format json"})
final class ReturnsOpenCommand extends BaseCommand {
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Table t =
          new Table(
                  Column.text("return_id"),
                  Column.text("order_id"),
                  Column.text("sku"),
                  Column.integer("quantity"),
                  Column.text("reason"),
                  Column.text("step"),
                  Column.timestamp("since"),
                  Column.decimal("waited_hours"),
                  Column.timestamp("due_at"),
                  Column.bool("overdue"),
                  Column.bool("outside_window"))
              .defaultColumns("return_id", "order_id", "step", "reason", "waited_hours", "overdue");
      for (WaitingReturn w : new ReturnService(store).waiting(asOf(zone))) {
        ReturnRecord r = w.record();
        t.addRow(
            r.returnId(),
            r.orderId(),
            r.sku(),
            (long) r.quantity(),
            r.reason() == null ? null : r.reason().code(),
            w.timing().step().code(),
            w.timing().since(),
            ReturnsTable.hours(w.timing().waited()),
            w.timing().dueAt(),
            w.timing().overdue(),
            w.outsideWindow());
      }
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
