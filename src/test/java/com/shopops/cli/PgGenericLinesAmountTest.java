package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GenericLinesAmountTest} on PostgreSQL (the titles kept through the stage, {@code
 * StoredLineValues.fillStage}): the same summaries, orders, lines, returns and anomalies as on
 * SQLite.
 */
@Tag("postgres")
class PgGenericLinesAmountTest {
  @TempDir Path dir;

  @Test
  void sameStoreAndSummariesAsOnSqlite() throws Exception {
    OnBothStores.Ran ran =
        OnBothStores.same(
            dir,
            cli -> GenericLinesAmountTest.steps(cli, dir),
            List.of(
                "SELECT order_id, line_no, sku, title, quantity, unit_price, amount, item_id"
                    + " FROM order_lines ORDER BY order_id, line_no",
                "SELECT kind, record_id, message FROM anomalies ORDER BY anomaly_id",
                "SELECT order_id, amount, amount_derived, total, shipping_fee FROM orders"
                    + " ORDER BY order_id"));
    String onPg = ran.printed();
    assertTrue(
        onPg.contains("items.csv: 3 rows, 2 orders (0 new, 1 updated, 1 unchanged), 3 line items"),
        onPg);
    assertTrue(
        onPg.contains(
            "items-again.csv: 3 rows, 2 orders (0 new, 0 updated, 2 unchanged), 3 line items"),
        onPg);
    assertTrue(
        onPg.contains("items2.csv: 3 rows, 2 orders (0 new, 2 updated, 0 unchanged), 3 line items"),
        onPg);
    // rows() gives each row's columns by name and the rows sorted
    assertEquals(
        List.of(
            "{amount=1800, order_id=G2, title=null}",
            "{amount=3000, order_id=G2, title=Bowl}",
            "{amount=6000, order_id=G1, title=Mug}"),
        ran.pgRows("SELECT order_id, title, amount FROM order_lines"));
    assertEquals(
        List.of(
            "{amount=4800, amount_derived=3, order_id=G2}",
            "{amount=6000, amount_derived=3, order_id=G1}"),
        ran.pgRows("SELECT order_id, amount, amount_derived FROM orders"));
  }
}
