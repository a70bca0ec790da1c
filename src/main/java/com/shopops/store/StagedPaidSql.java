package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The SQL twin of {@code StagedPayment.paidBy} for orders already stored (tryout22a A1): a presale
 * paid in stages (a deposit time, {@code orders.deposited_at}, and a paid time) that the store
 * holds paid after its own first outbound or delivery (its shipment record: a shipments file, or
 * the export's outbound kept as a parcel) is paid at that outbound instead — the balance (尾款) is
 * paid before the goods leave, and the export, which states no balance time, gave the time it was
 * seen paid (its own, or the import's). An outbound before the deposit is no evidence and changes
 * nothing. The same SQL on SQLite and PostgreSQL; the triggers on {@code orders.paid_at} mark the
 * buyer's and the hours' figures to be added up again, so the kept figures stay those of {@code
 * check --rebuild}. Binds: those of {@code %s} (the orders to look at).
 */
final class StagedPaidSql {
  private StagedPaidSql() {}

  /** The shipment record's first outbound ({@code s}: shipments), delivery when it has none. */
  private static final String OUTBOUND =
      "CASE WHEN s.shipped_at IS NULL OR s.delivered_at < s.shipped_at THEN s.delivered_at"
          + " ELSE s.shipped_at END";

  /**
   * The cap without keeping the time it moves: the upgrade at V046 ({@link PresaleUpgrade}) runs
   * before V049 brings {@code orders.paid_seen_at}.
   */
  static final String CAP =
      "UPDATE orders SET paid_at = (SELECT "
          + OUTBOUND
          + " FROM shipments s WHERE s.order_id = orders.order_id)"
          + " WHERE orders.order_id IN (%s) AND orders.deposited_at IS NOT NULL"
          + " AND "
          + Purchases.of("orders")
          + " AND EXISTS (SELECT 1 FROM shipments s"
          + " WHERE s.order_id = orders.order_id AND "
          + OUTBOUND
          + " < orders.paid_at AND "
          + OUTBOUND
          + " >= orders.deposited_at)";

  /**
   * {@link #CAP} keeping the time it moves in {@code orders.paid_seen_at} (V049): the time the
   * presale was seen paid, which a removed parcel gives back ({@link #again}).
   */
  private static final String CAP_SEEN =
      CAP.replace(
          "SET paid_at = ",
          "SET paid_seen_at = CASE WHEN orders.paid_seen_at > orders.paid_at"
              + " THEN orders.paid_seen_at ELSE orders.paid_at END, paid_at = ");

  /**
   * The order's paid time made again after one of its parcels was removed or restored (tryout23a
   * A3): a presale a cap moved (V049 {@code paid_seen_at}: the time it was seen paid before) is
   * paid at that time again, then capped ({@link #CAP}) at the first outbound left. A cap made
   * before V049 kept no such time and stays as stored.
   */
  static void again(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_at = paid_seen_at WHERE order_id = ?"
                + " AND deposited_at IS NOT NULL AND paid_seen_at > paid_at")) {
      ps.setString(1, orderId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = conn.prepareStatement(CAP_SEEN.formatted("?"))) {
      ps.setString(1, orderId);
      ps.executeUpdate();
    }
  }

  /**
   * Caps the paid time of the staged presales among the orders this import wrote: those whose
   * shipment record it stamped ({@code shipments}) or, for an orders import, the orders it stamped.
   */
  static int capOf(Connection conn, String table, long importId) throws SQLException {
    try (java.sql.Statement st = conn.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM shipments LIMIT 1")) {
      if (!rs.next()) {
        return 0; // no shipment record, nothing to cap by (a first load: one probe)
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            CAP_SEEN.formatted("SELECT order_id FROM " + table + " WHERE import_id = ?"))) {
      ps.setLong(1, importId);
      return ps.executeUpdate();
    }
  }
}
