package com.shopops.store;

import com.shopops.domain.order.KeptLineValues;
import com.shopops.domain.order.OrderLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a file that state no title or unit price, given the stored ones of the same order
 * and SKU ({@link KeptLineValues}) before they are compared with the stored lines or written: on
 * SQLite a batch's lines as {@link OrderBatch} lays them out, on PostgreSQL the stage's.
 */
final class StoredLineValues {
  private StoredLineValues() {}

  /** The stored lines that have something to give: a SKU and a title or a unit price. */
  private static final String GIVING =
      "l.sku IS NOT NULL AND (l.title IS NOT NULL OR l.unit_price IS NOT NULL)";

  /** {@link #GIVING} of a stored line read whole. */
  private static boolean gives(OrderLine l) {
    return l.sku() != null && (l.title() != null || l.unitPrice() != null);
  }

  /**
   * Fills these line rows ({@link OrderBatch#LINE_COLUMNS} order) in place; the query is the
   * writer's ({@code lookups}), prepared once per batch size. The stored lines it reads, every line
   * of each order read, are kept in {@code lookups} for the batch ({@link
   * BatchStatements#keepLines}): {@link SnapshotTies#plan} takes them from there.
   */
  static void fill(BatchStatements lookups, List<Object[]> lines) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    for (Object[] l : lines) {
      if (KeptLineValues.lacks((String) l[2], l[3], l[5])) {
        ids.add((String) l[0]);
      }
    }
    Map<String, List<OrderLine>> read = new HashMap<>();
    lookups.keepLines(lines, read);
    if (ids.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += OrderWriter.BATCH) {
      List<String> part = all.subList(from, Math.min(all.size(), from + OrderWriter.BATCH));
      StringBuilder sql = new StringBuilder(SnapshotTies.LINES).append(" WHERE order_id IN (");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      PreparedStatement ps = lookups.lookup(sql.append(") ORDER BY order_id, line_no").toString());
      for (int i = 0; i < part.size(); i++) {
        ps.setString(i + 1, part.get(i));
        read.put(part.get(i), new ArrayList<>());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          read.get(rs.getString(1)).add(SnapshotTies.line(rs));
        }
      }
    }
    // the stored lines that have something to give, by order and SKU
    Map<List<String>, List<OrderLine>> stored = new HashMap<>();
    for (Map.Entry<String, List<OrderLine>> e : read.entrySet()) {
      for (OrderLine s : e.getValue()) {
        if (gives(s)) {
          stored
              .computeIfAbsent(List.of(e.getKey(), s.sku()), k -> new ArrayList<>())
              .add(new OrderLine(0, s.sku(), s.title(), null, s.unitPrice(), null));
        }
      }
    }
    for (Object[] l : lines) {
      List<OrderLine> same = stored.get(java.util.Arrays.asList(l[0], l[2]));
      if (same == null || !KeptLineValues.lacks((String) l[2], l[3], l[5])) {
        continue;
      }
      OrderLine kept = KeptLineValues.of(line(l), same);
      l[3] = kept.title();
      l[5] = kept.unitPrice();
    }
  }

  /**
   * Fills the lines of PostgreSQL's stage {@code table} (kind {@code 'l'}, its line amount {@code
   * l_amount}), by their {@code seq}.
   */
  static void fillStage(Connection conn, String table) throws SQLException {
    Map<Long, OrderLine> file = new HashMap<>();
    Map<Long, List<OrderLine>> stored = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT s.seq, s.sku, s.title, s.quantity, s.unit_price, s.l_amount, l.title,"
                    + " l.unit_price FROM "
                    + table
                    + " s JOIN order_lines l ON l.order_id = s.order_id AND l.sku = s.sku WHERE"
                    + " s.kind = 'l' AND (s.title IS NULL OR s.unit_price IS NULL) AND "
                    + GIVING)) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        if (!file.containsKey(seq)) {
          file.put(
              seq,
              new OrderLine(
                  0,
                  rs.getString(2),
                  rs.getString(3),
                  OrderQueries.getLong(rs, 4),
                  OrderQueries.getLong(rs, 5),
                  OrderQueries.getLong(rs, 6),
                  null));
        }
        stored.computeIfAbsent(seq, k -> new ArrayList<>()).add(storedLine(rs, 2, 7, 8));
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE " + table + " SET title = ?, unit_price = ? WHERE seq = ? AND kind = 'l'")) {
      int queued = 0;
      for (Map.Entry<Long, OrderLine> e : file.entrySet()) {
        OrderLine kept = KeptLineValues.of(e.getValue(), stored.get(e.getKey()));
        if (kept == e.getValue()) {
          continue;
        }
        ps.setString(1, kept.title());
        ps.setObject(2, kept.unitPrice(), java.sql.Types.BIGINT);
        ps.setLong(3, e.getKey());
        ps.addBatch();
        if (++queued % OrderWriter.BATCH == 0) {
          ps.executeBatch();
        }
      }
      if (queued % OrderWriter.BATCH != 0) {
        ps.executeBatch();
      }
    }
  }

  private static OrderLine storedLine(ResultSet rs, int sku, int title, int unit)
      throws SQLException {
    return new OrderLine(
        0, rs.getString(sku), rs.getString(title), null, OrderQueries.getLong(rs, unit), null);
  }

  private static OrderLine line(Object[] l) {
    return new OrderLine(
        0, (String) l[2], (String) l[3], (Long) l[4], (Long) l[5], (Long) l[6], (String) l[7]);
  }
}
