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
      Long importId) {}

  /**
   * The order as the store knows it: whether its export states a shipped or delivered time, the
   * tracking number its export states (null: none) and the file that export came from (null: not
   * known).
   */
  public record OrderFacts(
      String orderId, boolean exportShipped, String exportTrackingNo, String exportFile) {}

  /** The order's shipment after a change: its shipped and delivered times (null: none). */
  public record Shipment(
      Instant shippedAt, Instant deliveredAt, String carrier, String trackingNo) {}

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
                    + " o.tracking_no, i.file FROM orders o LEFT JOIN imports i"
                    + " ON i.import_id = o.import_id WHERE o.order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new OrderFacts(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
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
                      + " removed_at, agent, reason) SELECT order_id, parcel, carrier, tracking_no,"
                      + " shipped_at, delivered_at, estimated_delivery_at, promised_ship_date,"
                      + " import_id, ?, ?, ? FROM shipment_parcels WHERE order_id = ? AND parcel = ?")) {
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
                conn.prepareStatement(
                    ShipmentWriter.ROLLUP.formatted("SELECT ?", "max(p.import_id)"))) {
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
                  rs.getString(4));
            }
          }
        });
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
