package com.shopops.store;

import com.shopops.domain.order.StagedPayment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores an older shopops (before V049) made kept no time a presale paid in stages was seen paid
 * ({@code orders.paid_seen_at}) when its first outbound, receipt or close capped its paid time; a
 * parcel removed by hand before the upgrade then kept capping it (tryout24a A8), and any removal
 * after would too. At the upgrade to {@link ParcelStore#REMOVED_AGAIN} the stored 订单报表 files that
 * are still there and unchanged ({@link PresaleUpgrade.FileReader}, as V046/V050 read them) say
 * again when each was first seen paid (the earliest export time, else import time, of a file
 * showing its balance paid), which the store keeps, and the paid time is made again as a removal
 * makes it ({@link StagedPaidSql#again}): what a store given the same files and the same removals
 * holds. Nothing is guessed: an order no file dates stays as stored, and one still held to a
 * removed parcel's outbound is named ({@link #pending}).
 */
final class PaidSeenUpgrade {
  private PaidSeenUpgrade() {}

  /** The settings key this upgrade leaves for the run's note: what it made again. */
  static final String DONE = "upgrade.v049_parcels";

  /**
   * V049's step again for the stores an older shopops (session 24's) already took past V049 at
   * schema 49-51, whose capped presales it never read again (paid25b): see {@link #again}.
   */
  static final String AGAIN_MIGRATION = "V052__paid_seen_again.sql";

  /**
   * Whether a store upgraded from schema {@code from} was past V049 already: V052 runs the step.
   */
  static boolean pastV049(int from) {
    return from >= Migrations.FILES.indexOf(ParcelStore.REMOVED_AGAIN) + 1;
  }

  /** Whether the upgrade from schema {@code from} ran this step (at V049 or V052): its note. */
  static boolean ranFrom(int from) {
    return from < Migrations.FILES.indexOf(AGAIN_MIGRATION) + 1;
  }

  /**
   * At the upgrade to {@link #AGAIN_MIGRATION} of a store {@link #pastV049} (a store from below
   * V049 had the step at V049 in the same upgrade, and is not read twice): the step alone, its
   * parcels having been removed again at V049 already. The step is idempotent anyway: it looks only
   * at presales with no time seen paid kept, and sets one only where a stored file says it. A note
   * left by an earlier run is dropped first, so that the run's note says this run's work only.
   */
  static void again(Connection conn) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM settings WHERE key = ?")) {
      ps.setString(1, DONE);
      ps.executeUpdate();
    }
    upgrade(conn, List.of());
  }

  /** A staged presale stored paid with no time seen paid kept. */
  private static final String UNSEEN =
      " FROM orders o WHERE o.deposited_at IS NOT NULL AND o.paid_seen_at IS NULL AND "
          + Purchases.of("o");

  /** ... whose paid time is the outbound of a parcel removed by hand and not restored. */
  private static final String HELD_TO_REMOVED = UNSEEN + " AND" + StagedPaidSql.heldToRemoved("o");

  /**
   * ... whose paid time is the outbound of a parcel still there (tryout26a A3): a removal of it
   * would leave the paid time held.
   */
  private static final String CAPPED_AT_PARCEL =
      UNSEEN + " AND" + StagedPaidSql.cappedAtParcel("o");

  /** ... whose paid time is an event of the order's (a cap): its shipment, own times, a removal. */
  private static final String CAPPED =
      UNSEEN + " AND o.source = 'taobao-orders' AND " + StagedPaidSql.atAnEvent("o");

  /**
   * At the upgrade to {@link ParcelStore#REMOVED_AGAIN}, after its removals again ({@code
   * removedAgain}: the orders they changed): the time each capped presale was seen paid, from the
   * stored files, and its paid time made again; both counts and a few ids left for the run's note.
   */
  static void upgrade(Connection conn, List<String> removedAgain) throws SQLException {
    Map<String, Instant[]> capped = new java.util.LinkedHashMap<>(); // paid, deposit
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT o.order_id, o.paid_at, o.deposited_at" + CAPPED + " ORDER BY o.order_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        capped.put(
            rs.getString(1),
            new Instant[] {OrderQueries.instant(rs, 2), OrderQueries.instant(rs, 3)});
      }
    }
    List<String> moved = new ArrayList<>();
    PresaleUpgrade.FileReader reader = PresaleUpgrade.fileReader();
    if (!capped.isEmpty() && reader != null) {
      Map<String, Instant> seen = seen(conn, reader, capped);
      try (PreparedStatement ps =
          conn.prepareStatement("UPDATE orders SET paid_seen_at = ? WHERE order_id = ?")) {
        for (var e : seen.entrySet()) {
          if (e.getValue().isAfter(capped.get(e.getKey())[0])) {
            ps.setLong(1, e.getValue().getEpochSecond());
            ps.setString(2, e.getKey());
            ps.executeUpdate();
            if (StagedPaidSql.again(conn, e.getKey()).moved()) {
              moved.add(e.getKey());
            }
          }
        }
      }
    }
    if (!removedAgain.isEmpty() || !moved.isEmpty()) {
      Settings.put(conn, DONE, counted(removedAgain) + "\t" + counted(moved));
    }
  }

  private static String counted(List<String> ids) {
    return ids.size() + " " + String.join(",", ids.subList(0, Math.min(3, ids.size())));
  }

  /**
   * When each of {@code capped} was first seen paid by the stored files: the earliest export time
   * (else import time) of a file showing its balance paid, never before its deposit.
   */
  private static Map<String, Instant> seen(
      Connection conn, PresaleUpgrade.FileReader reader, Map<String, Instant[]> capped)
      throws SQLException {
    List<StoredExport> imports = StoredExport.read(conn, StoredExport.TMALL_ORDERS);
    java.time.ZoneId zone =
        java.time.ZoneId.of(
            Settings.get(conn, Settings.ZONE).orElse(java.time.ZoneId.systemDefault().getId()));
    Map<String, Instant> out = new HashMap<>();
    for (PresaleUpgrade.Shown s : reader.shown(imports, zone)) {
      Instant[] order = capped.get(s.orderId());
      if (order == null || s.stage() != StagedPayment.PAID_IN_FULL) {
        continue;
      }
      Instant at =
          s.exportedAt() != null ? s.exportedAt() : Instant.ofEpochSecond(s.seen().startedAt());
      at = at.isBefore(order[1]) ? order[1] : at; // never before the deposit (StagedPayment)
      out.merge(s.orderId(), at, (a, b) -> a.isBefore(b) ? a : b);
    }
    return out;
  }

  /**
   * What the upgrade from schema {@code from} made again (at V049, or at V052 for a store {@link
   * #pastV049}): {removed again, paid times made again}.
   */
  static OldReadings.Pending[] done(Connection conn, int from) throws SQLException {
    OldReadings.Pending none = new OldReadings.Pending(0, 0, List.of(), List.of());
    if (!ranFrom(from)) {
      return new OldReadings.Pending[] {none, none};
    }
    String[] parts = Settings.get(conn, DONE).orElse("0 \t0 ").split("\t", -1);
    return new OldReadings.Pending[] {pending(parts[0]), pending(parts[1])};
  }

  private static OldReadings.Pending pending(String counted) {
    String[] p = counted.split(" ", 2);
    List<String> ids = p.length < 2 || p[1].isEmpty() ? List.of() : List.of(p[1].split(","));
    return new OldReadings.Pending(Long.parseLong(p[0]), 0, ids, List.of());
  }

  /**
   * The presales still held to the outbound of a parcel removed by hand, with no time seen paid
   * kept (no stored file said it): named with the file that last wrote them, to import again.
   */
  static OldReadings.Pending pending(Connection conn) throws SQLException {
    return named(conn, HELD_TO_REMOVED, null);
  }

  /**
   * The presales paid at the outbound of a parcel still there with no time seen paid kept (no
   * stored file said it; tryout26a A3), all or only {@code orderId} (null: all): a removal of that
   * parcel would leave the paid time held, so their 订单报表 is to be imported again first. Named with
   * the file that last wrote them.
   */
  static OldReadings.Pending cappedUnseen(Connection conn, String orderId) throws SQLException {
    return named(conn, CAPPED_AT_PARCEL, orderId);
  }

  private static OldReadings.Pending named(Connection conn, String from, String orderId)
      throws SQLException {
    return OldReadings.ofOrders(
        conn,
        "SELECT o.order_id, i.file, i.started_at, i.preset, o.exported_at, i.sha256 FROM (SELECT"
            + " o.order_id, o.import_id, o.exported_at"
            + from
            + (orderId == null ? "" : " AND o.order_id = ?")
            + ") o LEFT JOIN imports i ON i.import_id = o.import_id ORDER BY o.order_id",
        orderId == null ? List.of() : List.of(orderId));
  }
}
