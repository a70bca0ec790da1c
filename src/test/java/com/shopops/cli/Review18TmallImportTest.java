package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review18: a 宝贝报表 whose order block is appended again further down (T1), rows of nothing but
 * commas (T5), and a shipments file whose 发货时间 lost its time of day (T18).
 */
class Review18TmallImportTest {
  @TempDir Path dir;

  private static final String ORDERS =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
          + "3901000000000000001,kitchen_fan,299.00,0.00,299.00,299.00,买家已付款，等待卖家发货,"
          + "2026-12-05 08:58:00,2026-12-05 09:00:00\n"
          + "3901000000000000002,wang_xiaomei,149.00,0.00,149.00,149.00,买家已付款，等待卖家发货,"
          + "2026-12-05 08:59:00,2026-12-05 09:00:00\n";

  private CliRunner store() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  @Test
  void anOrderBlockAppendedAgainLaterInTheItemsFileIsCountedOnce() throws Exception {
    CliRunner cli = store();
    Path orders = TestFiles.write(dir, "ExportOrderList.csv", ORDERS);
    Path items =
        TestFiles.write(
            dir,
            "ExportOrderDetailList.csv",
            "订单编号,标题,价格,购买数量,商家编码\n"
                + "3901000000000000002,电热水壶,129.00,1,KT-17\n"
                + "3901000000000000002,水壶滤网,20.00,1,FL-01\n"
                + "3901000000000000001,空气炸锅,299.00,1,AF-3L\n"
                // the block of …0002 again (an export appended twice), and a line of …0001 that
                // differs: a scattered row, one more line
                + "3901000000000000002,电热水壶,129.00,1,KT-17\n"
                + "3901000000000000002,水壶滤网,20.00,1,FL-01\n"
                + "3901000000000000001,隔热垫,19.90,1,PAD-SI\n");
    cli.expect(0, "-q", "import", "orders", orders.toString(), items.toString());
    // was 4 lines of …0002 (KT-17, FL-01, KT-17, FL-01: 298.00 of goods under a 149.00 order)
    assertEquals(
        "3901000000000000001|1|AF-3L|1|29900\n"
            + "3901000000000000001|2|PAD-SI|1|1990\n"
            + "3901000000000000002|1|KT-17|1|12900\n"
            + "3901000000000000002|2|FL-01|1|2000\n",
        cli.sql(
            "SELECT order_id, line_no, sku, quantity, amount FROM order_lines"
                + " ORDER BY order_id, line_no"));
    assertEquals(
        "5|anomaly:duplicate-row|3901000000000000002|an exact copy of line 2: counted once\n"
            + "6|anomaly:duplicate-row|3901000000000000002|an exact copy of line 3: counted once\n",
        cli.sql("SELECT line, kind, record_id, message FROM anomalies ORDER BY line"));
  }

  @Test
  void rowsOfNothingButCommasAreSkippedWithANote() throws Exception {
    CliRunner cli = store();
    Path orders =
        TestFiles.write(
            dir, "ExportOrderList.csv", ORDERS + ",,,,,,,,\n,,,,,,,,\n" + ",, ,,,,,,\n");
    CliRunner.Result r = cli.expect(0, "import", "orders", orders.toString());
    assertTrue(
        r.err()
            .contains(
                "ExportOrderList.csv: 3 rows with every cell empty (a spreadsheet's blank rows)"
                    + " skipped"),
        r.err());
    assertEquals("2|44800\n", cli.sql("SELECT count(*), sum(total) FROM orders"));
    // a row with anything in it is still a row: refused for its missing 订单编号
    Path one = TestFiles.write(dir, "one.csv", ORDERS + ",,,,,,,,x\n");
    assertTrue(cli.run("import", "orders", one.toString()).exit() != 0);
  }

  @Test
  void aRepeatedHeaderLineIsSkippedWithANote() throws Exception {
    // tryout18 W11: two exports appended with the second one's header line (was refused, exit 1:
    // `created_at: not a date ("订单创建时间")`, nothing written)
    CliRunner cli = store();
    String second =
        "3901000000000000003,tea_lover,59.00,0.00,59.00,59.00,买家已付款，等待卖家发货,"
            + "2026-12-05 10:00:00,2026-12-05 10:01:00\n";
    Path orders =
        TestFiles.write(
            dir,
            "ExportOrderList.csv",
            ORDERS + ORDERS.substring(0, ORDERS.indexOf('\n') + 1) + second);
    CliRunner.Result r = cli.expect(0, "import", "orders", orders.toString());
    assertTrue(r.err().contains("ExportOrderList.csv: 3 rows, 3 orders (3 new,"), r.err());
    assertTrue(
        r.err()
            .contains(
                "ExportOrderList.csv: 1 row repeating the header line skipped (exports appended"
                    + " with their headers), the first at line 4"),
        r.err());
    assertEquals("3|50700\n", cli.sql("SELECT count(*), sum(total) FROM orders"));
    String zh = cli.expect(0, "--lang", "zh", "import", "orders", orders.toString()).err();
    assertTrue(zh.contains("ExportOrderList.csv：跳过 1 行与表头相同的行（多个导出连同表头拼接在一起），第一行在第 4 行"), zh);
  }

