package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.ReturnService;
import com.shopops.domain.returns.OpenWindows;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "eligible",
    description = {
      "Delivered orders still inside the 7-day no-reason return window (7天无理由退货).",
      "The window runs from the day after delivery to 24:00 of the 7th day, in the store zone "
          + "(returns.window_days). Soonest-closing first. Orders whose every item is configured "
          + "not eligible are left out; cancelled and refunded orders too."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops returns eligible",
      "  shopops returns eligible --expiring 1d --format csv > closing-today.csv"
    })
final class ReturnsEligibleCommand extends BaseCommand {
  @Option(
      names = "--expiring",
      paramLabel = "DURATION",
      description = "Only windows that close within this time, e.g. 1d, 12h.")
  Duration expiring;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Table t =
          new Table(
                  Column.text("order_id"),
                  Column.text("customer_id"),
                  Column.timestamp("delivered_at"),
                  Column.timestamp("window_closes_at"),
                  Column.integer("days_left"),
                  Column.integer("hours_left"))
              .defaultColumns(
                  "order_id", "customer_id", "window_closes_at", "days_left", "hours_left");
      ReturnService service = new ReturnService(store);
      Instant asOf = asOf(zone);
      for (OpenWindows.Row row : service.eligible(asOf, expiring)) {
        t.addRow(
            row.orderId(),
            row.customerId(),
            row.deliveredAt(),
            row.closesAt(),
            row.daysLeft(),
            (long) row.hoursLeft());
      }
      long undelivered = service.completedWithoutDelivery(asOf);
      if (undelivered > 0) {
        t.addNote(
            undelivered
                + " completed orders have no delivered time and are not in this list (their window"
                + " may still be open): `shopops import shipments` gives them one");
      }
      long shipped = service.shippedWithoutDelivery(asOf);
      if (shipped > 0) {
        t.addNote(messages().get("note.returns_shipped_undelivered", shipped));
      }
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
