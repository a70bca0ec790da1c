package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An order's parcels (table {@code shipment_parcels}, migration V036) and their removal by hand
 * ({@code shipments remove-parcel}, tryout20 Y8): the parcel goes to {@code parcel_removals} (what
 * it held, when, who, why: migration V039), and the order's shipment is made again by {@link
 * ShipmentWriter#ROLLUP}, or dropped when no parcel is left (the order export's own times then
 * stand alone). The shipments triggers mark the order's SLA figures, refreshed before the commit
 * ({@link Store#inTransaction}).
 */
public final class ParcelStore {
  /** The migration that brings {@code parcel_removals}; the stored rollups are made again then. */
  static final String MIGRATION = "V039__parcel_removals.sql";

  /** One kept parcel. */
  public record Parcel(
      String orderId,
      String trackingNo,
      String carrier,
      Instant shippedAt,
      Instant deliveredAt,
      Long importId) {
    /** Its outbound: shipped, else (or when earlier) delivered; null when neither. */
    public Instant outbound() {
      return shippedAt == null || deliveredAt != null && deliveredAt.isBefore(shippedAt)
          ? deliveredAt
          : shippedAt;
    }
  }

  /**
   * The order as the store knows it: whether its export states a shipped or delivered time, the
   * tracking number its export states (null: none) and the file that export came from (null: not
   * known).
   */
  public record OrderFacts(
      String orderId,
      boolean exportShipped,
      String exportTrackingNo,
      String exportFile,
      boolean completed) {}

  /**
   * A parcel removed by hand ({@code parcel_removals}): what it held, when (epoch seconds), who and
   * why it was removed, and when, by whom and why it was restored (null: still removed); {@code
   * fromExport}: its row came from an order export (an orders import kept it), not a shipments
   * file.
   */
  public record Removal(
      String orderId,
      String trackingNo,
      String carrier,
      Instant shippedAt,
      Instant deliveredAt,
      Instant removedAt,
      String agent,
      String reason,
      Instant restoredAt,
      String restoredBy,
      String restoredReason,
      String file,
      boolean fromExport) {}

  /**
   * The order's shipment after a change: its shipped and delivered times (null: none); {@code
   * paidWas}/{@code paidNow}: a presale paid in stages whose paid time the change moved (its
   * balance is paid before its first outbound: tryout24a A4), both null when it did not move;
   * {@code paidHeld}: a presale whose paid time stays held to a removed parcel's outbound, an older
   * shopops having kept no time it was seen paid (null: none such).
   */
  public record Shipment(
      Instant shippedAt,
      Instant deliveredAt,
      String carrier,
      String trackingNo,
      Instant paidWas,
      Instant paidNow,
      StagedPaidSql.Held paidHeld) {
    /** Whether the change moved the order's paid time. */
    public boolean paidMoved() {
      return paidWas != null;
    }
  }

  private final Store store;

  public ParcelStore(Store store) {
    this.store = store;
  }

  /** The order, if the store holds it. */
  public Optional<OrderFacts> order(String orderId) throws SQLException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT o.order_id, o.shipped_at IS NOT NULL OR o.delivered_at IS NOT NULL,"
                    + " o.tracking_no, i.file, o.status = "
                    + OrderStatusSql.literal(com.shopops.domain.order.OrderStatus.COMPLETED)
                    + " FROM orders o LEFT JOIN imports i"
                    + " ON i.import_id = o.import_id WHERE o.order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new OrderFacts(
                    rs.getString(1),
                    rs.getBoolean(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)))
            : Optional.empty();
      }
    }
  }

  /** The order's tracked parcels, first shipped first. */
  public List<Parcel> parcels(String orderId) throws SQLException {
    List<Parcel> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT order_id, tracking_no, carrier, shipped_at, delivered_at, import_id"
                    + " FROM shipment_parcels WHERE order_id = ? AND parcel <> ''"
                    + " ORDER BY shipped_at IS NULL, shipped_at, parcel")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long imp = rs.getLong(6);
          out.add(
              new Parcel(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  OrderQueries.instant(rs, 4),
                  OrderQueries.instant(rs, 5),
                  rs.wasNull() ? null : imp));
        }
      }
    }
    return out;
  }

  /** Whether the order has a parcel kept without a tracking number (a row for the whole order). */
  public boolean hasUntracked(String orderId) throws SQLException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT 1 FROM shipment_parcels WHERE order_id = ? AND parcel = ''")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Removes the parcel in one transaction: recorded in {@code parcel_removals}, taken out of {@code
   * shipment_parcels}, and the order's shipment made again (or dropped with its last parcel).
   * Returns the order's shipment as every report now reads it ({@link Fulfilment}).
   */
  public Shipment remove(String orderId, String trackingNo, Instant at, String agent, String reason)
      throws SQLException {
    return store.inTransaction(
        conn -> {
          try (PreparedStatement ps =
              conn.prepareStatement(
                  "INSERT INTO parcel_removals (order_id, parcel, carrier, tracking_no, shipped_at,"
                      + " delivered_at, estimated_delivery_at, promised_ship_date, import_id,"
                      + " removed_at, agent, reason) SELECT f.order_id, f.parcel,"
                      // the order export's own parcel too: what the export stated of it (tryout23b
                      // A10), as ShipmentWriter.ROLLUP reads it, so a restore gives it all back
                      + " CASE WHEN own THEN coalesce(f.carrier, o.carrier) ELSE f.carrier END,"
                      + " f.tracking_no, CASE WHEN own THEN coalesce(f.shipped_at, o.shipped_at)"
                      + " ELSE f.shipped_at END, CASE WHEN own THEN coalesce(f.delivered_at,"
                      + " o.delivered_at) ELSE f.delivered_at END, f.estimated_delivery_at,"
                      + " f.promised_ship_date, f.import_id, ?, ?, ? FROM (SELECT f.*,"
                      + " f.parcel = coalesce(o.tracking_no, '') AS own FROM shipment_parcels f"
                      + " JOIN orders o ON o.order_id = f.order_id WHERE f.order_id = ?"
                      + " AND f.parcel = ?) f JOIN orders o ON o.order_id = f.order_id"
                      // removed again after a restore: the removal row says the latest
                      + " ON CONFLICT (order_id, parcel) DO UPDATE SET carrier = excluded.carrier,"
                      + " tracking_no = excluded.tracking_no, shipped_at = excluded.shipped_at,"
                      + " delivered_at = excluded.delivered_at,"
                      + " estimated_delivery_at = excluded.estimated_delivery_at,"
                      + " promised_ship_date = excluded.promised_ship_date,"
                      + " import_id = excluded.import_id, removed_at = excluded.removed_at,"
                      + " agent = excluded.agent, reason = excluded.reason, restored_at = NULL,"
                      + " restored_by = NULL, restored_reason = NULL")) {
            ps.setLong(1, at.getEpochSecond());
            ps.setString(2, agent);
            ps.setString(3, reason);
            ps.setString(4, orderId);
            ps.setString(5, trackingNo);
            if (ps.executeUpdate() != 1) {
              throw new SQLException("parcel " + trackingNo + " of order " + orderId + " is gone");
            }
          }
          try (PreparedStatement ps =
              conn.prepareStatement(
                  "DELETE FROM shipment_parcels WHERE order_id = ? AND parcel = ?")) {
            ps.setString(1, orderId);
            ps.setString(2, trackingNo);
            ps.executeUpdate();
          }
          // a parcel the order export states too (its tracking number, source "order export +
          // shipments"): taken out of the order's own outbound as well, or ROLLUP reads it back
          // from there (tryout23b A10). An export imported again keeps it out (OrderSql
          // .REMOVED_PARCEL); the order's shipment then comes from the parcels left, or none.
          try (PreparedStatement ps =
              conn.prepareStatement(
                  "UPDATE orders SET shipped_at = NULL, delivered_at = NULL, carrier = NULL,"
                      + " tracking_no = NULL WHERE order_id = ? AND tracking_no = ?")) {
            ps.setString(1, orderId);
            ps.setString(2, trackingNo);
            ps.executeUpdate();
          }
          return rollUp(conn, orderId);
        });
  }

  /**
   * Restores a removed parcel ({@code shipments restore-parcel}, tryout21 Z5): a parcel again, as
   * the removal row holds it, the removal marked restored (when, who, why: null when not given) and
   * the order's shipment made again. Returns the order's shipment as every report now reads it.
   */
  public Shipment restore(
      String orderId, String trackingNo, Instant at, String agent, String reason)
      throws SQLException {
    return store.inTransaction(
        conn -> {
          try (PreparedStatement ps =
              conn.prepareStatement(
                  "INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no,"
                      + " shipped_at, delivered_at, estimated_delivery_at, promised_ship_date,"
                      + " import_id) SELECT order_id, parcel, carrier, tracking_no, shipped_at,"
                      + " delivered_at, estimated_delivery_at, promised_ship_date, import_id"
                      + " FROM parcel_removals WHERE order_id = ? AND parcel = ?"
                      + " AND restored_at IS NULL"
                      + " ON CONFLICT (order_id, parcel) DO NOTHING")) {
            ps.setString(1, orderId);
            ps.setString(2, trackingNo);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              conn.prepareStatement(
                  "UPDATE parcel_removals SET restored_at = ?, restored_by = ?, restored_reason = ?"
                      + " WHERE order_id = ? AND parcel = ? AND restored_at IS NULL")) {
            ps.setLong(1, at.getEpochSecond());
            ps.setString(2, agent);
            ps.setString(3, reason);
            ps.setString(4, orderId);
            ps.setString(5, trackingNo);
            if (ps.executeUpdate() != 1) {
              throw new SQLException("removal of " + trackingNo + " of order " + orderId + " gone");
            }
          }
          return rollUp(conn, orderId);
        });
  }

  /**
   * One parcel of an order as {@code shipments list} shows it: the order export's own (its values
   * as the export states them), a shipments file's (a parcel of the export's tracking number is
   * both: {@code fromExport} and a file), with the file it came from (null: not known).
   */
  public record Listed(
      String trackingNo,
      String carrier,
      Instant shippedAt,
      Instant deliveredAt,
      boolean fromExport,
      boolean fromShipments,
      String file) {
    /**
     * Where it came from as the operator knows it (Z13), as {@code shipments list} and the
     * remove-parcel refusals name it: its order export, a shipments import, both, or by hand (a
     * parcel of no import); zh (value.source.*): 订单导出 / 发货导入 / 订单导出 + 发货导入 / 手工.
     */
    public String source() {
      return ParcelStore.source(fromExport, fromShipments);
    }
  }

  /** The source label of a parcel (see {@link Listed#source()}). */
  public static String source(boolean fromExport, boolean fromShipments) {
    return fromExport && fromShipments
        ? "order export + shipments import"
        : fromExport ? "order export" : fromShipments ? "shipments import" : "by hand";
  }

  /**
   * The order's parcels, as {@link ShipmentWriter#ROLLUP} makes its shipment of them (the order
   * export's own one first, when it states a shipped or delivered time), first shipped first.
   */
  public List<Listed> listed(String orderId) throws SQLException {
    List<Listed> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT f.tracking_no, CASE WHEN own THEN coalesce(f.carrier, o.carrier)"
                    + " ELSE f.carrier END, CASE WHEN own THEN coalesce(f.shipped_at,"
                    + " o.shipped_at) ELSE f.shipped_at END, CASE WHEN own THEN"
                    + " coalesce(f.delivered_at, o.delivered_at) ELSE f.delivered_at END,"
                    // a parcel an orders import kept (V043: an export's earlier parcel) came from
                    // an order export, not a shipments file (tryout22b B5)
                    + " own OR coalesce(i.kind, '') = 'orders',"
                    + " CASE WHEN i.kind IS NULL OR i.kind = 'orders' THEN 0 ELSE 1 END,"
                    // the export's own: its tracking number, or (none) its shipped or delivered
                    // time — a tracking number the export states without times is its parcel too
                    + " i.file FROM (SELECT f.*, f.parcel = coalesce(o.tracking_no, '') AND"
                    + " (coalesce(o.tracking_no, '') <> '' OR o.shipped_at IS NOT NULL"
                    + " OR o.delivered_at IS NOT NULL) AS own"
                    + " FROM shipment_parcels f JOIN orders o ON o.order_id = f.order_id"
                    + " WHERE f.order_id = ?) f JOIN orders o ON o.order_id = f.order_id"
                    + " LEFT JOIN imports i ON i.import_id = f.import_id"
                    + " UNION ALL SELECT o.tracking_no, o.carrier, o.shipped_at, o.delivered_at,"
                    + " 1 = 1, 0, i.file FROM orders o LEFT JOIN imports i"
                    + " ON i.import_id = o.import_id WHERE o.order_id = ?"
                    + " AND (coalesce(o.tracking_no, '') <> '' OR o.shipped_at IS NOT NULL"
                    + " OR o.delivered_at IS NOT NULL)"
                    + " AND NOT EXISTS (SELECT 1 FROM shipment_parcels f"
                    + " WHERE f.order_id = o.order_id AND f.parcel = coalesce(o.tracking_no, ''))"
                    + " ORDER BY 3 NULLS LAST, 1")) {
      ps.setString(1, orderId);
      ps.setString(2, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Listed(
                  rs.getString(1),
                  rs.getString(2),
                  OrderQueries.instant(rs, 3),
                  OrderQueries.instant(rs, 4),
                  rs.getBoolean(5),
                  rs.getInt(6) == 1,
                  rs.getString(7)));
        }
      }
    }
    return out;
  }

  /** The order's parcels removed by hand, restored ones included, first removed first. */
  public List<Removal> removals(String orderId) throws SQLException {
    List<Removal> out = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT r.order_id, r.parcel, r.carrier, r.shipped_at, r.delivered_at,"
                    + " r.removed_at, r.agent, r.reason, r.restored_at, r.restored_by,"
                    + " r.restored_reason, i.file, coalesce(i.kind, '') = 'orders'"
                    + " FROM parcel_removals r LEFT JOIN imports i ON i.import_id = r.import_id"
                    + " WHERE r.order_id = ? ORDER BY r.removed_at, r.parcel")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Removal(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  OrderQueries.instant(rs, 4),
                  OrderQueries.instant(rs, 5),
                  OrderQueries.instant(rs, 6),
                  rs.getString(7),
                  rs.getString(8),
                  OrderQueries.instant(rs, 9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12),
                  rs.getBoolean(13)));
        }
      }
    }
    return out;
  }

  /**
   * The parcels removed and not restored, by order and tracking number: a shipments file naming one
   * leaves it out and says so ({@code import shipments}, tryout21 Z5). Empty in most stores.
   */
  static java.util.Map<String, java.util.Map<String, Removal>> removedNow(Connection conn)
      throws SQLException {
    java.util.Map<String, java.util.Map<String, Removal>> out = new java.util.HashMap<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT order_id, parcel, removed_at, agent FROM parcel_removals"
                    + " WHERE restored_at IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
            .put(
                rs.getString(2),
                new Removal(
                    rs.getString(1),
                    rs.getString(2),
                    null,
                    null,
                    null,
                    OrderQueries.instant(rs, 3),
                    rs.getString(4),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false));
      }
    }
    return out;
  }

  /**
   * The order's shipment made again from its parcels ({@link ShipmentWriter#ROLLUP}), or dropped
   * when none is left (the order export's own times then stand alone); returns it as every report
   * reads it ({@link Fulfilment}).
   */
  private static Shipment rollUp(Connection conn, String orderId) throws SQLException {
    boolean left;
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT 1 FROM shipment_parcels WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        left = rs.next();
      }
    }
    if (left) {
      try (PreparedStatement ps =
          conn.prepareStatement(ShipmentWriter.ROLLUP.formatted("SELECT ?", "max(p.import_id)"))) {
        ps.setString(1, orderId);
        ps.executeUpdate();
      }
    } else {
      try (PreparedStatement ps =
          conn.prepareStatement("DELETE FROM shipments WHERE order_id = ?")) {
        ps.setString(1, orderId);
        ps.executeUpdate();
      }
    }
    // a presale paid in stages capped at the outbound of a parcel now removed (tryout23a A3)
    StagedPaidSql.Move paid = StagedPaidSql.again(conn, orderId);
    // ... which an older shopops's cap, with no time seen paid kept, leaves where it was (item 2)
    StagedPaidSql.Held held = paid.moved() ? null : StagedPaidSql.held(conn, orderId);
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT "
                + Fulfilment.SHIPPED_AT
                + ", "
                + Fulfilment.DELIVERED_AT
                + ", "
                + Fulfilment.CARRIER
                + ", "
                + Fulfilment.TRACKING_NO
                + " FROM "
                + Fulfilment.FROM
                + " WHERE o.order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Shipment(
            OrderQueries.instant(rs, 1),
            OrderQueries.instant(rs, 2),
            rs.getString(3),
            rs.getString(4),
            paid.moved() ? paid.before() : null,
            paid.moved() ? paid.after() : null,
            held);
      }
    }
  }

  /** The migration that removes again the parcels an older shopops brought back (tryout23b A8). */
  static final String REMOVED_AGAIN = "V049__parcels_removed_again.sql";

  /**
   * At the upgrade to {@link #REMOVED_AGAIN} (tryout23b A8): a parcel removed by hand and not
   * restored that the order still holds — an order export imported again before session 23 wrote it
   * back (B4) into the order's own outbound or its parcels — is taken out again as {@link #remove}
   * takes it out, and the order's shipment made again from what is left; the shipments and orders
   * triggers mark the SLA and buyer figures, which the upgrade then adds up again. Returns the
   * orders changed, by id.
   */
  static List<String> removeAgain(Connection conn) throws SQLException {
    List<String> orders = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT DISTINCT r.order_id FROM parcel_removals r WHERE r.restored_at IS NULL"
                    + " AND (EXISTS (SELECT 1 FROM shipment_parcels f WHERE f.order_id ="
                    + " r.order_id AND f.parcel = r.parcel) OR EXISTS (SELECT 1 FROM orders o"
                    + " WHERE o.order_id = r.order_id AND o.tracking_no = r.parcel))"
                    + " ORDER BY r.order_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        orders.add(rs.getString(1));
      }
    }
    for (String orderId : orders) {
      try (PreparedStatement ps =
          conn.prepareStatement(
              "DELETE FROM shipment_parcels WHERE order_id = ? AND parcel IN (SELECT r.parcel"
                  + " FROM parcel_removals r WHERE r.order_id = ? AND r.restored_at IS NULL)")) {
        ps.setString(1, orderId);
        ps.setString(2, orderId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          conn.prepareStatement(
              "UPDATE orders SET shipped_at = NULL, delivered_at = NULL, carrier = NULL,"
                  + " tracking_no = NULL WHERE order_id = ? AND tracking_no IN (SELECT r.parcel"
                  + " FROM parcel_removals r WHERE r.order_id = ? AND r.restored_at IS NULL)")) {
        ps.setString(1, orderId);
        ps.setString(2, orderId);
        ps.executeUpdate();
      }
      rollUp(conn, orderId);
    }
    return orders;
  }

  /**
   * At the upgrade to {@link #MIGRATION}: every order's shipment made again by the rule that now
   * counts the order export's own shipment as a parcel (tryout20 Y7), and the kept SLA figures
   * built again by the next write (until then a report classifies the orders anew).
   */
  static void upgrade(Connection conn) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            ShipmentWriter.ROLLUP.formatted(
                "SELECT DISTINCT order_id FROM shipment_parcels", "max(p.import_id)"))) {
      ps.executeUpdate();
    }
    SlaFigureUpkeep.forget(conn);
  }
}
