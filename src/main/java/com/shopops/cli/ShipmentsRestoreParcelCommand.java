package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.orders.ParcelService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "restore-parcel",
    description = {
      "Take back a parcel removed with `shipments remove-parcel`.",
      "The parcel is one of the order's again, as it was when removed, and the order's shipment, "
          + "SLA figures and return windows are made again with it. The removal stays on record "
          + "(`shipments list ORDER_ID`) with who restored it (--agent) and when."
    },
    sortOptions = false,
    footerHeading = "%nExample:%n",
    footer = {"  shopops shipments restore-parcel 3100000009 JDV009"})
final class ShipmentsRestoreParcelCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "ORDER_ID", description = "The order.")
  String orderId;

  @Parameters(
      index = "1",
      paramLabel = "TRACKING_NO",
      description = "The removed parcel's tracking number.")
  String trackingNo;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who restores it (default: the database user on PostgreSQL, your login name for a store"
              + " file).")
  String agent;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ParcelService.Restored restored =
          new ParcelService(store)
              .restore(orderId, trackingNo, recordTime(zone), AgentOption.or(agent, this, store));
      info(
          messages()
              .get(
                  "note.parcel_restored",
                  trackingNo,
                  orderId,
                  restored.removal().agent(),
                  DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                      .format(restored.removal().removedAt().atZone(zone))));
      if (restored.windowsJudged() > 0) {
        info(messages().get("note.returns_window_judged", trackingNo, restored.windowsJudged()));
      }
      Table t =
          new Table(
              Column.text("order_id"),
              Column.timestamp("shipped_at"),
              Column.timestamp("delivered_at"),
              Column.text("carrier"),
              Column.text("tracking_no"));
      var now = restored.now();
      t.addRow(orderId, now.shippedAt(), now.deliveredAt(), now.carrier(), now.trackingNo());
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
