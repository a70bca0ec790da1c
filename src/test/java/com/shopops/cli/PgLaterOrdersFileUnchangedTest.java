package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

  @Test
  void olistSameAsOnSqlite() throws Exception {
    String onPg =
        OnBothStores.same(dir, cli -> LaterOrdersFileUnchangedTest.olistSteps(cli, dir), TABLES)
            .printed();
    assertTrue(onPg.contains("(0 new, 0 updated, 2 unchanged)"), onPg);
  }

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    String onPg =
        OnBothStores.same(dir, cli -> LaterOrdersFileUnchangedTest.tmallSteps(cli, dir), TABLES)
            .printed();
    assertTrue(onPg.contains("(0 new, 0 updated, 1 unchanged)"), onPg);
  }
}
