package com.shopops.cli;

import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ParcelStore;
import com.shopops.store.Store;
import java.time.ZoneId;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code shipments remove-parcel} and {@code restore-parcel} both take — the order, the
 * parcel, who (--agent) and why (--reason), the output options — and the order's shipment both
 * print after the change: defined once (duplicates D5).
 */
final class ParcelChangeOptions {
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
      description = "Why, as the record keeps it (`shipments list ORDER_ID` shows it).")
  String reason;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who does it (default: your login name; on PostgreSQL with the database user beside it"
              + " where they differ: alice (database user shop)).")
  String agent;

  @Mixin OutputOptions output;

  /** --agent, else who runs it: the login name on both backends (tryout27a A4). */
  String agent(BaseCommand cmd, Store store) {
    return AgentOption.operator(agent, cmd, store);
  }

  /** --reason as recorded (null: not given). */
  String reason() {
    return reason == null ? null : reason.strip();
  }

  /**
   * Says a presale's paid time the change moved (tryout24a A4, A6: not silently): from when to
   * when, by which parcel ({@code outbound}: the removed parcel's; {@code removed}: a removal, else
   * a restore), and the day its figures now count it on.
   */
  void sayPaidMoved(
      BaseCommand cmd,
      ParcelStore.Shipment now,
      ZoneId zone,
      boolean removed,
      java.time.Instant outbound) {
    java.time.format.DateTimeFormatter minutes =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    if (removed && now.paidHeld() != null) {
      // an older shopops's cap kept no time seen paid: said, not a silent no-move (presale26)
      cmd.info(
          cmd.messages()
              .get(
                  "note.parcel_paid_held",
                  orderId,
                  minutes.format(now.paidHeld().paidAt().atZone(zone)),
                  now.paidHeld().parcel()));
    }
    if (!now.paidMoved()) {
      return;
    }
    cmd.info(
        cmd.messages()
            .get(
                removed ? "note.parcel_paid_freed" : "note.parcel_paid_capped",
                orderId,
                minutes.format(now.paidWas().atZone(zone)),
                minutes.format(now.paidNow().atZone(zone)),
                trackingNo,
                outbound == null ? "?" : minutes.format(outbound.atZone(zone)),
                java.time.LocalDate.ofInstant(now.paidNow(), zone).toString()));
  }

  /** The order's shipment after the change, as every report now reads it. */
  void render(BaseCommand cmd, ParcelStore.Shipment now, ZoneId zone) {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.timestamp("shipped_at"),
            Column.timestamp("delivered_at"),
            Column.text("carrier"),
            Column.text("tracking_no"));
    t.addRow(orderId, now.shippedAt(), now.deliveredAt(), now.carrier(), now.trackingNo());
    cmd.render(t, output, zone);
  }
}
