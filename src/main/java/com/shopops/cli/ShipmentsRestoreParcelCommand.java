package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.orders.ParcelService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "restore-parcel",
    description = {
      "Take back a parcel removed with `shipments remove-parcel`.",
      "The parcel is one of the order's again, as it was when removed, and the order's shipment, "
          + "SLA figures and return windows are made again with it. The removal stays on record "
          + "(`shipments list ORDER_ID`) with who restored it (--agent), when and why (--reason)."
    },
    sortOptions = false,
    footerHeading = "%nExample:%n",
    footer = {"  shopops shipments restore-parcel 3100000009 JDV009 --reason 'removed by mistake'"})
final class ShipmentsRestoreParcelCommand extends BaseCommand {
  @Mixin ParcelChangeOptions parcel;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ParcelService.Restored restored =
          new ParcelService(store)
              .restore(
                  parcel.orderId,
                  parcel.trackingNo,
                  recordTime(zone),
                  parcel.agent(this, store),
                  parcel.reason());
      info(
          messages()
              .get(
                  "note.parcel_restored",
                  parcel.trackingNo,
                  parcel.orderId,
                  restored.removal().agent(),
                  DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                      .format(restored.removal().removedAt().atZone(zone))));
      if (restored.windowsJudged() > 0) {
        info(
            messages()
                .get("note.returns_window_judged", parcel.trackingNo, restored.windowsJudged()));
      }
      parcel.sayPaidMoved(this, restored.now(), zone, false, null);
      parcel.render(this, restored.now(), zone);
    }
    return ExitCodes.OK;
  }
}
