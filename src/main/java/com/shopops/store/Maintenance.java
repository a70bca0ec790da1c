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

/** The store's own health: an online backup, integrity and foreign-key checks, counts. */
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
  private final Dialect dialect;

  public Maintenance(Store store) {
    this.conn = store.connection();
    this.dialect = store.dialect();
  }

  /**
   * Copies the whole store into {@code target} (a new file) with SQLite's online backup: pages are
   * copied while other processes keep reading and writing, and the copy is one consistent state.
   */
  public void backupTo(Path target) throws SQLException {
    try (Statement st = conn.createStatement()) {
      // sqlite-jdbc's "backup to FILE" runs sqlite3_backup_* over the main database; its parser
      // ends an unquoted FILE at a space (review10 J4), a quoted one at its closing quote
      String file = target.toAbsolutePath().toString();
      String quote = file.indexOf('"') < 0 ? "\"" : "'";
      if (file.contains(quote)) {
        throw new StoreException(
            "cannot back up to " + file + ": its name holds both kinds of quotes",
            "name a backup whose path holds one kind of quote at most");
      }
      st.executeUpdate("backup to " + quote + file + quote);
    }
  }

  /**
   * SQLite's {@code PRAGMA integrity_check}: empty when the file is sound. On PostgreSQL (whose
   * files are the server's: pg_amcheck checks them) the indexes of the store's schema that are not
   * valid, e.g. left behind by a failed {@code CREATE INDEX CONCURRENTLY}.
   */
  public List<String> integrityProblems() throws SQLException {
    List<String> problems = new ArrayList<>();
    if (dialect == Dialect.POSTGRESQL) {
      // shopops' own index (a migration's, or the key of a table) is rebuilt with REINDEX; one it
      // did not create (a failed CREATE INDEX CONCURRENTLY, a REINDEX's _ccnew copy) may fail
      // again the same way: DROP INDEX, or whoever made it looks into it
      java.util.Set<String> own = Migrations.indexNames(dialect);
      try (Statement st = conn.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT i.indexrelid::regclass::text, c.relname, EXISTS (SELECT 1 FROM"
                      + " pg_constraint k WHERE k.conindid = i.indexrelid) FROM pg_index i"
                      + " JOIN pg_class c ON c.oid = i.indexrelid"
                      + " WHERE c.relnamespace = current_schema()::regnamespace"
                      + " AND NOT (i.indisvalid AND i.indisready) ORDER BY 1")) {
        while (rs.next()) {
          String name = rs.getString(1);
          boolean ours = own.contains(rs.getString(2)) || rs.getBoolean(3);
          problems.add(
              "index "
                  + name
                  + " is not valid"
                  + (ours
                      ? " (shopops' own: REINDEX INDEX " + name + ")"
                      : " (not one of shopops' indexes: DROP INDEX " + name + ")"));
        }
      }
      return problems;
    }
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

  /**
   * Rows whose reference points nowhere ({@code PRAGMA foreign_key_check}), per table. PostgreSQL
   * enforces every foreign key it has validated: there, the foreign keys not validated (added
   * {@code NOT VALID}), each counted once.
   */
  public Map<String, Long> foreignKeyProblems() throws SQLException {
    Map<String, Long> problems = new LinkedHashMap<>();
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement st = conn.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint"
                      + " WHERE contype = 'f' AND NOT convalidated"
                      + " AND connamespace = current_schema()::regnamespace ORDER BY 1, 2")) {
        while (rs.next()) {
          problems.merge(
              rs.getString(1) + " → " + rs.getString(2) + " (not validated)", 1L, Long::sum);
        }
      }
      return problems;
    }
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
