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
 * {@link LaterOrdersFileUnchangedTest} on PostgreSQL (the stage's restamp reads the same {@code
 * UnchangedRows.LATER_SQL}): the same summaries, orders, lines and times as on SQLite.
 */
@Tag("postgres")
class PgLaterOrdersFileUnchangedTest {
  @TempDir Path dir;

  private static final List<String> TABLES =
      List.of(
          "SELECT order_id, line_no, sku, quantity, unit_price, amount, exported_at"
              + " FROM order_lines",
          "SELECT import_id, kind, record_id, message FROM anomalies",
          "SELECT order_id, status, amount, amount_derived, discount, total, shipping_fee,"
              + " exported_at FROM orders");

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
    Path file = dir.resolve("o.db");
    String onSqlite =
        LaterOrdersFileUnchangedTest.olistSteps(new CliRunner(dir).store(file.toString()), dir);
    String onPg =
        LaterOrdersFileUnchangedTest.olistSteps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(onSqlite, onPg);
    assertTrue(onPg.contains("(0 new, 0 updated, 2 unchanged)"), onPg);
    same(file, pg, db);
  }

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("t.db");
    String onSqlite =
        LaterOrdersFileUnchangedTest.tmallSteps(new CliRunner(dir).store(file.toString()), dir);
    String onPg =
        LaterOrdersFileUnchangedTest.tmallSteps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(onSqlite, onPg);
    assertTrue(onPg.contains("(0 new, 0 updated, 1 unchanged)"), onPg);
    same(file, pg, db);
  }
}
