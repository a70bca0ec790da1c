package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An olist order_items.csv (--map olist-order-items) imported again with one line's price changed
 * (items27, found by clarity27b): the file's lines replace the stored ones and the order's derived
 * amount and shipping fee follow them, counted as updated. Before the fix the file was ignored with
 * exit 0 ("0 updated, 2 unchanged", the line and amount stayed 199.90): the items row states no
 * status and no time, so {@code SnapshotTies.plan} found it older than the stored snapshot and left
 * its lines out. A row of no status and no time ({@code Snapshots.linesOnly}) is now compared with
 * the stored order by export time only ({@code Snapshots.LINES_REPLACE}). {@link
 * PgItemsFileReplacesLinesTest}: the same on PostgreSQL.
 */
class ItemsFileReplacesLinesTest {
  @TempDir Path dir;

  static final String ORDERS =
      "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,"
          + "order_delivered_carrier_date,order_delivered_customer_date,"
          + "order_estimated_delivery_date\n"
          + "e481f51cbdc54678b7cc49136f2d6af7,9ef432eb6251297304e76186b10a928d,delivered,"
          + "2017-10-02 10:56:33,2017-10-02 11:07:15,2017-10-04 19:55:00,2017-10-10 21:25:13,"
          + "2017-10-18 00:00:00\n"
          + "00042b26cf59d7ce69dfabb4e55b4fd9,58dbd0b2d70206bf40e62cd34e84d795,delivered,"
          + "2017-02-04 13:57:51,2017-02-04 14:10:13,2017-02-16 09:46:09,2017-03-01 16:42:31,"
          + "2017-03-17 00:00:00\n";

  static final String ITEMS_HEAD =
      "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n";

  static final String E481 =
      "e481f51cbdc54678b7cc49136f2d6af7,1,87285b34884572647811a353c7ac498a,"
          + "3504c0cb71d7fa48d967e0e4c94d59d9,2017-10-06 11:07:15,29.99,8.72\n";

  /** Order 00042b26…'s line with this product and price. */
  static String line42(String product, String price) {
    return "00042b26cf59d7ce69dfabb4e55b4fd9,1,"
        + product
        + ",df560393f3a51e74553ab94004ba5c87,2017-02-13 13:57:51,"
        + price
        + ",18.14\n";
  }

  static final String P42 = "ac6c3623068f30de03045865e4e10089";

  static String items(String price) {
    return ITEMS_HEAD + line42(P42, price) + E481;
  }

