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
 * {@link SameSnapshotCorrectedLineTest} on PostgreSQL (PgOrderStage): the same summaries, lines,
 * money, anomalies and check row as on SQLite for the corrected line of tryout28b B1.
 */
@Tag("postgres")
class PgSameSnapshotCorrectedLineTest {
  @TempDir Path dir;

  @Test
  void sameSummariesLinesAndCheckAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("s.db");
    CliRunner sqlite = new CliRunner(dir).store(file.toString());
    CliRunner onPg = new CliRunner(dir).store(pg.url(db));
    assertEquals(
        SameSnapshotCorrectedLineTest.SUMMARIES, SameSnapshotCorrectedLineTest.steps(sqlite, dir));
    assertEquals(
        SameSnapshotCorrectedLineTest.SUMMARIES, SameSnapshotCorrectedLineTest.steps(onPg, dir));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t :
          List.of(
              SameSnapshotShopifyLinesTest.LINES,
              "SELECT order_id, amount, total, refunded, status FROM orders ORDER BY order_id",
              "SELECT kind, record_id, message FROM anomalies ORDER BY anomaly_id")) {
        assertEquals(PgImportParityTest.rows(a, t), PgImportParityTest.rows(b, t), t);
      }
      assertEquals(
          List.of(
              "{amount=10000, line_no=1, order_id=#2001, quantity=2, sku=TEA-A, title=茶叶 A}",
              "{amount=8000, line_no=1, order_id=#2002, quantity=1, sku=TEA-B, title=茶叶 B}"),
          PgImportParityTest.rows(b, SameSnapshotShopifyLinesTest.LINES));
    }
    String check = onPg.expect(0, "check").out();
    assertTrue(check.contains("lines and goods,ok"), check);
  }
}
