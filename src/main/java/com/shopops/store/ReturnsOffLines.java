package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded returns of a SKU that the lines an import wrote for their order no longer list
 * (amount29, tryout28a A4: a 宝贝报表 without PAD-80 replaced the lines of an order with a refunded
 * return of PAD-80; the return stayed on a line the order no longer had, and nothing said so). The
 * return is kept as recorded; the import names it.
 */
final class ReturnsOffLines {
  private ReturnsOffLines() {}

  /**
   * A return ({@code returnId}) of {@code sku} on {@code orderId}, refunded {@code refunded} (minor
   * units), whose SKU is neither the SKU nor the platform item id of a line of its order.
   */
  record Off(String orderId, String returnId, String sku, long refunded) {}

  /** Returns on orders whose lines import {@code importId} wrote, of a SKU none of them has. */
  static final String SQL =
      "SELECT r.order_id, r.return_id, r.sku, r.refund_amount FROM returns r WHERE r.sku IS NOT"
          + " NULL AND EXISTS (SELECT 1 FROM order_lines w WHERE w.order_id = r.order_id AND"
          + " w.import_id = ?) AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id ="
          + " r.order_id AND (l.sku = r.sku OR l.item_id = r.sku)) ORDER BY r.order_id,"
          + " r.return_id";

  static List<Off> of(Connection conn, long importId) throws SQLException {
    List<Off> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(SQL)) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Off(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        }
      }
    }
    return out;
  }
}
