package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reading a large result a batch of rows at a time. The PostgreSQL driver honours a statement's
 * fetch size only inside a transaction (it then reads through a cursor); with autocommit on it
 * reads the whole result into memory before the first row is handed over: a million orders of
 * {@code sla report} held 600 MB of the client and kept it waiting for the last row before the
 * first was classified. SQLite steps through its rows whatever the mode.
 */
final class Cursors {
  private Cursors() {}

  /** Rows per round trip when a statement is read through a cursor. */
  static final int FETCH_SIZE = 2000;

  /** A read that may run inside a transaction made for it. */
  @FunctionalInterface
  interface Read {
    void run() throws SQLException;
  }

  /**
   * Runs {@code read} where its statements' fetch size holds: on PostgreSQL outside a transaction,
   * in a transaction of its own that writes nothing and ends when it does; as it is otherwise (on
   * SQLite, or inside the caller's transaction).
   */
  static void read(Connection conn, Read read) throws SQLException {
    if (Dialect.of(conn) != Dialect.POSTGRESQL || !conn.getAutoCommit()) {
      read.run();
      return;
    }
    conn.setAutoCommit(false);
    try {
      read.run();
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** What is done with each row of a result read through a cursor. */
  @FunctionalInterface
  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Runs {@code ps} and hands each of its rows to {@code row}, {@link #FETCH_SIZE} at a time. */
  static void eachRow(Connection conn, PreparedStatement ps, Row row) throws SQLException {
    ps.setFetchSize(FETCH_SIZE);
    read(
        conn,
        () -> {
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              row.accept(rs);
            }
          }
        });
  }
}
