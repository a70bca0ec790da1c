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
            CAP.formatted("SELECT order_id FROM " + table + " WHERE import_id = ?"))) {
      ps.setLong(1, importId);
      return ps.executeUpdate();
    }
  }
}
