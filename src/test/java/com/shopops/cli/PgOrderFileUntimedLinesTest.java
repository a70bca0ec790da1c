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
 * {@link OrderFileUntimedLinesTest} on PostgreSQL (the stage's tied orders keep their stored lines
 * by the same {@code Snapshots.linesExportedEarlier}): the same summaries, notes, lines with their
 * export time, anomalies and orders as on SQLite.
 */
@Tag("postgres")
class PgOrderFileUntimedLinesTest {
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
  void jdSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("j.db");
    String onSqlite =
        OrderFileUntimedLinesTest.jdSteps(new CliRunner(dir).store(file.toString()), dir);
    String onPg = OrderFileUntimedLinesTest.jdSteps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(onSqlite, onPg);
    assertTrue(
        onPg.startsWith(
            "jd_1114.csv: 2 rows, 1 order (0 new, 0 updated, 1 unchanged), 2 line items, 1"
                + " anomaly"),
        onPg);
    same(file, pg, db);
  }

  @Test
  void genericSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("g.db");
    String onSqlite =
        OrderFileUntimedLinesTest.genericSteps(new CliRunner(dir).store(file.toString()), dir);
    String onPg = OrderFileUntimedLinesTest.genericSteps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(onSqlite, onPg);
    assertTrue(onPg.contains("(0 new, 0 updated, 1 unchanged), 2 line items, 1 anomaly"), onPg);
    same(file, pg, db);
  }
}
