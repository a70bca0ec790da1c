package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V057 (amount29, closing note 28 "Left" 2): a store an older shopops loaded kept a generic orders
 * export's summed amount, and before session 28 an Olist items file's, as stated (amount_derived
 * 0), so a later items file replaced the lines and left the amount. The upgrade marks such amounts
 * the lines' money (3) where the layout that wrote the order sums its rows and its lines add up to
 * the amount; an order's own amount (a row without a line) and a generic order whose lines are all
 * unit price times quantity stay stated. After it, the items file takes the amount as on a store
 * loaded now.
 */
class AmountsFromLinesUpgradeTest {
  @TempDir Path dir;

  static final String MORE =
      "order_id,customer_id,created_at,paid_at,status,amount\n"
          + "G3,carol,2026-11-03 10:00,2026-11-03 10:05,paid,50.00\n";

  static final String PRICED =
      "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,unit_price\n"
          + "G4,dave,2026-11-03 11:00,2026-11-03 11:05,paid,E1,Cup,2,7.50\n";

  /** The generic orders as an older shopops stored them: every amount stated, schema 55. */
  static CliRunner store55(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    GenericLinesAmountTest.import_(
        cli, dir, "orders.csv", GenericLinesAmountTest.ORDERS, "2026-11-05 10:00");
    GenericLinesAmountTest.import_(cli, dir, "more.csv", MORE, "2026-11-05 10:00");
    GenericLinesAmountTest.import_(cli, dir, "priced.csv", PRICED, "2026-11-05 10:00");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE orders SET amount_derived = 0");
    }
    return cli;
  }

  @Test
  void theUpgradeMarksSummedAmountsAndTheItemsFileThenTakesThem() throws Exception {
    CliRunner cli = store55(new CliRunner(dir), dir);
    OldStore.asOfVersion(cli, 55);
    assertEquals(
        "G1|0\nG2|0\nG3|0\nG4|0\n",
        cli.sql("SELECT order_id, amount_derived FROM orders ORDER BY 1"));
    cli.expect(0, "orders", "list", "-f", "csv");
    assertEquals(
        com.shopops.store.Store.latestSchemaVersion() + "\n",
        cli.sql("SELECT max(version) FROM schema_migrations"));
    assertEquals(
        "G1|6500|3\nG2|3000|3\nG3|5000|0\nG4|1500|0\n",
        cli.sql("SELECT order_id, amount, amount_derived FROM orders ORDER BY 1"));
    String said =
        GenericLinesAmountTest.import_(
            cli, dir, "items.csv", GenericLinesAmountTest.ITEMS, "2026-11-06 10:00");
    assertTrue(
        said.contains("items.csv: 3 rows, 2 orders (0 new, 1 updated, 1 unchanged), 3 line items"),
        said);
    assertEquals(
        "G1|8500|3\nG2|3000|3\n",
        cli.sql(
            "SELECT order_id, amount, amount_derived FROM orders WHERE order_id IN ('G1', 'G2') ORDER BY 1"));
    assertEquals("", cli.sql("SELECT kind, record_id FROM anomalies"));
  }
}
