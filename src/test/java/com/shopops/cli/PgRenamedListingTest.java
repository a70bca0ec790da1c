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
 * {@link RenamedListingTest} on PostgreSQL (its tied orders are found in SQL and merged by the same
 * {@code SameSnapshotLines}): the same summary, stored lines and anomalies as on SQLite, for a
 * listing renamed at a sku and for a line without one.
 */
@Tag("postgres")
class PgRenamedListingTest {
  @TempDir Path dir;

  @Test
  void sameLinesAndAnomaliesAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    for (String sku : List.of("SKU-A", "")) {
      Path base =
          TestFiles.write(
              dir, "base.csv", RenamedListingTest.HEAD + RenamedListingTest.row(sku, "商品A"));
      Path renamed =
          TestFiles.write(
              dir, "v_title.csv", RenamedListingTest.HEAD + RenamedListingTest.row(sku, "商品A 新"));
      String db = pg.newDatabase();
      Path file = dir.resolve("s" + sku + ".db");
      String onSqlite =
          RenamedListingTest.reimport(new CliRunner(dir).store(file.toString()), base, renamed);
      String onPg =
          RenamedListingTest.reimport(new CliRunner(dir).store(pg.url(db)), base, renamed);
      assertEquals(onSqlite, onPg);
      try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
          Connection b = pg.connection(db)) {
        for (String t :
            List.of(
                "SELECT order_id, line_no, sku, title, quantity, unit_price, amount, item_id"
                    + " FROM order_lines",
                "SELECT kind, record_id, message FROM anomalies",
                "SELECT order_id, amount FROM orders")) {
          // the same-snapshot advice names the store (--db): the file on one, the URL on the other
          assertEquals(
              PgImportParityTest.rows(a, t).toString().replace(file.toString(), "STORE"),
              PgImportParityTest.rows(b, t).toString().replace(pg.url(db), "STORE"),
              t);
        }
        List<String> lines = PgImportParityTest.rows(b, "SELECT line_no, title FROM order_lines");
        if (sku.isEmpty()) {
          assertEquals(List.of("{line_no=1, title=商品A}", "{line_no=2, title=商品A 新}"), lines);
          assertTrue(onPg.contains("2 anomalies"), onPg);
        } else {
          assertEquals(List.of("{line_no=1, title=商品A 新}"), lines);
          assertTrue(onPg.contains("(0 new, 1 updated, 0 unchanged), 1 line item;"), onPg);
        }
      }
    }
  }

  /** {@link RenamedListingTest#aRowAndItsLinesChangedCountOnce}: the same counts and rows. */
  @Test
  void aRowAndItsLinesChangedCountOnceAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    Path base = TestFiles.write(dir, "base.csv", RenamedListingTest.BASE);
    Path changed = TestFiles.write(dir, "changed.csv", RenamedListingTest.CHANGED);
    String db = pg.newDatabase();
    Path file = dir.resolve("counts.db");
    String onSqlite =
        RenamedListingTest.reimport(new CliRunner(dir).store(file.toString()), base, changed);
    String onPg = RenamedListingTest.reimport(new CliRunner(dir).store(pg.url(db)), base, changed);
    assertEquals(onSqlite, onPg);
    assertTrue(onPg.contains("5 orders (1 new, 3 updated, 1 unchanged)"), onPg);
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t :
          List.of(
              "SELECT order_id, status, tracking_no, delivered_at FROM orders",
              "SELECT order_id, line_no, sku, title FROM order_lines")) {
        assertEquals(PgImportParityTest.rows(a, t), PgImportParityTest.rows(b, t), t);
      }
    }
  }
}
