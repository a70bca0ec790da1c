package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ParcelStore;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "list",
    description = {
      "List an order's parcels and the parcels removed from it.",
      "A parcel (status parcel) is the order export's own shipment or a shipments file's row, with "
          + "the file it came from: the order's shipped time is the first outbound of them, its "
          + "delivered time when the last one was signed for. A parcel removed with `shipments "
          + "remove-parcel` (status removed, or restored once `shipments restore-parcel` took it "
          + "back) shows who removed it, when and why, and who restored it, when and why."
    },
    sortOptions = false,
    footerHeading = "%nExample:%n",
    footer = {"  shopops shipments list 3100000009"})
final class ShipmentsListCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "ORDER_ID", description = "The order.")
  String orderId;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ParcelStore parcels = new ParcelStore(store);
      if (parcels.order(orderId).isEmpty()) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "no order " + orderId + " in " + store.location(),
            "import the order first");
      }
      Table t =
          new Table(
              Column.text("status"),
              Column.text("tracking_no"),
              Column.text("carrier"),
              Column.timestamp("shipped_at"),
              Column.timestamp("delivered_at"),
              Column.text("source"),
              Column.text("file"),
              Column.timestamp("removed_at"),
              Column.text("removed_by"),
              Column.text("reason"),
              Column.timestamp("restored_at"),
              Column.text("restored_by"),
              Column.text("restore_reason"));
      for (ParcelStore.Listed p : parcels.listed(orderId)) {
        t.addRow(
            "parcel",
            p.trackingNo(),
            p.carrier(),
            p.shippedAt(),
            p.deliveredAt(),
            p.source(), // zh: value.source.*
            name(p.file()),
            null,
            null,
            null,
            null,
            null,
            null);
      }
      for (ParcelStore.Removal r : parcels.removals(orderId)) {
        t.addRow(
            r.restoredAt() == null ? "removed" : "restored",
            r.trackingNo(),
            r.carrier(),
            r.shippedAt(),
            r.deliveredAt(),
            ParcelStore.source(r.fromExport(), !r.fromExport()),
            name(r.file()),
            r.removedAt(),
            r.agent(),
            r.reason(),
            r.restoredAt(),
            r.restoredBy(),
            r.restoredReason());
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }

  private static String name(String file) {
    return file == null ? null : Path.of(file).getFileName().toString();
  }
}
