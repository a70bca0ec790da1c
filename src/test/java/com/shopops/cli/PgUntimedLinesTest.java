package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

  @Test
  void olistSameAsOnSqlite() throws Exception {
    String onPg =
        OnBothStores.same(
                dir, cli -> UntimedLinesTest.olistSteps(cli, dir), OnBothStores.LINES_AND_ORDERS)
            .printed();
    assertTrue(
        onPg.contains(
            "i0.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"),
        onPg);
  }

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    UntimedLinesTest t = new UntimedLinesTest();
    t.dir = dir;
    String onPg =
        OnBothStores.same(dir, cli -> t.tmallSteps(cli), OnBothStores.LINES_AND_ORDERS).printed();
    assertTrue(
        onPg.startsWith(
            "宝贝报表-改.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged), 1 line item, 1 anomaly"),
        onPg);
  }
}
