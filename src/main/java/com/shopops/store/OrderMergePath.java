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

  /**
   * The goods paid of a stored order: its amount less its discount ({@link
   * com.shopops.domain.order.OrderDiscount#goodsPaid}), what a 订单报表 states as 买家应付货款.
   */
  static Long amount(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT amount - coalesce(discount, 0) FROM orders WHERE order_id = ?")) {
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

  /**
   * A Taobao/Tmall 订单报表's rows ({@link OrderBatch#orders}) as the store holds an amount: the goods
   * paid the export states (买家应付货款) plus the discount stored for the order from its 宝贝报表, the goods
   * before the discount (tryout21 Z12; {@link com.shopops.domain.order.OrderDiscount}). So the
   * merge compares and keeps amounts of one meaning. Only orders stored from a Taobao/Tmall export
   * with a discount.
   */
  static void addStoredDiscounts(Connection conn, Object[][] orders) throws SQLException {
    java.util.Map<String, Object[]> byId = new java.util.HashMap<>();
    for (Object[] o : orders) {
      if (o[OrderBatch.AMOUNT] != null) {
        byId.put((String) o[0], o);
      }
    }
    List<String> ids = new java.util.ArrayList<>(byId.keySet());
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
      StringBuilder sql =
          new StringBuilder(
              "SELECT order_id, discount FROM orders WHERE discount IS NOT NULL AND "
                  + PlatformSql.in("source", com.shopops.domain.order.Platform.TAOBAO.presets())
                  + " AND order_id IN (");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      try (PreparedStatement ps = conn.prepareStatement(sql.append(")").toString())) {
        for (int i = 0; i < part.size(); i++) {
          ps.setString(i + 1, part.get(i));
        }
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            Object[] o = byId.get(rs.getString(1));
            o[OrderBatch.AMOUNT] = (Long) o[OrderBatch.AMOUNT] + rs.getLong(2);
          }
        }
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
