package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders an older shopops stored with a later outbound than an older export stated (tryout22b B9:
 * Shopify's "partial" export imported after its "fulfilled" one kept 11-06 over 11-04; tryout23b
 * A12): shipped is the earliest outbound (docs/sla.md), and importing that export again puts it
 * right. Said by the upgrade, from the stored export files that still exist unchanged; an order
 * with a parcel removed by hand, or whose export named the same tracking number (re-dated), is not
 * named.
 */
public final class EarlierOutbound {
  private EarlierOutbound() {}

  /** An outbound a stored export file stated for an order: its time, tracking number, file. */
  public record Stated(Instant shipped, String trackingNo, OldReadings.Recorded file) {}

  /** The store's imports of order exports by a known layout, oldest first. */
  public static List<StoredExport> exports(Store store) throws SQLException {
    return StoredExport.read(
        store.connection(),
        " FROM imports i WHERE i.kind = 'orders' AND i.preset IS NOT NULL"
            + " AND i.sha256 IS NOT NULL");
  }

  /** The orders of {@code stated} stored with a later outbound, a few ids, the files to import. */
  public static OldReadings.Pending of(Store store, Map<String, Stated> stated)
      throws SQLException {
    if (stated.isEmpty()) {
      return new OldReadings.Pending(0, 0, List.of(), List.of());
    }
    List<String> ids = new ArrayList<>();
    Set<OldReadings.Recorded> files = new LinkedHashSet<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                // the order's shipment as every report reads it (its parcels' first outbound)
                "SELECT "
                    + Fulfilment.SHIPPED_AT
                    + ", o.tracking_no FROM "
                    + Fulfilment.FROM
                    + " WHERE o.order_id = ? AND "
                    + Fulfilment.SHIPPED_AT
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM parcel_removals r"
                    + " WHERE r.order_id = o.order_id) AND NOT EXISTS (SELECT 1 FROM"
                    + " shipment_parcels p WHERE p.order_id = o.order_id AND p.parcel = ?)")) {
      for (var e : stated.entrySet()) {
        ps.setString(1, e.getKey());
        // a parcel of its own under that tracking number: re-dated, or kept (not B9's damage)
        ps.setString(2, e.getValue().trackingNo() == null ? "" : e.getValue().trackingNo());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          long stored = rs.getLong(1);
          String tracking = rs.getString(2);
          Stated s = e.getValue();
          boolean sameParcel =
              tracking != null && s.trackingNo() != null && tracking.equals(s.trackingNo());
          if (!sameParcel && s.shipped().getEpochSecond() / 60 < stored / 60) {
            ids.add(e.getKey());
            files.add(s.file());
          }
        }
      }
    }
    ids.sort(null);
    return new OldReadings.Pending(
        ids.size(), 0, List.copyOf(ids.subList(0, Math.min(5, ids.size()))), List.copyOf(files));
  }
}
