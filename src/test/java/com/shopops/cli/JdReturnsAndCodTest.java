package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review13 M2 and M5 on the reviewer's JD files (src/test/resources/import/jd-review13): a JD 售后
 * export names the product by 商品编号 while the order export's SKU is the shop's 货号, and its returns
 * land on their lines; a 货到付款 order waiting to ship is on the shipping clock from its order time.
 */
class JdReturnsAndCodTest {
  static final String RES = "src/test/resources/import/jd-review13/";

  @TempDir Path dir;

  private static String res(String name) {
    return Path.of(RES + name).toAbsolutePath().toString();
  }

  /** The reviewer's JD orders (4 orders, 5 lines) and the shipment of 250001. */
  private CliRunner jdStore() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", res("jd_orders_202611.csv"));
    // its second row is an order of another file of the review (not in this store)
    cli.expect(0, "-q", "import", "shipments", res("jd_ship.csv"), "--on-error", "skip");
    return cli;
  }

  @Test
  void theOrderLineKeepsJdsItemIdBesideTheShopsSku() throws Exception {
    CliRunner cli = jdStore();
    assertEquals(
        String.join(
            "\n",
            "250001|1|EAR-1|100001",
            "250001|2|CBL-1|100002",
            "250002|1|EAR-1|100001",
            "250003|1|PWR-1|100003",
            "250004|1|PWR-1|100003",
            ""),
        cli.sql("SELECT order_id, line_no, sku, item_id FROM order_lines ORDER BY 1, 2"));
  }

  /**
   * `orders show` prints each line's platform item id (JD 商品编号) beside its SKU, in both languages
   * (session 13's item_id was stored but never shown); an order whose lines have none shows no such
   * column.
   */
  @Test
  void ordersShowPrintsEachLinesItemId() throws Exception {
    CliRunner cli = jdStore();
    String out = cli.expect(0, "orders", "show", "250001", "--format", "csv").out();
    String lines = out.substring(out.indexOf("# lines"));
    assertTrue(lines.contains("order_id,line,sku,item_id,title,quantity,"), lines);
    assertTrue(lines.contains("250001,1,EAR-1,100001,"), lines);
    assertTrue(lines.contains("250001,2,CBL-1,100002,"), lines);
    String zh =
        cli.expect(0, "--lang", "zh", "orders", "show", "250001", "--format", "table").out();
    assertTrue(zh.contains("商品ID"), zh);
    assertTrue(zh.contains("100002"), zh);
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.execute("UPDATE order_lines SET item_id = NULL");
    }
    String none = cli.expect(0, "orders", "show", "250001", "--format", "csv").out();
    assertTrue(none.contains("order_id,line,sku,title,quantity,"), none);
  }

  /**
   * The same snapshot again without item ids (a copy of the export without 商品ID) neither doubles
   * the lines nor drops their ids; the export with them fills them in on a store whose lines have
   * none (imported before schema 23).
   */
  @Test
  void theSameSnapshotWithoutItemIdsKeepsThemAndTheExportFillsThem() throws Exception {
    CliRunner cli = jdStore();
    String lines = cli.sql("SELECT order_id, line_no, sku, item_id FROM order_lines ORDER BY 1, 2");
    java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GB18030");
    List<String> rows = Files.readAllLines(Path.of(res("jd_orders_202611.csv")), gbk);
    List<String> without = new ArrayList<>();
    for (String row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
      cells.remove(1); // 商品ID
      without.add(String.join(",", cells));
    }
    Path file = dir.resolve("jd_without_item_ids.csv");
    Files.write(file, without, gbk);
    cli.expect(0, "-q", "import", "orders", file.toString(), "--preset", "jd-orders");
    assertEquals(
        lines, cli.sql("SELECT order_id, line_no, sku, item_id FROM order_lines ORDER BY 1, 2"));
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.execute("UPDATE order_lines SET item_id = NULL");
    }
    cli.expect(0, "-q", "import", "orders", res("jd_orders_202611.csv"));
    assertEquals(
        lines, cli.sql("SELECT order_id, line_no, sku, item_id FROM order_lines ORDER BY 1, 2"));
  }

  @Test
  void aJdAftersaleExportFindsItsLinesByTheProductNumber() throws Exception {
    CliRunner cli = jdStore();
    // was: "order 250001 has no line with SKU 100002", 2 bad rows, exit 1
    CliRunner.Result r = cli.run("import", "returns", res("jd_aftersale.csv"));
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("2 returns (2 new, 0 updated, 0 unchanged)"), r.err());
    // stored under the lines' SKUs; delivered 2026-11-06 11:00: 23:59:59 of the 7th day is inside
    // the no-reason window, 00:00:00 of the 8th outside
    assertEquals(
        "S9001|250001|CBL-1|1|0\nS9002|250001|EAR-1|1|1\n",
        cli.sql(
            "SELECT return_id, order_id, sku, quantity, outside_window FROM returns ORDER BY 1"));
    // a re-import changes nothing
    r = cli.run("import", "returns", res("jd_aftersale.csv"));
    assertTrue(r.err().contains("2 returns (0 new, 0 updated, 2 unchanged)"), r.err());
  }

  @Test
  void returnsAddTakesTheProductNumberAndStoresTheLinesSku() throws Exception {
    CliRunner cli = jdStore();
    // was: "order 250001 has no line with SKU 100002" (its SKUs: EAR-1, CBL-1)
    cli.expect(
        0,
        "--now",
        "2026-11-10 10:00",
        "returns",
        "add",
        "250001",
        "--sku",
        "100002",
        "--reason",
        "七天无理由",
        "-q");
    cli.expect(
        0,
        "--now",
        "2026-11-10 10:05",
        "returns",
        "add",
        "250001",
        "--sku",
        "EAR-1",
        "--reason",
        "七天无理由",
        "-q");
    assertEquals(
        "RT20261110001|CBL-1\nRT20261110002|EAR-1\n",
        cli.sql("SELECT return_id, sku FROM returns ORDER BY 1"));
    CliRunner.Result r =
        cli.run(
            "--now",
            "2026-11-10 10:10",
            "returns",
            "add",
            "250001",
            "--sku",
            "100009",
            "--reason",
            "七天无理由");
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        "shopops: order 250001 has no line with SKU 100009\n  hint: its SKUs: EAR-1, CBL-1\n",
        r.err());
  }

  /** Two colours under one JD 商品ID: the product number alone cannot say which line came back. */
  @Test
  void anItemIdOfTwoSkusIsRefusedUnlessTheReturnNamesTheSku() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders = dir.resolve("jd_colours.csv");
    Files.writeString(
        orders,
        "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,应付金额,订单状态,下单帐号,付款确认时间,货号\n"
            + "250101,100001,蓝牙耳机 黑,1,在线支付,2026-11-05 09:00:00,299.00,598.00,完成,b1,"
            + "2026-11-05 09:01:00,EAR-1-BLK\n"
            + "250101,100001,蓝牙耳机 白,1,在线支付,2026-11-05 09:00:00,299.00,598.00,完成,b1,"
            + "2026-11-05 09:01:00,EAR-1-WHT\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "-q", "import", "orders", orders.toString());
    Path byNumber = dir.resolve("jd_amb.csv");
    Files.writeString(
        byNumber,
        "服务单号,订单号,商品编号,申请数量,申请时间,申请原因,服务单状态\n"
            + "S9101,250101,100001,1,2026-11-07 10:00:00,七天无理由,待审核\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = cli.run("import", "returns", byNumber.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                byNumber
                    + ":2: sku (column \"商品编号\"): order 250101 has 2 lines with item id 100001"
                    + " and different SKUs (EAR-1-BLK, EAR-1-WHT)"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
    // the 售后 export with the shop's code (商家编码) names the line
    Path bySku = dir.resolve("jd_amb_sku.csv");
    Files.writeString(
        bySku,
        "服务单号,订单号,商家编码,申请数量,申请时间,申请原因,服务单状态\n"
            + "S9101,250101,EAR-1-WHT,1,2026-11-07 10:00:00,七天无理由,待审核\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "-q", "import", "returns", bySku.toString());
    assertEquals("S9101|EAR-1-WHT\n", cli.sql("SELECT return_id, sku FROM returns"));
    r =
        cli.run(
            "--now",
            "2026-11-08 10:00",
            "returns",
            "add",
            "250101",
            "--sku",
            "100001",
            "--reason",
            "七天无理由");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                "shopops: order 250101 has 2 lines with item id 100001 and different SKUs"
                    + " (EAR-1-BLK, EAR-1-WHT); name the returned one with --sku"),
        r.err());
    assertEquals("1\n", cli.sql("SELECT count(*) FROM returns"));
  }

  /**
   * 250003: 货到付款, ordered 2026-11-19 12:00, 等待出库, no paid time; ship within 24 h: due at 2026-11-20
   * 12:00:00 (the order time plus 24 h).
   */
  @Test
  void aCashOnDeliveryOrderIsOnTheShippingClockFromItsOrderTime() throws Exception {
    CliRunner cli = jdStore();
    assertEquals(
        "250001|0\n250002|0\n250003|1\n250004|0\n",
        cli.sql("SELECT order_id, cash_on_delivery FROM orders ORDER BY 1"));
    // was: 250002 only, 250003 in no list
    CliRunner.Result r =
        cli.run(
            "--now", "2026-11-21 14:00", "sla", "overdue", "--fail-on-breach", "--format", "csv");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.out().contains("\n250003,jd_buyer3,2026-11-19 12:00:00,2026-11-20 12:00:00,"), r.out());
    assertTrue(r.out().contains("\n250002,"), r.out());
    // exactly at the deadline: at risk with 0 hours left, not overdue
    String atRisk =
        cli.expect(
                0,
                "--now",
                "2026-11-20 12:00:00",
                "sla",
                "at-risk",
                "--within",
                "8h",
                "--format",
                "csv")
            .out();
    assertTrue(atRisk.contains("\n250003,") && atRisk.contains(",0.0,"), atRisk);
    String overdue =
        cli.expect(0, "--now", "2026-11-20 12:00:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(!overdue.contains("250003"), overdue);
    // one second later it is late
    overdue =
        cli.expect(0, "--now", "2026-11-20 12:00:01", "sla", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("\n250003,"), overdue);
    // the report counts it on its order day (was: not_paid)
    String report =
        cli.expect(0, "--now", "2026-11-21 14:00", "sla", "report", "--format", "csv").out();
    assertTrue(report.contains("\n2026-11-19,1,0,0,0,0,0,0,0,1,0,0,"), report);
  }

  /**
   * A store whose orders do not say how they were paid (imported before shopops kept it, or an
   * export without a payment method): an order paid by its status with no paid time at all can only
   * be cash on delivery, and is on the clock from its order time; an order the export says was paid
   * otherwise is not.
   */
  @Test
  void withoutAPaymentMethodAPaidOrderWithoutAPaidTimeIsCashOnDelivery() throws Exception {
    CliRunner cli = jdStore();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.execute("UPDATE orders SET cash_on_delivery = NULL");
    }
    String overdue =
        cli.expect(0, "--now", "2026-11-21 14:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("\n250003,jd_buyer3,2026-11-19 12:00:00,"), overdue);
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.execute("UPDATE orders SET cash_on_delivery = 0 WHERE order_id = '250003'");
    }
    overdue = cli.expect(0, "--now", "2026-11-21 14:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(!overdue.contains("250003"), overdue);
  }
}
