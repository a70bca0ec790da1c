package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UntimedLinesTest} on PostgreSQL (the stage keeps lines out by the same {@code
 * Snapshots.LINES_EXPORTED_EARLIER}, a file of unknown export time against stored lines of a known
 * one): the same summaries, notes, lines with their export time, anomalies and orders as on SQLite.
 */
@Tag("postgres")
class PgUntimedLinesTest {
  @TempDir Path dir;

  private static final List<String> TABLES =
      List.of(
          "SELECT order_id, line_no, sku, quantity, unit_price, amount, exported_at"
              + " FROM order_lines",
          "SELECT import_id, kind, record_id, message FROM anomalies",
          "SELECT order_id, status, amount, discount, total, shipping_fee, exported_at"
              + " FROM orders");

  private void same(Path file, TestPostgres pg, String db) throws Exception {
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t : TABLES) {
        assertEquals(PgImportParityTest.rows(a, t), PgImportParityTest.rows(b, t), t);
      }
    }
  }

  @Test
  void olistSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("s.db");
    String onSqlite = UntimedLinesTest.olistSteps(new CliRunner(dir).store(file.toString()), dir);
    String onPg = UntimedLinesTest.olistSteps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(onSqlite, onPg);
    assertTrue(
        onPg.contains(
            "i0.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"),
        onPg);
    same(file, pg, db);
  }

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("t.db");
    UntimedLinesTest t = new UntimedLinesTest();
    t.dir = dir;
    String onSqlite = t.tmallSteps(new CliRunner(dir).store(file.toString()));
    String onPg = t.tmallSteps(new CliRunner(dir).store(pg.url(db)));
    assertEquals(onSqlite, onPg);
    assertTrue(
        onPg.startsWith(
            "宝贝报表-改.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged), 1 line item, 1 anomaly"),
        onPg);
    same(file, pg, db);
  }
}
