package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded returns that the lines of their order no longer hold: of a SKU the lines an import
 * wrote no longer list (amount29, tryout28a A4: a 宝贝报表 without PAD-80 replaced the lines of an
 * order with a refunded return of PAD-80), or of more units than the lines now list of that SKU
 * (tryout29a A4: a later JD export left 1 unit of H-2 to a 2-unit return; tryout29b B3: an older
 * shopops's merged lines repaired below a 3-unit return). The return is kept as recorded; the
 * import names it, {@code check} lists it ({@link #of(Store)}).
 */
public final class ReturnsOffLines {
  private ReturnsOffLines() {}

  /**
   * A return ({@code returnId}) of {@code quantity} units of {@code sku} on {@code orderId},
   * refunded {@code refunded} (minor units); {@code bought}: the units the order's lines list of
   * that SKU (by SKU or platform item id; 0: none), {@code returned}: the units its returns that
   * count (not rejected or withdrawn) take of it; {@code paid}: it is refunded (a refund is not
   * withdrawn), {@code imported}: an import wrote it (the platform's), {@code reason}: its reason
   * code (null: none), for the command that records it again (tryout30a A3, tryout30b B5).
   */
  public record Off(
      String orderId,
      String returnId,
      String sku,
      long refunded,
      long quantity,
      long bought,
      long returned,
      boolean paid,
      boolean imported,
      String reason) {
    /** Whether the lines still list the SKU, fewer units of it than its returns take. */
    public boolean above() {
      return bought > 0;
    }
  }

  /** Each return with the units bought and returned of its SKU: {@code %s}, the orders read. */
  private static final String UNITS =
      "SELECT x.* FROM (SELECT r.order_id, r.return_id, r.sku, r.refund_amount, r.quantity,"
          + " (SELECT coalesce(sum(l.quantity), 0) FROM order_lines l WHERE l.order_id ="
          + " r.order_id AND (l.sku = r.sku OR l.item_id = r.sku)) AS bought,"
          + " (SELECT coalesce(sum(c.quantity), 0) FROM returns c WHERE c.order_id = r.order_id"
          + " AND c.sku = r.sku AND c.rejected_at IS NULL AND c.withdrawn_at IS NULL) AS returned,"
          + " CASE WHEN r.rejected_at IS NULL AND r.withdrawn_at IS NULL THEN 1 ELSE 0 END AS counts,"
          + " CASE WHEN r.refunded_at IS NULL THEN 0 ELSE 1 END AS paid,"
          + " CASE WHEN r.import_id IS NULL THEN 0 ELSE 1 END AS imported, r.reason"
          + " FROM returns r WHERE r.sku IS NOT NULL AND %s) x";

  /** Returns on orders whose lines import {@code importId} wrote: a SKU gone or units above. */
  static final String SQL =
      String.format(
              UNITS,
              "EXISTS (SELECT 1 FROM order_lines w WHERE w.order_id = r.order_id AND"
                  + " w.import_id = ?)")
          + " WHERE x.bought = 0 OR (x.counts = 1 AND x.returned > x.bought)"
          + " ORDER BY x.order_id, x.return_id";

  /** Returns that count, on orders with lines, above the units the lines list (none included). */
  static final String ABOVE =
      String.format(UNITS, "EXISTS (SELECT 1 FROM order_lines w WHERE w.order_id = r.order_id)")
          + " WHERE x.counts = 1 AND x.returned > x.bought ORDER BY x.order_id, x.return_id";

  static List<Off> of(Connection conn, long importId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(SQL)) {
      ps.setLong(1, importId);
      return read(ps);
    }
  }

  /** The returns of the store above the units their order's lines list ({@code check}). */
  public static List<Off> of(Store store) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(ABOVE)) {
      return read(ps);
    }
  }

  private static List<Off> read(PreparedStatement ps) throws SQLException {
    List<Off> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Off(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getInt(9) == 1,
                rs.getInt(10) == 1,
                rs.getString(11)));
      }
    }
    return out;
  }
}
