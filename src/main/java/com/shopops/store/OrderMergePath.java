package com.shopops.store;

import com.shopops.domain.order.OrderLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The order writer's lookups and its row-at-a-time path, for what a batch cannot do: exports that
 * carry only line items. Runs on the calling thread after the queued batches are written. (The rows
 * of one order that are not together in a file are grouped before they are written: {@code
 * OrdersHandler}.)
 */
final class OrderMergePath {
  private OrderMergePath() {}

  static boolean exists(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM orders WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static Long amount(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT amount FROM orders WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (var rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long v = rs.getLong(1);
        return rs.wasNull() ? null : v;
      }
    }
  }

  /** Replaces or extends a stored order's lines; says whether they changed. */
  static boolean putLines(
      Connection conn, LineWriter writer, String orderId, List<OrderLine> lines, boolean firstSight)
      throws SQLException {
    boolean changed = true;
    if (firstSight) {
      changed = !OrderQueries.lines(conn, orderId).equals(lines);
      if (!changed) {
        return false; // the same lines again: left as stored, with the import that wrote them
      }
      try (PreparedStatement del =
          conn.prepareStatement("DELETE FROM order_lines WHERE order_id = ?")) {
        del.setString(1, orderId);
        del.executeUpdate();
      }
    }
    writer.append(orderId, lines);
    return changed;
  }
}
