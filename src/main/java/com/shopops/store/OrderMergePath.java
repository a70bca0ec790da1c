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
   * with a discount. An order whose goods paid changed while its lines did not (改价, tryout22b B2)
   * keeps its lines as the amount: returned, for {@link #applyRepriced} once the rows are written.
   *
   * @param fileLines the file line of each row
   */
  static List<OrderWriter.Repriced> addStoredDiscounts(
      Connection conn, Object[][] orders, long[] fileLines) throws SQLException {
    List<OrderWriter.Repriced> out = new java.util.ArrayList<>();
    storedRowsOf(
        conn,
        orders,
        OrderBatch.AMOUNT,
        "SELECT o.order_id, o.discount, o.amount, "
            + STORED_LINES
            + ", "
            + LINES_EARLIER
            + " FROM orders o WHERE"
            + " o.discount IS NOT NULL AND o.amount IS NOT NULL AND "
            + PlatformSql.in("o.source", com.shopops.domain.order.Platform.TAOBAO.presets()),
        (rs, at) -> {
          Object[] o = orders[at];
          long goods = (Long) o[OrderBatch.AMOUNT];
          OrderWriter.Repriced r = repriced(rs, goods, lineOf(fileLines, at));
          if (r != null) {
            out.add(r);
            o[OrderBatch.AMOUNT] = r.lines();
          } else {
            o[OrderBatch.AMOUNT] = goods + rs.getLong(2);
          }
        });
    return out;
  }

  /** What {@link #storedRowsOf} hands each stored row to, with the index of its batch row. */
  private interface StoredRow {
    void accept(java.sql.ResultSet rs, int at) throws SQLException;
  }

  /**
   * Runs {@code selectWhere} (a query on {@code orders o} whose first column is the order id,
   * ending in a WHERE condition) for the batch's orders that state {@code column}, {@link
   * IdParts#each}, and hands each stored row to {@code row} with the index of its batch row.
   */
  private static void storedRowsOf(
      Connection conn, Object[][] orders, int column, String selectWhere, StoredRow row)
      throws SQLException {
    java.util.Map<String, Integer> byId = new java.util.HashMap<>();
    for (int i = 0; i < orders.length; i++) {
      if (orders[i][column] != null) {
        byId.put((String) orders[i][0], i);
      }
    }
    IdParts.each(
        conn,
        new java.util.ArrayList<>(byId.keySet()),
        marks -> selectWhere + " AND o.order_id IN (" + marks + ")",
        (ps, next) -> {
          try (var rs = ps.executeQuery()) {
            while (rs.next()) {
              row.accept(rs, byId.get(rs.getString(1)));
            }
          }
        });
  }

  /** The file line of batch row {@code at}, 0 when not known. */
  private static long lineOf(long[] fileLines, int at) {
    return fileLines == null || at >= fileLines.length ? 0 : fileLines[at];
  }

  /**
   * What a stored order's lines come to, null when one has no amount or there are none: the 4th
   * column of a query on {@code orders o}, read by {@link #repriced}.
   */
  static final String STORED_LINES =
      "(SELECT CASE WHEN count(l.amount) = count(*) THEN sum(l.amount) END FROM order_lines l"
          + " WHERE l.order_id = o.order_id)";

  /**
   * Whether a stored order's lines were all written by imports before the one that wrote the order
   * (1, else 0): the 5th column beside {@link #STORED_LINES}, read by {@link #repriced} (tryout23b
   * A9: no edit of the lines came after the goods paid the store holds).
   */
  static final String LINES_EARLIER =
      "(SELECT CASE WHEN max(l.import_id) < o.import_id THEN 1 ELSE 0 END FROM order_lines l"
          + " WHERE l.order_id = o.order_id)";

  /**
   * The {@link com.shopops.domain.order.OrderDiscount#repriced} reading of a row of order id,
   * stored discount, stored amount, {@link #STORED_LINES} and {@link #LINES_EARLIER}, against the
   * file's goods paid.
   */
  static OrderWriter.Repriced repriced(java.sql.ResultSet rs, long goods, long line)
      throws SQLException {
    long discount = rs.getLong(2);
    long amount = rs.getLong(3);
    Long lines = OrderQueries.getLong(rs, 4);
    var r =
        com.shopops.domain.order.OrderDiscount.repriced(
            goods, amount, discount, lines, rs.getInt(5) == 1);
    return r == null
        ? null
        : new OrderWriter.Repriced(
            rs.getString(1), line, r.goodsBefore(), goods, discount, r.discount(), r.amount());
  }

  /**
   * Stores the new discount of the repriced orders this import wrote (an older export's row leaves
   * the order as it was), and returns those.
   */
  static List<OrderWriter.Repriced> applyRepriced(
      Connection conn, long importId, List<OrderWriter.Repriced> repriced) throws SQLException {
    if (repriced.isEmpty()) {
      return List.of();
    }
    List<OrderWriter.Repriced> out = new java.util.ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET discount = ? WHERE order_id = ? AND import_id = ? AND amount = ?"
                + " AND discount = ?")) {
      for (OrderWriter.Repriced r : repriced) {
        ps.setLong(1, r.discountAfter());
        ps.setString(2, r.orderId());
        ps.setLong(3, importId);
        ps.setLong(4, r.lines());
        ps.setLong(5, r.discountBefore());
        if (ps.executeUpdate() == 1) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * The stored money of a paid Taobao/Tmall order as {@link #lowered} reads it (columns 2–6 after
   * the order id): total, stated refund, goods paid, shipping, export time; {@code o} is orders.
   */
  static final String LOWERED_STORED =
      "o.order_id, o.total, coalesce(o.refunded, 0), o.amount - coalesce(o.discount, 0),"
          + " o.shipping_fee, o.exported_at";

  /** Which stored orders {@link #LOWERED_STORED} reads: paid Taobao/Tmall orders with a total. */
  static final String LOWERED_WHERE =
      " o.total IS NOT NULL AND "
          + Purchases.of("o")
          + " AND o.amount IS NOT NULL AND "
          + PlatformSql.in("o.source", com.shopops.domain.order.Platform.TAOBAO.presets());

  /**
   * The {@link com.shopops.domain.order.PaidTotal#paidLowered} reading of a row of {@link
   * #LOWERED_STORED} against a file's total, stated refund, goods paid and shipping; null when the
   * file is an older export than the stored snapshot ({@code exportedAt}: the file's, null not
   * known).
   */
  static OrderWriter.PaidLowered lowered(
      java.sql.ResultSet rs,
      Long exportedAt,
      long line,
      Long total,
      Long refunded,
      Long goods,
      Long shipping)
      throws SQLException {
    Long storedAt = OrderQueries.getLong(rs, 6);
    if (total == null || (exportedAt != null && storedAt != null && exportedAt < storedAt)) {
      return null;
    }
    var stored =
        new com.shopops.domain.order.PaidTotal.Held(
            rs.getLong(2), rs.getLong(3), OrderQueries.getLong(rs, 4), OrderQueries.getLong(rs, 5));
    var file =
        new com.shopops.domain.order.PaidTotal.Held(
            total, refunded == null ? 0 : refunded, goods, shipping);
    var l = com.shopops.domain.order.PaidTotal.paidLowered(stored, file);
    return l == null ? null : new OrderWriter.PaidLowered(rs.getString(1), line, l);
  }

  /**
   * A Taobao/Tmall 订单报表's rows ({@link OrderBatch#orders}, goods paid as the file states them)
   * whose 实付 is lowered with the goods paid and shipping unchanged (tryout23b A1): their total set
   * back to the stored one and their refund to the total less the file's 实付. Returned, for {@link
   * #confirmLowered} once the rows are written.
   */
  static List<OrderWriter.PaidLowered> holdLoweredPaid(
      Connection conn, Object[][] orders, long[] fileLines, Long exportedAt) throws SQLException {
    List<OrderWriter.PaidLowered> out = new java.util.ArrayList<>();
    storedRowsOf(
        conn,
        orders,
        OrderBatch.TOTAL,
        "SELECT " + LOWERED_STORED + " FROM orders o WHERE" + LOWERED_WHERE,
        (rs, at) -> {
          Object[] o = orders[at];
          OrderWriter.PaidLowered l =
              lowered(
                  rs,
                  exportedAt,
                  lineOf(fileLines, at),
                  (Long) o[OrderBatch.TOTAL],
                  (Long) o[OrderBatch.REFUNDED],
                  (Long) o[OrderBatch.AMOUNT],
                  (Long) o[OrderBatch.SHIPPING_FEE]);
          if (l != null) {
            o[OrderBatch.TOTAL] = l.held().total();
            o[OrderBatch.REFUNDED] = l.held().refundHeld();
            if (l.held().moves()) {
              out.add(l);
            }
          }
        });
    return out;
  }

  /** The orders of {@code lowered} this import wrote with the refund held (not an older export). */
  static List<OrderWriter.PaidLowered> confirmLowered(
      Connection conn, long importId, List<OrderWriter.PaidLowered> lowered) throws SQLException {
    if (lowered.isEmpty()) {
      return List.of();
    }
    List<OrderWriter.PaidLowered> out = new java.util.ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT 1 FROM orders WHERE order_id = ? AND import_id = ? AND total = ? AND"
                + " refunded = ?")) {
      for (OrderWriter.PaidLowered l : lowered) {
        ps.setString(1, l.orderId());
        ps.setLong(2, importId);
        ps.setLong(3, l.held().total());
        ps.setLong(4, l.held().refundHeld());
        try (var rs = ps.executeQuery()) {
          if (rs.next()) {
            out.add(l);
          }
        }
      }
    }
    return out;
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
