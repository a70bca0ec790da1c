package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 宝贝报表 row repeated right under itself that the 订单报表 says was bought twice (tryout17 U11), two
 * 订单报表 snapshots appended in one file (review18 T13), and Taobao's TOP wordings of its closed
 * states (review18 T15).
 */
class TmallSnapshotsAndWordsTest {
  @TempDir Path dir;

  private static final String HEADER =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间,退款金额\n";

  private CliRunner store(String name) throws java.io.IOException {
    CliRunner cli = new CliRunner(java.nio.file.Files.createDirectories(dir.resolve(name)));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  @Test
  void aRowRepeatedUnderItselfIsKeptWhenTheOrderSaysTwoWereBought() throws Exception {
    CliRunner cli = store("u11");
    Path orders =
        TestFiles.write(
            dir,
            "ExportOrderList.csv",
            HEADER
                // 2 × 35.00 bought (买家应付货款 70.00)
                + "3962574745609585772,li_na,70.00,0.00,70.00,70.00,买家已付款，等待卖家发货,"
                + "2026-11-21 09:00:00,2026-11-21 09:01:00,0.00\n"
                // 1 × 35.00 bought: the repeated row below is a copy
                + "3962574745609585773,zhao_lei,35.00,0.00,35.00,35.00,买家已付款，等待卖家发货,"
                + "2026-11-21 09:10:00,2026-11-21 09:11:00,0.00\n");
    Path items =
        TestFiles.write(
            dir,
            "ExportOrderDetailList.csv",
            "订单编号,标题,价格,购买数量,商家编码,商品属性\n"
                + "3962574745609585772,桌面手机支架 铝合金,35.00,1,ACC-STAND,颜色分类：银色\n"
                + "3962574745609585772,桌面手机支架 铝合金,35.00,1,ACC-STAND,颜色分类：银色\n"
                + "3962574745609585773,桌面手机支架 铝合金,35.00,1,ACC-STAND,颜色分类：银色\n"
                + "3962574745609585773,桌面手机支架 铝合金,35.00,1,ACC-STAND,颜色分类：银色\n");
    cli.expect(0, "-q", "import", "orders", orders.toString(), items.toString());
    // was one line of 35.00 under the 70.00 order
    assertEquals(
        "3962574745609585772|1|ACC-STAND|1|3500\n"
            + "3962574745609585772|2|ACC-STAND|1|3500\n"
            + "3962574745609585773|1|ACC-STAND|1|3500\n",
        cli.sql(
            "SELECT order_id, line_no, sku, quantity, amount FROM order_lines"
                + " ORDER BY order_id, line_no"));
    assertEquals(
        "5|anomaly:duplicate-row|3962574745609585773|an exact copy of line 4: counted once\n",
        cli.sql("SELECT line, kind, record_id, message FROM anomalies ORDER BY line"));
  }

  private static final String SNAPSHOT_1203 =
      "3901000000000000002,wang_xiaomei,149.00,0.00,149.00,149.00,买家已付款，等待卖家发货,"
          + "2026-12-03 08:59:00,2026-12-03 09:00:00,0.00\n";
  private static final String SNAPSHOT_1206 =
      "3901000000000000002,wang_xiaomei,149.00,0.00,149.00,129.00,卖家已发货，等待买家确认,"
          + "2026-12-03 08:59:00,2026-12-03 09:00:00,20.00\n";
  private static final String OTHER =
      "3901000000000000001,kitchen_fan,299.00,0.00,299.00,299.00,买家已付款，等待卖家发货,"
          + "2026-12-03 08:58:00,2026-12-03 09:00:00,0.00\n";

  private static final String ORDER_ROW =
      "SELECT order_id, status, platform_status, amount, total, refunded FROM orders ORDER BY"
          + " order_id";

  @Test
  void twoSnapshotsOfTheOrderReportInOneFileAreReadAsTheyAreOneAfterTheOther() throws Exception {
    CliRunner cli = store("t13");
    // Thursday's export appended under today's in WPS: the newer snapshot first, then the older
    Path both =
        TestFiles.write(
            dir, "concat_ExportOrderList.csv", HEADER + SNAPSHOT_1206 + OTHER + SNAPSHOT_1203);
    Path items =
        TestFiles.write(
            dir,
            "concat_ExportOrderDetailList.csv",
            "订单编号,标题,价格,购买数量,商家编码,订单状态\n"
                + "3901000000000000002,电热水壶,129.00,1,KT-17,卖家已发货，等待买家确认\n"
                + "3901000000000000002,水壶滤网,20.00,1,FL-01,卖家已发货，等待买家确认\n"
                + "3901000000000000001,空气炸锅,299.00,1,AF-3L,买家已付款，等待卖家发货\n"
                + "3901000000000000002,电热水壶,129.00,1,KT-17,买家已付款，等待卖家发货\n"
                + "3901000000000000002,水壶滤网,20.00,1,FL-01,买家已付款，等待卖家发货\n"
                + "3901000000000000001,空气炸锅,299.00,1,AF-3L,买家已付款，等待卖家发货\n");
    CliRunner.Result r = cli.expect(0, "import", "orders", both.toString(), items.toString());
    assertTrue(
        r.err()
            .contains(
                "concat_ExportOrderList.csv: 1 order is on more than one row of this export, which"
                    + " has one row per order (two exports in one file): the rows are read as"
                    + " snapshots of the order, the most advanced row's status and money kept,"
                    + " nothing summed (a differing total is listed as conflicting-money)\n"),
        r.err());
    // was: refused (exit 1) with a hint to say "money": {"order_total": "per_line"}: 278.00
    assertEquals(
        "3901000000000000001|paid|买家已付款，等待卖家发货|29900|29900|0\n"
            + "3901000000000000002|shipped|卖家已发货，等待买家确认|14900|14900|2000\n",
        cli.sql(ORDER_ROW));
    // was 4 lines of …0002 (298.00 of goods under a 149.00 order)
    assertEquals(
        "3901000000000000001|1|AF-3L|29900\n"
            + "3901000000000000002|1|KT-17|12900\n"
            + "3901000000000000002|2|FL-01|2000\n",
        cli.sql(
            "SELECT order_id, line_no, sku, amount FROM order_lines ORDER BY order_id, line_no"));
    assertEquals(
        "4|anomaly:conflicting-money|3901000000000000002\n"
            + "7|anomaly:duplicate-row|3901000000000000001\n",
        cli.sql("SELECT line, kind, record_id FROM anomalies ORDER BY line"));
    // the same as the two exports imported one after the other, in either order
    for (String[] files :
        new String[][] {{SNAPSHOT_1203, SNAPSHOT_1206}, {SNAPSHOT_1206, SNAPSHOT_1203}}) {
      CliRunner apart = store("apart" + files[0].hashCode());
      for (int i = 0; i < 2; i++) {
        Path f = TestFiles.write(dir, "ExportOrderList" + i + ".csv", HEADER + files[i] + OTHER);
        apart.expect(0, "-q", "import", "orders", f.toString());
      }
      assertEquals(cli.sql(ORDER_ROW), apart.sql(ORDER_ROW));
    }
  }

  private static final String PAID_1203 =
      "3901000000000000003,zhou_yu,149.00,0.00,149.00,149.00,买家已付款，等待卖家发货,"
          + "2026-12-03 08:59:00,2026-12-03 09:00:00,0.00\n";
  private static final String CLOSED_1206 =
      "3901000000000000003,zhou_yu,149.00,0.00,149.00,149.00,交易关闭,"
          + "2026-12-03 08:59:00,2026-12-03 09:00:00,149.00\n";

  private static final String CLOSED_ROW =
      "SELECT order_id, status, platform_status, refunded, cancelled_at, paid_at FROM orders";

  @Test
  void aClosedSnapshotAppendedToAPaidOneClosesTheOrderAsTwoFilesDo() throws Exception {
    // the two snapshots as two exports, imported one after the other: cancelled, 149.00 refunded
    CliRunner apart = store("w10apart");
    for (int i = 0; i < 2; i++) {
      Path f =
          TestFiles.write(
              dir, "w10_ExportOrderList" + i + ".csv", HEADER + (i == 0 ? PAID_1203 : CLOSED_1206));
      apart.expect(0, "-q", "import", "orders", f.toString());
    }
    String expected = "3901000000000000003|cancelled|交易关闭|14900|null|1796259600\n";
    assertEquals(expected, apart.sql(CLOSED_ROW));
    // the same two in one file, in either order (tryout18 W10): was paid, 买家已付款 (the closed row
    // ranked below it as a closed line of the order would), so `sla overdue` listed it as breached
    for (String[] rows : new String[][] {{PAID_1203, CLOSED_1206}, {CLOSED_1206, PAID_1203}}) {
      CliRunner cli = store("w10" + rows[0].hashCode());
      Path both =
          TestFiles.write(dir, "w10_concat_ExportOrderList.csv", HEADER + rows[0] + rows[1]);
      cli.expect(0, "-q", "import", "orders", both.toString());
      assertEquals(expected, cli.sql(CLOSED_ROW));
      assertEquals(
          "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n",
          cli.expect(0, "sla", "overdue", "--now", "2026-12-06 12:00").out());
    }
  }

  @Test
  void taobaosOwnWordingsOfItsClosedStatesAreRead() throws Exception {
    CliRunner cli = store("t15");
    Path f =
        TestFiles.write(
            dir,
            "status_ExportOrderList.csv",
            HEADER
                + "3901000000000000900,zhou_yu,299.00,0.00,299.00,0.00,付款以后用户退款成功，交易自动关闭,"
                + "2026-12-05 13:29:00,2026-12-05 13:30:00,299.00\n"
                + "3901000000000000901,zhou_yu,299.00,0.00,299.00,0.00,付款以前，卖家或买家主动关闭交易,"
                + "2026-12-05 13:29:00,,0.00\n"
                + "3901000000000000902,zhou_yu,299.00,0.00,299.00,0.00,TRADE_CLOSED_BY_TAOBAO,"
                + "2026-12-05 13:29:00,,0.00\n");
    // was: exit 1, 未知订单状态 "付款以后用户退款成功，交易自动关闭"
    cli.expect(0, "-q", "import", "orders", f.toString());
    assertEquals(
        "3901000000000000900|cancelled|1\n"
            + "3901000000000000901|cancelled|0\n"
            + "3901000000000000902|cancelled|0\n",
        cli.sql("SELECT order_id, status, paid_at IS NOT NULL FROM orders ORDER BY order_id"));
  }
}