  /** The store of the two olist orders and {@code items} (olist-order-items). */
  static CliRunner olist(CliRunner cli, Path dir, String items) throws Exception {
    cli.expect(0, "init", "--tz", "America/Sao_Paulo", "--currency", "BRL", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "i.csv", items).toString(),
        "--map",
        "olist-order-items");
    return cli;
  }

  /** What importing {@code items} as {@code name} says: its summary, the dir and time taken out. */
  static String again(CliRunner cli, Path dir, String name, String items, String... more)
      throws Exception {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "import",
                "orders",
                TestFiles.write(dir, name, items).toString(),
                "--map",
                "olist-order-items"));
    args.addAll(java.util.List.of(more));
    return cli.expect(0, args.toArray(String[]::new))
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll(", [0-9.]+ s\n", "\n");
  }

  static final String STORED =
      "SELECT o.order_id, o.amount, o.shipping_fee, o.status, l.line_no, l.sku, l.amount"
          + " FROM orders o LEFT JOIN order_lines l ON l.order_id = o.order_id"
          + " ORDER BY o.order_id, l.line_no";

  /**
   * Tryout30a A7: an olist item row is one unit (order_item_id numbers them), so its line has
   * quantity 1; it was stored and listed empty. A store loaded before gets it by importing the same
   * order_items.csv again: "updated", the lines' quantity 1, the money as it was.
   */
  @Test
  void anOlistItemRowIsOneUnit() throws Exception {
    CliRunner cli = olist(new CliRunner(dir), dir, items("199.9"));
    String lines =
        "SELECT order_id, line_no, quantity, unit_price, amount FROM order_lines ORDER BY 1";
    String ones =
        "00042b26cf59d7ce69dfabb4e55b4fd9|1|1|19990|19990\n"
            + "e481f51cbdc54678b7cc49136f2d6af7|1|1|2999|2999\n";
    assertEquals(ones, cli.sql(lines));
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE order_lines SET quantity = NULL"); // as loaded before
    }
    String said = again(cli, dir, "i2.csv", items("199.9"));
    assertTrue(
        said.startsWith(
            "i2.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged), 2 line items;"
                + " olist-order-items, UTF-8\n"),
        said);
    assertEquals(ones, cli.sql(lines));
    assertEquals(
        "00042b26cf59d7ce69dfabb4e55b4fd9|19990|1814\ne481f51cbdc54678b7cc49136f2d6af7|2999|872\n",
        cli.sql("SELECT order_id, amount, shipping_fee FROM orders ORDER BY 1"));
  }

  @Test
  void aChangedPriceReplacesTheStoredLineAndAmount() throws Exception {
    CliRunner cli = olist(new CliRunner(dir), dir, items("199.9"));
    String said = again(cli, dir, "i2.csv", items("200.9"));
    assertTrue(
        said.startsWith(
            "i2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
                + " olist-order-items, UTF-8\n"),
        said);
    assertEquals(
        "00042b26cf59d7ce69dfabb4e55b4fd9|20090|1814|20090\n"
            + "e481f51cbdc54678b7cc49136f2d6af7|2999|872|2999\n",
        cli.sql(
            "SELECT o.order_id, o.amount, o.shipping_fee, l.amount FROM orders o"
                + " JOIN order_lines l ON l.order_id = o.order_id ORDER BY o.order_id"));
    // the status and times of orders.csv stay
    assertEquals(
        "delivered|1\n",
        cli.sql(
            "SELECT status, delivered_at IS NOT NULL FROM orders"
                + " WHERE order_id = '00042b26cf59d7ce69dfabb4e55b4fd9'"));
    assertEquals("", cli.sql("SELECT kind FROM anomalies"));
    // the unchanged file again: all unchanged, nothing rewritten
    String same = again(cli, dir, "i3.csv", items("200.9"));
    assertTrue(
        same.startsWith("i3.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"),
        same);
    assertEquals(
        "2|1\n3|1\n",
        cli.sql("SELECT import_id, count(*) FROM order_lines GROUP BY import_id ORDER BY 1"));
    // metrics: the sales of February 2017 follow the line (200.90 + 18.14)
    String metrics =
        cli.expect(
                0,
                "--now",
                "2018-10-01 00:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2017-02-01",
                "--to",
                "2017-02-28",
                "--format",
                "csv")
            .out();
    assertTrue(metrics.contains("2017-02,") && metrics.contains(",219.04,"), metrics);
  }

  @Test
  void aChangedProductReplacesTheLineAtTheSameAmount() throws Exception {
    CliRunner cli = olist(new CliRunner(dir), dir, items("199.9"));
    String said =
        again(
            cli,
            dir,
            "i2.csv",
            ITEMS_HEAD + line42("ffff3623068f30de03045865e4e10089", "199.9") + E481);
    assertTrue(
        said.startsWith("i2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"),
        said);
    assertEquals(
        "00042b26cf59d7ce69dfabb4e55b4fd9|19990|1814|delivered|1|ffff3623068f30de03045865e4e10089"
            + "|19990\n"
            + "e481f51cbdc54678b7cc49136f2d6af7|2999|872|delivered|1|87285b34884572647811a353c7ac498a"
            + "|2999\n",
        cli.sql(STORED));
  }

  @Test
  void aLineRemovedTakesItsMoneyWithIt() throws Exception {
    String two =
        ITEMS_HEAD
            + line42(P42, "199.9")
            + line42("bbbb3623068f30de03045865e4e10089", "10").replace(",1,bbbb", ",2,bbbb")
            + E481;
    CliRunner cli = olist(new CliRunner(dir), dir, two);
    assertEquals(
        "00042b26cf59d7ce69dfabb4e55b4fd9|20990|3628|delivered|1|"
            + P42
            + "|19990\n"
            + "00042b26cf59d7ce69dfabb4e55b4fd9|20990|3628|delivered|2"
            + "|bbbb3623068f30de03045865e4e10089|1000\n"
            + "e481f51cbdc54678b7cc49136f2d6af7|2999|872|delivered|1|87285b34884572647811a353c7ac498a"
            + "|2999\n",
        cli.sql(STORED));
    String said = again(cli, dir, "i2.csv", items("199.9"));
    assertTrue(
        said.startsWith("i2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"),
        said);
    assertEquals(
        "00042b26cf59d7ce69dfabb4e55b4fd9|19990|1814|delivered|1|"
            + P42
            + "|19990\n"
            + "e481f51cbdc54678b7cc49136f2d6af7|2999|872|delivered|1|87285b34884572647811a353c7ac498a"
            + "|2999\n",
        cli.sql(STORED));
  }

  /**
   * An items file exported before the stored order's export: its lines are kept out, named in an
   * anomaly; exported after it: they replace the stored ones.
   */
  @Test
  void anItemsFileExportedEarlierIsKeptLaterReplaces() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "America/Sao_Paulo", "--currency", "BRL", "-q");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", ORDERS).toString(),
        "--exported-at",
        "2018-09-01 10:00");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "i.csv", items("199.9")).toString(),
        "--map",
        "olist-order-items",
        "--exported-at",
        "2018-09-01 10:00");
    String older = again(cli, dir, "i2.csv", items("200.9"), "--exported-at", "2018-08-01 10:00");
    assertTrue(
        older.startsWith(
            "i2.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 1 anomaly"),
        older);
    assertEquals(
        "19990|19990\n",
        cli.sql(
            "SELECT o.amount, l.amount FROM orders o JOIN order_lines l USING (order_id)"
                + " WHERE order_id = '00042b26cf59d7ce69dfabb4e55b4fd9'"));
    assertEquals(
        "anomaly:older-lines|00042b26cf59d7ce69dfabb4e55b4fd9|the store's line items of this order are from an"
            + " export made 2018-09-01 10:00; this file was exported 2018-08-01 10:00: its line"
            + " items here are left out and the stored ones kept\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    String later = again(cli, dir, "i3.csv", items("200.9"), "--exported-at", "2018-09-02 10:00");
    assertTrue(
        later.startsWith("i3.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"),
        later);
    assertEquals(
        "20090|20090\n",
        cli.sql(
            "SELECT o.amount, l.amount FROM orders o JOIN order_lines l USING (order_id)"
                + " WHERE order_id = '00042b26cf59d7ce69dfabb4e55b4fd9'"));
  }

  static final String GENERIC_ORDERS =
      "order_id,customer_id,created_at,paid_at,status,amount\n"
          + "G1,C1,2026-11-10 10:00:00,2026-11-10 10:01:00,paid,\n"
          + "G2,C2,2026-11-10 11:00:00,2026-11-10 11:01:00,paid,50.00\n";

  /** A generic 4-column lines file: G1 derives its amount from lines, G2 states 50.00. */
  @Test
  void aGenericLinesFileReplacesLinesAndDerivedMoneyOnly() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0, "-q", "import", "orders", TestFiles.write(dir, "g.csv", GENERIC_ORDERS).toString());
    String head = "order_id,sku,quantity,amount\n";
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "l.csv", head + "G1,A,1,30.00\nG2,B,2,50.00\n").toString());
    String said =
        cli.expect(
                0,
                "import",
                "orders",
                TestFiles.write(dir, "l2.csv", head + "G1,A,2,60.00\nG2,B,1,40.00\n").toString())
            .err()
            .replace(dir.toString() + "/", "");
    assertTrue(said.contains("l2.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged)"), said);
    assertEquals(
        "G1|6000|paid|1|A|2|6000\nG2|5000|paid|1|B|1|4000\n",
        cli.sql(
            "SELECT o.order_id, o.amount, o.status, l.line_no, l.sku, l.quantity, l.amount"
                + " FROM orders o JOIN order_lines l USING (order_id) ORDER BY 1, 4"));
    String same =
        cli.expect(
                0,
                "import",
                "orders",
                TestFiles.write(dir, "l3.csv", head + "G1,A,2,60.00\nG2,B,1,40.00\n").toString())
            .err()
            .replace(dir.toString() + "/", "");
    assertTrue(same.contains("l3.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged)"), same);
    assertEquals(
        "anomaly:lines-not-goods|G2|the line items of this file, which replace the stored ones of"
            + " this order, come to 40.00; its goods amount, stated by an orders export, is 50.00"
            + " and stays: the order may have been edited after that export; import a newer orders"
            + " export, or check the order in the shop\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
  }
}
