package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Ids that start with what the user typed, for tab completion in the shell. */
public final class IdLookup {
  private final Store store;

  public IdLookup(Store store) {
    this.store = store;
  }

  /** Order ids ({@code table} "orders") or customer ids ("customers") with this prefix. */
  public List<String> idsStartingWith(String table, String prefix, int limit) throws SQLException {
    String column =
        switch (table) {
          case "orders" -> "order_id";
          case "customers" -> "customer_id";
          default -> throw new IllegalArgumentException(table);
        };
    // a range on the primary key instead of LIKE, so the index is used and case is exact
    String sql = "SELECT " + column + " FROM " + table + " WHERE " + column + " >= ? AND " + column
        + " < ? ORDER BY " + column + " LIMIT ?";
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, prefix);
      ps.setString(2, prefix + '\uFFFF');
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
