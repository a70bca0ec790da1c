package com.shopops.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The store's own health: an online backup, SQLite's integrity and foreign-key checks, counts. */
public final class Maintenance {
  /** The tables a check counts, in the order it prints them. */
  public static final List<String> TABLES =
      List.of(
          "orders",
          "order_lines",
          "customers",
          "shipments",
          "returns",
          "traffic",
          "events",
          "reviews",
          "products",
          "complaints",
          "followups",
          "lists",
          "contacts",
          "imports");

  private final Connection conn;

  public Maintenance(Store store) {
    this.conn = store.connection();
  }

  /**
   * Copies the whole store into {@code target} (a new file) with SQLite's online backup: pages are
   * copied while other processes keep reading and writing, and the copy is one consistent state.
   */
  public void backupTo(Path target) throws SQLException {
    try (Statement st = conn.createStatement()) {
      // sqlite-jdbc's "backup to FILE" runs sqlite3_backup_* over the main database
      st.executeUpdate("backup to " + target.toAbsolutePath());
    }
  }

  /** SQLite's {@code PRAGMA integrity_check}: empty when the file is sound. */
  public List<String> integrityProblems() throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      while (rs.next()) {
        String line = rs.getString(1);
        if (!"ok".equals(line)) {
          problems.add(line);
        }
      }
    }
    return problems;
  }

  /** Rows whose reference points nowhere ({@code PRAGMA foreign_key_check}), per table. */
  public Map<String, Long> foreignKeyProblems() throws SQLException {
    Map<String, Long> problems = new LinkedHashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
      while (rs.next()) {
        problems.merge(rs.getString(1) + " → " + rs.getString(3), 1L, Long::sum);
      }
    }
    return problems;
  }

  /** Rows per table. */
  public Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement st = conn.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** Rows rejected over all recorded imports. */
  public long rejectedRows() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(sum(rejected), 0) FROM imports")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
