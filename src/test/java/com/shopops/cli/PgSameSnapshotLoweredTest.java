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
 * {@link SameSnapshotLoweredTest} on PostgreSQL (PgOrderStage): the same summaries, lines, money
 * and anomalies as on SQLite for tryout29b B1 (a price corrected down), B2 (a line removed in a
 * Shopify re-export) and the generic layout.
 */
@Tag("postgres")
class PgSameSnapshotLoweredTest {
  @TempDir Path dir;

  interface Steps {
    String run(CliRunner cli, Path dir) throws Exception;
  }

  private void same(String want, Steps steps, String lines, String money) throws Exception {
    assertTrue(
        parity(want, steps, lines, money).expect(0, "check").out().contains("lines and goods,ok"));
  }

  /** The steps on both backends: the same summaries, lines, money and anomalies; the Pg runner. */
  private CliRunner parity(String want, Steps steps, String lines, String money) throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("s" + System.nanoTime() + ".db");
    CliRunner sqlite = new CliRunner(dir).store(file.toString());
    CliRunner onPg = new CliRunner(dir).store(pg.url(db));
    assertEquals(want, steps.run(sqlite, dir));
    assertEquals(want, steps.run(onPg, dir));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t :
          List.of(
              SameSnapshotShopifyLinesTest.LINES,
              "SELECT order_id, amount, total, amount_derived FROM orders ORDER BY order_id",
              "SELECT kind, record_id, message FROM anomalies ORDER BY anomaly_id")) {
        // the same-snapshot advice names the store (--db): the file on one, the URL on the other
        assertEquals(
            PgImportParityTest.rows(a, t).toString().replace(file.toString(), "STORE"),
            PgImportParityTest.rows(b, t).toString().replace(pg.url(db), "STORE"),
            t);
      }
      assertEquals(lines, CliRunner.rows(b, SameSnapshotLoweredTest.LINES));
      assertEquals(money, CliRunner.rows(b, "SELECT order_id, amount FROM orders ORDER BY 1"));
    }
    return onPg;
  }

  @Test
  void aPriceCorrectedDownTakesTheFileMoneyAsOnSqlite() throws Exception {
    same(
        SameSnapshotLoweredTest.PRICE_DOWN,
        SameSnapshotLoweredTest::priceDown,
        "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|7000\n",
        "#2001|10000\n#2002|7000\n");
  }

  @Test
  void aLineRemovedInAShopifyReExportGoesAsOnSqlite() throws Exception {
    same(
        SameSnapshotLoweredTest.REMOVED,
        SameSnapshotLoweredTest::removed,
        "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|8000\n",
        "#2001|10000\n#2002|8000\n");
  }

  @Test
  void genericAsOnSqlite() throws Exception {
    same(
        SameSnapshotLoweredTest.GENERIC,
        SameSnapshotLoweredTest::genericSteps,
        "G1|1|SKU-A|2|10000\nG2|1|SKU-B|1|8000\n",
        "G1|10000\nG2|8000\n");
  }

  @Test
  void aShopifyRowCutOutByHandKeepsTheLineAsOnSqlite() throws Exception {
    same(
        SameSnapshotLoweredTest.ROW_CUT,
        SameSnapshotLoweredTest::rowCut,
        "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|8000\n#2002|2|TEA-C|1|2000\n",
        "#2001|10000\n#2002|10000\n");
  }

  /** tryout30b B2: money below a return's refund is kept, and said, as on SQLite. */
  @Test
  void aPriceCorrectedBelowAReturnsRefundKeepsTheMoneyAsOnSqlite() throws Exception {
    CliRunner onPg =
        parity(
            SameSnapshotLoweredTest.REFUNDED_THEN_LOWERED,
            SameSnapshotLoweredTest::refundedThenLowered,
            "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|7000\n",
            "#2001|10000\n#2002|8000\n");
    // the anomalies as on SQLite (parity), where SameSnapshotLoweredTest pins BELOW_REFUNDED
    assertTrue(onPg.expect(0, "check").out().contains("refunds above total,ok"));
    assertTrue(
        onPg.expect(0, "imports", "show", "2").out().contains("below the 80.00 refunded on it"));
  }
}
