package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the store's schema holds right now. Capabilities land as separate migrations (shipments,
 * returns, reviews), so a report that can use another capability's table asks first.
 */
final class Schema {
  private Schema() {}

  /** The table's column names (lower case); empty when the table does not exist. */
  static Set<String> columns(Connection conn, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return out;
        }
      }
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** Whether the table exists with all these columns. */
  static boolean has(Connection conn, String table, String... columns) throws SQLException {
    Set<String> cols = columns(conn, table);
    if (cols.isEmpty()) {
      return false;
    }
    for (String c : columns) {
      if (!cols.contains(c)) {
        return false;
      }
    }
    return true;
  }
}
