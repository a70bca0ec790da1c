package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.orders.ParcelService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
  @Parameters(index = "0", paramLabel = "ORDER_ID", description = "The order.")
  String orderId;

  @Parameters(
      index = "1",
      paramLabel = "TRACKING_NO",
      description = "The parcel's tracking number.")
  String trackingNo;

  @Option(
      names = "--reason",
      converter = Converters.NonBlank.class,
      paramLabel = "TEXT",
      description = "Why, as the removal records it.")
  String reason;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who removes it (default: the database user on PostgreSQL, your login name for a store"
              + " file).")
  String agent;

  @Option(
      names = "--even-if-signed",
      description =
          "Remove a parcel signed for (签收) too: without it that is refused, naming the signed"
              + " time.")
  boolean evenIfSigned;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ParcelService.Removed removed =
          new ParcelService(store)
              .remove(
                  orderId,
                  trackingNo,
                  recordTime(zone),
                  AgentOption.or(agent, this, store),
                  reason == null ? null : reason.strip(),
                  evenIfSigned);
      info(
          messages()
              .get(
                  "note.parcel_removed",
                  trackingNo,
                  orderId,
                  removed.parcelsLeft(),
                  removed.parcelsLeft() == 0 ? 0 : 1));
      if (removed.windowsJudged() > 0) {
        info(messages().get("note.returns_window_judged", trackingNo, removed.windowsJudged()));
      }
      Table t =
          new Table(
              Column.text("order_id"),
              Column.timestamp("shipped_at"),
              Column.timestamp("delivered_at"),
              Column.text("carrier"),
              Column.text("tracking_no"));
      var now = removed.now();
      t.addRow(orderId, now.shippedAt(), now.deliveredAt(), now.carrier(), now.trackingNo());
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
