package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OlderLinesTest} on PostgreSQL (the stage finds older lines in SQL by the same {@code
 * Snapshots.LINES_REPLACE} over the stored lines' export time): the same summaries, notes, lines
 * with their export time, anomalies and orders as on SQLite, for the olist A1 sequence and the
 * Tmall pair sequence.
 */
@Tag("postgres")
class PgOlderLinesTest {
  @TempDir Path dir;

  @Test
  void olistSameAsOnSqlite() throws Exception {
    String onPg =
        OnBothStores.same(
                dir, cli -> OlderLinesTest.olistSteps(cli, dir), OnBothStores.LINES_AND_ORDERS)
            .printed();
    assertTrue(
        onPg.contains(
            "i1b.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"),
        onPg);
  }

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    OlderLinesTest t = new OlderLinesTest();
    t.dir = dir;
    String onPg =
        OnBothStores.same(dir, cli -> t.tmallSteps(cli), OnBothStores.LINES_AND_ORDERS).printed();
    assertTrue(
        onPg.contains(
            "ExportOrderDetailList202611121000.csv: 2 rows, 1 order (0 new, 0 updated, 1"
                + " unchanged), 2 line items, 1 anomaly"),
        onPg);
  }
}
