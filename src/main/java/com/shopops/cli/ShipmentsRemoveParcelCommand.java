package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.orders.ParcelService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "remove-parcel",
    description = {
      "Remove a parcel an order does not have: a tracking number mistyped or replaced (修改运单号).",
      "The order waits for every tracked parcel to be signed for: a phantom parcel keeps it in "
          + "transit for ever. The order's shipment is made again from its other parcels and its "
          + "order export (shipped: the first outbound; delivered: when the last parcel was signed "
          + "for), the SLA figures and return windows follow, and the removal is recorded with "
          + "who (--agent), when and why. A later shipments file naming the parcel does not bring "
          + "it back (`shipments restore-parcel` does). The last parcel of an order whose export "
          + "gives no shipped time is refused: import the right tracking number first. A parcel "
          + "signed for (签收) is removed only with --even-if-signed."
    },
    sortOptions = false,
    footerHeading = "%nExample:%n",
    footer = {"  shopops shipments remove-parcel 3100000009 JDV0O9 --reason 'typo, see JDV009'"})
final class ShipmentsRemoveParcelCommand extends BaseCommand {
  @Mixin ParcelChangeOptions parcel;

  @Option(
      names = "--even-if-signed",
      description =
          "Remove a parcel signed for (签收) too: without it that is refused, naming the signed"
              + " time.")
  boolean evenIfSigned;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ParcelService.Removed removed =
          new ParcelService(store)
              .remove(
                  parcel.orderId,
                  parcel.trackingNo,
                  recordTime(zone),
                  parcel.agent(this, store),
                  parcel.reason(),
                  evenIfSigned);
      info(
          messages()
              .get(
                  "note.parcel_removed",
                  parcel.trackingNo,
                  parcel.orderId,
                  removed.parcelsLeft(),
                  removed.parcelsLeft() == 0 ? 0 : 1));
      if (removed.windowsJudged() > 0) {
        info(
            messages()
                .get("note.returns_window_judged", parcel.trackingNo, removed.windowsJudged()));
      }
      parcel.sayPaidMoved(this, removed.now(), zone, true, removed.outbound());
      parcel.render(this, removed.now(), zone);
    }
    return ExitCodes.OK;
  }
}