  @Test
  void aShippedTimeWithoutItsTimeOfDayIsWarnedAndNotRatedOnTimeByLuck() throws Exception {
    CliRunner cli = store();
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    Path ship =
        TestFiles.write(
            dir,
            "ship_dateonly.csv",
            "订单编号,物流公司,运单号,发货时间,签收时间\n"
                + "3901000000000000001,顺丰速运,SF1,2026/12/6,\n"
                + "3901000000000000002,顺丰速运,SF2,2026/12/6,2026-12-06 18:30:00\n");
    CliRunner.Result r =
        cli.expect(0, "--now", "2026-12-06 20:00", "import", "shipments", ship.toString());
    assertTrue(
        r.err()
            .contains(
                "ship_dateonly.csv: 2 shipped times have only a date, counted as the end of that"
                    + " day (23:59:59, or the delivery or the import if earlier)"),
        r.err());
    // the latest each can have left: the import's clock (20:00), the delivery (18:30); was 00:00
    assertEquals(
        "3901000000000000001|2026-12-06 20:00:00\n3901000000000000002|2026-12-06 18:30:00\n",
        cli.sql(
            "SELECT order_id, datetime(shipped_at, 'unixepoch', '+8 hours') FROM shipments"
                + " ORDER BY order_id"));
    assertEquals(
        "2|anomaly:shipped-date-only|shipped_at (column \"发货时间\") \"2026/12/6\" has no time of"
            + " day: counted as the end of that day (23:59:59, or the delivery or the import if"
            + " earlier; a spreadsheet may have turned the time into a date)\n"
            + "3|anomaly:shipped-date-only|shipped_at (column \"发货时间\") \"2026/12/6\" has no time"
            + " of day: counted as the end of that day (23:59:59, or the delivery or the import if"
            + " earlier; a spreadsheet may have turned the time into a date)\n",
        cli.sql("SELECT line, kind, message FROM anomalies ORDER BY line"));
    // paid 12-05 09:00: neither is rated on time (was 2 on time, 0 late)
    String sla =
        cli.expect(
                0,
                "--now",
                "2026-12-06 21:00",
                "sla",
                "report",
                "--by",
                "day",
                "--from",
                "2026-12-05",
                "--to",
                "2026-12-05",
                "--format",
                "csv",
                "--columns",
                "day,shipped_on_time,shipped_late")
            .out();
    assertTrue(sla.startsWith("day,shipped_on_time,shipped_late\n2026-12-05,0,2\n"), sla);
  }

  /**
   * tryout17 U6: a ship time without its time of day in an ORDER export (Shopify's Fulfilled at, a
   * generic shipped_at) follows the shipments rule: the latest it can have been, with the note and
   * an anomaly. Before, 00:00: shipped "on time" by luck, without a word.
   */
  @Test
  void anOrderExportsBareShipDateIsTheLatestItCanHaveBeen() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String orders =
        "order_id,customer_id,paid_at,shipped_at,status,amount\n"
            + "D1,C1,2026-11-19 10:00:00,2026/11/20,shipped,10.00\n"
            + "D2,C2,2026-11-19 10:00:00,2026-11-20 08:00:00,shipped,10.00\n";
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-22 10:00",
            "import",
            "orders",
            TestFiles.write(dir, "o.csv", orders).toString());
    assertTrue(
        r.err().contains("o.csv: 1 shipped time has only a date, counted as the end of that day"),
        r.err());
    assertEquals(
        "D1|2026-11-20 23:59:59\nD2|2026-11-20 08:00:00\n",
        cli.sql(
            "SELECT order_id, datetime(shipped_at, 'unixepoch', '+8 hours') FROM orders"
                + " ORDER BY order_id"));
    assertTrue(
        cli.expect(0, "imports", "show", "1").out().contains("anomaly:shipped-date-only"),
        "anomaly recorded");
  }
}
