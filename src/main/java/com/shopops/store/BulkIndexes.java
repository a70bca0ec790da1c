package com.shopops.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The secondary indexes of orders and their lines during a first load into an empty table: dropped
 * (whatever the migrations made) and each built once at the end, sorted, in the same transaction —
 * except those on paid time, which an export lists in time order: kept up as rows come, on the
 * writer thread, they cost less than a build at the end (measured: 6% of the whole import).
 */
final class BulkIndexes {
  private static final Set<String> KEPT_DURING_BULK = Set.of("orders_paid_at", "orders_unshipped");

  private final Map<String, String> dropped = new LinkedHashMap<>();

  /** Drops the indexes and remembers how to build them again. */
  static BulkIndexes drop(Connection conn) throws SQLException {
    BulkIndexes b = new BulkIndexes();
    if (Dialect.of(conn) == Dialect.POSTGRESQL) {
      return b; // dropping an index there would lock out every reader until the load commits
    }
    try (Statement st = conn.createStatement();
        var rs =
            st.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    + " AND tbl_name IN ('orders', 'order_lines')")) {
      while (rs.next()) {
        if (!KEPT_DURING_BULK.contains(rs.getString(1))) {
          b.dropped.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    try (Statement st = conn.createStatement()) {
      for (String name : b.dropped.keySet()) {
        st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
      }
    }
    return b;
  }

  /** Builds the dropped indexes again. */
  void rebuild(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (String sql : dropped.values()) {
        st.execute(sql);
      }
    }
  }
}
