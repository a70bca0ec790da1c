package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listing renamed between two exports of the same snapshot (tryout26b B3): the title of a line
 * with a sku is not part of what the line is (README: "a line being its item, quantity and money"),
 * so the re-import updates the stored line's title, adds no second line and raises no anomaly. A
 * line without a sku is known by its title: there another title is another item.
 */
class RenamedListingTest {
  @TempDir Path dir;

  static final String HEAD =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,"
          + "status,sku,title,quantity,amount,shipping_fee,province,city,refunded\n";

  static String row(String sku, String title) {
    return "U1,CU1,2026-11-10 10:00:00,2026-11-10 10:01:00,2026-11-11 09:00:00,,圆通速递,YT1,"
        + "shipped,"
        + sku
        + ","
        + title
        + ",2,100.00,6.00,浙江,杭州,\n";
  }

  /** The summary of importing {@code renamed} into a store holding {@code base}. */
  static String reimport(CliRunner cli, Path base, Path renamed) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "--now", "2026-11-15 10:00", "-q", "import", "orders", base.toString());
    return cli.expect(0, "--now", "2026-11-15 10:00", "import", "orders", renamed.toString())
        .err()
        .replaceAll(", [0-9.]+ s\n", "\n");
  }

  @Test
  void aRenamedListingUpdatesTheStoredLine() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said =
        reimport(
            cli,
            TestFiles.write(dir, "base.csv", HEAD + row("SKU-A", "商品A")),
            TestFiles.write(dir, "v_title.csv", HEAD + row("SKU-A", "商品A 新")));
    assertTrue(
        said.endsWith(
            "v_title.csv: 1 row, 1 order (0 new, 1 updated, 0 unchanged), 1 line item;"
                + " generic-orders, UTF-8\n"),
        said);
    assertEquals(
        "1|SKU-A|商品A 新|2|null|10000\n",
        cli.sql("SELECT line_no, sku, title, quantity, unit_price, amount FROM order_lines"));
    assertEquals("", cli.sql("SELECT kind FROM anomalies"));
    assertEquals("10000\n", cli.sql("SELECT amount FROM orders"));
    String shown = cli.expect(0, "orders", "show", "U1").out();
    assertTrue(shown.contains("U1,1,SKU-A,商品A 新,2,50.00,100.00\n"), shown);
    assertFalse(shown.contains("come to"), shown);
  }

  /** An order of {@code id}: shipped, or delivered when {@code delivered} is given. */
  static String order(String id, String delivered, String tracking, String title) {
    return id
        + ",C"
        + id
        + ",2026-11-10 10:00:00,2026-11-10 10:01:00,2026-11-11 09:00:00,"
        + delivered
        + ",圆通速递,"
        + tracking
        + ","
        + (delivered.isEmpty() ? "shipped" : "delivered")
        + ",SKU-"
        + id
        + ","
        + title
        + ",2,100.00,6.00,浙江,杭州,\n";
  }

  /** U1..U3 and U5 (U5 without a tracking number). */
  static final String BASE =
      HEAD
          + order("U1", "", "YT1", "商品1")
          + order("U2", "", "YT2", "商品2")
          + order("U3", "", "YT3", "商品3")
          + order("U5", "", "", "商品5");

  /**
   * U1 delivered and its line renamed (row and lines both change), U2 only renamed (lines only), U3
   * as stored, U4 new, U5 its blank tracking number filled and renamed (the same snapshot).
   */
  static final String CHANGED =
      HEAD
          + order("U1", "2026-11-13 09:00:00", "YT1", "商品1 新")
          + order("U2", "", "YT2", "商品2 新")
          + order("U3", "", "YT3", "商品3")
          + order("U4", "", "YT4", "商品4")
          + order("U5", "", "YT5", "商品5 新");

  /**
   * An order whose row changed and whose lines changed too is counted once, as updated: new +
   * updated + unchanged is the file's orders (closing note 26 left this case unchecked).
   */
  @Test
  void aRowAndItsLinesChangedCountOnce() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said =
        reimport(
            cli,
            TestFiles.write(dir, "base.csv", BASE),
            TestFiles.write(dir, "changed.csv", CHANGED));
    assertTrue(
        said.endsWith(
            "changed.csv: 5 rows, 5 orders (1 new, 3 updated, 1 unchanged), 5 line items;"
                + " generic-orders, UTF-8\n"),
        said);
    assertEquals(
        "U1|delivered|YT1|商品1 新\nU2|shipped|YT2|商品2 新\nU3|shipped|YT3|商品3\n"
            + "U4|shipped|YT4|商品4\nU5|shipped|YT5|商品5 新\n",
        cli.sql(
            "SELECT o.order_id, o.status, o.tracking_no, l.title FROM orders o"
                + " JOIN order_lines l ON l.order_id = o.order_id ORDER BY o.order_id"));
  }

  @Test
  void aLineWithoutSkuIsKnownByItsTitle() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said =
        reimport(
            cli,
            TestFiles.write(dir, "base.csv", HEAD + row("", "商品A")),
            TestFiles.write(dir, "v_title.csv", HEAD + row("", "商品A 新")));
    assertTrue(said.contains("2 anomalies"), said);
    assertEquals(
        "1|null|商品A|2|10000\n2|null|商品A 新|2|10000\n",
        cli.sql("SELECT line_no, sku, title, quantity, amount FROM order_lines ORDER BY line_no"));
    assertEquals(
        "anomaly:same-snapshot\nanomaly:lines-not-goods\n",
        cli.sql("SELECT kind FROM anomalies ORDER BY anomaly_id"));
  }
}
