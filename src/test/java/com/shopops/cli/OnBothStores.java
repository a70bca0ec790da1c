package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The PostgreSQL twin of a SQLite test, in one place: the same commands run on a SQLite file and on
 * a fresh PostgreSQL database must print the same and leave the same rows in the tables named.
 */
final class OnBothStores {
  private OnBothStores() {}

  /** Commands run against one store; what they printed. */
  @FunctionalInterface
  interface Steps {
    String run(CliRunner cli) throws Exception;
  }

  /** The line items with their export time, the anomalies and the orders' money and times. */
  static final List<String> LINES_AND_ORDERS =
      List.of(
          "SELECT order_id, line_no, sku, quantity, unit_price, amount, exported_at"
              + " FROM order_lines",
          "SELECT import_id, kind, record_id, message FROM anomalies",
          "SELECT order_id, status, amount, discount, total, shipping_fee, exported_at"
              + " FROM orders");

  /** What the steps printed (the same on both), and the PostgreSQL store to look into. */
  record Ran(String printed, TestPostgres pg, String db) {
    /** The rows of {@code sql} on PostgreSQL, as {@link PgImportParityTest#rows} gives them. */
    List<String> pgRows(String sql) throws SQLException {
      try (Connection c = pg.connection(db)) {
        return PgImportParityTest.rows(c, sql);
      }
    }

    /** The rows of {@code sql} on PostgreSQL as {@link CliRunner#rows} prints them. */
    String pgText(String sql) throws SQLException {
      try (Connection c = pg.connection(db)) {
        return CliRunner.rows(c, sql);
      }
    }
  }

  /**
   * Runs {@code steps} on a SQLite file in {@code dir} and on a new PostgreSQL database; asserts
   * the same output and the same rows of each of {@code tables}.
   */
  static Ran same(Path dir, Steps steps, List<String> tables) throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("sqlite-twin-" + System.nanoTime() + ".db");
    String onSqlite = steps.run(new CliRunner(dir).store(file.toString()));
    String onPg = steps.run(new CliRunner(dir).store(pg.url(db)));
    assertEquals(onSqlite, onPg);
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t : tables) {
        assertEquals(PgImportParityTest.rows(a, t), PgImportParityTest.rows(b, t), t);
      }
    }
    return new Ran(onPg, pg, db);
  }
}
