package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SameSnapshotShopifyLinesTest} on PostgreSQL (PgOrderStage): the same summaries, orders,
 * lines and anomalies as on SQLite for the renamed line and the added gift line, each imported
 * twice.
 */
@Tag("postgres")
class PgSameSnapshotShopifyLinesTest {
  @TempDir Path dir;

  @Test
  void sameSummariesAndLinesAsOnSqlite() throws Exception {
    OnBothStores.Ran ran =
        OnBothStores.same(
            dir,
            cli -> SameSnapshotShopifyLinesTest.steps(cli, dir),
            List.of(
                SameSnapshotShopifyLinesTest.LINES,
                "SELECT order_id, amount, refunded, status FROM orders ORDER BY order_id",
                "SELECT kind, record_id, message FROM anomalies ORDER BY anomaly_id"));
    assertEquals(
        "title.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n"
            + "title.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n"
            + "addline.csv: 3 rows, 2 orders (0 new, 1 updated, 1 unchanged), 3 line items;"
            + " shopify-orders, UTF-8\n"
            + "addline.csv: 3 rows, 2 orders (0 new, 0 updated, 2 unchanged), 3 line items;"
            + " shopify-orders, UTF-8\n",
        ran.printed());
    assertEquals(
        List.of(
            "{amount=0, line_no=2, order_id=#2001, quantity=1, sku=GIFT-1, title=赠品 杯子}",
            "{amount=10000, line_no=1, order_id=#2001, quantity=2, sku=TEA-A, title=茶叶 A}",
            "{amount=8000, line_no=1, order_id=#2002, quantity=1, sku=TEA-B, title=茶叶 B}"),
        ran.pgRows(SameSnapshotShopifyLinesTest.LINES));
  }
}
