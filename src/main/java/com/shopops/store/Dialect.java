package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the two backends of a store, in one place: the SQL that SQLite and
 * PostgreSQL spell differently, and how each records its schema version. Every other statement of
 * this package is written once, in the SQL both accept.
 */
public enum Dialect {
  SQLITE("/db/migration/"),
  POSTGRESQL("/db/migration/postgresql/");

  /** Where this backend's numbered migrations are (the same numbers and names on both). */
  final String migrations;

  Dialect(String migrations) {
    this.migrations = migrations;
  }

  /** The dialect of a connection of this package. */
  static Dialect of(Connection conn) {
    return conn instanceof org.sqlite.SQLiteConnection ? SQLITE : POSTGRESQL;
  }

  /** Whether the store has a table of that name. */
  boolean hasTable(Connection conn, String table) throws SQLException {
    String sql =
        this == SQLITE
            ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
            : "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                + " AND tablename = ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, table);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * The schema version: SQLite keeps it in the file header ({@code PRAGMA user_version}),
   * PostgreSQL in the schema_migrations table (0 before the first migration).
   */
  int schemaVersion(Connection conn) throws SQLException {
    if (this == POSTGRESQL) {
      if (!hasTable(conn, "schema_migrations")) {
        return 0;
      }
      try (Statement st = conn.createStatement();
          var rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
    try (Statement st = conn.createStatement();
        var rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Takes the lock that makes schema upgrades (and other store-wide changes) one at a time, in the
   * transaction just begun: SQLite's BEGIN IMMEDIATE has it already; on PostgreSQL a transaction
   * advisory lock, released at commit.
   */
  void lockSchema(Connection conn) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement st = conn.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(" + PgLocks.SCHEMA + ")");
      }
    }
  }

  /** Records the version a migration brought the store to, beyond its schema_migrations row. */
  void recordVersion(Statement st, int version) throws SQLException {
    if (this == SQLITE) {
      st.execute("PRAGMA user_version = " + version);
    }
  }

  /** A temporary table by its qualified name. */
  String temp(String table) {
    return (this == SQLITE ? "temp." : "pg_temp.") + table;
  }

  /** The name a new index of a temporary table is created with (its schema is the table's). */
  String tempIndex(String index) {
    return this == SQLITE ? "temp." + index : index;
  }

  /**
   * How many rows of a group meet {@code condition}: SQLite sums the 0/1 a comparison is;
   * PostgreSQL's comparisons are booleans, which it does not sum.
   */
  String countIf(String condition) {
    return this == SQLITE
        ? "sum(" + condition + ")"
        : "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
  }

  /** SQLite's hint to scan a table rather than walk an index; PostgreSQL plans for itself. */
  String notIndexed() {
    return this == SQLITE ? " NOT INDEXED" : "";
  }

  /**
   * An inner join that keeps the left table as the outer loop: SQLite's CROSS JOIN (which takes an
   * ON there); PostgreSQL plans the join order itself and allows no ON after CROSS JOIN.
   */
  String orderedJoin() {
    return this == SQLITE ? " CROSS JOIN" : " JOIN";
  }

  /** The greatest of several values: SQLite's max() of two or more arguments, PostgreSQL's. */
  String greatest() {
    return this == SQLITE ? "max(" : "greatest(";
  }

  /** Whether {@code a} differs from {@code b}, NULL being a value: SQLite's IS NOT. */
  String isNot(String a, String b) {
    return a + (this == SQLITE ? " IS NOT " : " IS DISTINCT FROM ") + b;
  }

  /** The name a subquery in FROM is given: PostgreSQL 15 requires one, SQLite goes without. */
  String subqueryAlias(String name) {
    return this == SQLITE ? "" : " AS " + name;
  }

  /**
   * The parameter numbered {@code n}: SQLite's ?NNN, which a statement may repeat; the PostgreSQL
   * driver numbers plain ?s only, so there each use is a parameter of its own.
   */
  String param(int n) {
    return this == SQLITE ? "?" + n : "?";
  }

  /** How many times a statement using {@link #param} for a range {@code uses} times binds it. */
  int rangesBound(int uses) {
    return this == SQLITE ? 1 : uses;
  }
}
