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

  /**
   * The stored snapshot (status rank, latest time) of the batch's orders that carry lines and that
   * the store has, by id.
   */
  static java.util.Map<String, long[]> stored(Connection conn, OrderBatch batch)
      throws SQLException {
    java.util.Map<String, long[]> out = new java.util.HashMap<>();
    List<String> ids = batch.idsWithLines();
    if (ids.isEmpty()) {
      return out;
    }
    StringBuilder sql =
        new StringBuilder("SELECT order_id, status, ")
            .append(Snapshots.latest(Dialect.of(conn), "orders"))
            .append(" FROM orders WHERE order_id IN (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    // an order stored without line items takes an older file's lines: they fill a blank
    sql.append(") AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.order_id");
    try (PreparedStatement ps = conn.prepareStatement(sql.append(')').toString())) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setString(i + 1, ids.get(i));
      }
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new long[] {Snapshots.rank(rs.getString(2)), rs.getLong(3)});
        }
      }
    }
    return out;
  }

  static boolean exists(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM orders WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (var rs = ps.executeQuery()) {
        return rs.next();
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
