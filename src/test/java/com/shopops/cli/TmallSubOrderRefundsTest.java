package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall 千牛 子订单 export whose lines each carry their own refund (review13 M8): its lines are stored
 * as sold (买家实付金额 + 退款金额), as the order total is (K12), so that the 退款管理 export of the same refunds
 * lands instead of being refused ("refund 50.00 is more than the 30.00 paid"), and the store is the
 * one the 订单报表 + 宝贝报表 pair of the same orders gives.
 */
class TmallSubOrderRefundsTest {
  @TempDir Path dir;

  /** Priya's file: a scarf refunded 50.00 of 80.00; two hats refunded in full, order closed. */
  static final String SUB =
      "\uFEFF子订单编号,主订单编号,商品标题,商品价格,购买数量,商品属性,订单状态,商家编码,买家实付金额,退款状态,退款金额,"
          + "订单创建时间,订单付款时间,商品ID,买家会员名,收货地址\n"
          + "4001000000000000011,4001000000000000010,毛衣,120.00,1,L,交易成功,SKU-A,120.00,没有申请退款,"
          + "0.00,2026-11-10 10:00:00,2026-11-10 10:01:00,611,买家甲,浙江省 杭州市 西湖区\n"
          + "4001000000000000012,4001000000000000010,围巾,80.00,1,,交易成功,SKU-B,30.00,退款成功,50.00,"
          + "2026-11-10 10:00:00,2026-11-10 10:01:00,612,买家甲,浙江省 杭州市 西湖区\n"
          + "4001000000000000021,4001000000000000020,帽子,60.00,2,,交易关闭,SKU-C,0.00,退款成功,120.00,"
          + "2026-11-11 10:00:00,2026-11-11 10:02:00,613,买家乙,江苏省 南京市\n";

  /** The 退款管理 export of the same two refunds. */
  static final String REFUNDS =
      "退款编号,订单编号,商家编码,退货数量,退款的申请时间,退款成功时间,买家退款原因,买家退款金额,退款状态\n"
          + "R10,4001000000000000010,SKU-B,1,2026-11-12 10:00:00,2026-11-13"
          + " 10:00:00,七天无理由,50.00,退款成功\n"
          + "R20,4001000000000000020,SKU-C,2,2026-11-11 11:00:00,2026-11-11"
          + " 12:00:00,不想要了,120.00,退款成功\n";

  /** The same orders as a 订单报表 (买家实际支付金额 net of the refund) and its 宝贝报表. */
  static final String REPORT =
      "订单编号,买家会员名,买家应付货款,总金额,买家实际支付金额,退款金额,订单状态,订单创建时间,订单付款时间\n"
          + "4001000000000000010,买家甲,200.00,200.00,150.00,50.00,交易成功,2026-11-10 10:00:00,"
          + "2026-11-10 10:01:00\n"
          + "4001000000000000020,买家乙,120.00,120.00,0.00,120.00,交易关闭,2026-11-11 10:00:00,"
          + "2026-11-11 10:02:00\n";

  static final String ITEMS =
      "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码\n"
          + "4001000000000000010,毛衣,120.00,1,,L,,,交易成功,SKU-A\n"
          + "4001000000000000010,围巾,80.00,1,,,,,交易成功,SKU-B\n"
          + "4001000000000000020,帽子,60.00,2,,,,,交易关闭,SKU-C\n";

  static final String ORDERS =
      "SELECT order_id, status, amount, total, refunded FROM orders ORDER BY order_id";
  static final String LINES =
      "SELECT order_id, sku, quantity, unit_price, amount FROM order_lines ORDER BY order_id, sku";
  static final String RETURNS =
      "SELECT return_id, order_id, sku, quantity, refund_amount FROM returns ORDER BY return_id";

  private CliRunner store(String name) throws Exception {
    CliRunner cli = new CliRunner(Files.createDirectories(dir.resolve(name)));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private CliRunner.Result load(CliRunner cli, String kind, String name, String text) {
    return cli.expect(0, "import", kind, TestFiles.write(dir, name, text).toString());
  }

  private static String store(CliRunner cli) throws Exception {
    return cli.sql(ORDERS) + cli.sql(LINES) + cli.sql(RETURNS);
  }

  @Test
  void theRefundsOfASubOrderExportLandAndItsLinesAreWhatWasSold() throws Exception {
    CliRunner cli = store("sub");
    load(cli, "orders", "sub.csv", SUB);
    assertEquals(
        "4001000000000000010|completed|20000|20000|5000\n"
            + "4001000000000000020|cancelled|12000|12000|12000\n",
        cli.sql(ORDERS));
    // each line as sold: the scarf 30.00 paid + 50.00 refunded, the hats 0.00 + 120.00
    assertEquals(
        "4001000000000000010|SKU-A|1|12000|12000\n"
            + "4001000000000000010|SKU-B|1|8000|8000\n"
            + "4001000000000000020|SKU-C|2|6000|12000\n",
        cli.sql(LINES));
    // sales 200.00 + 120.00; net 320.00 - 50.00 - 120.00
    assertTrue(cli.novemberMetrics("2026-11-20 10:00").contains(",2,2,320.00,150.00,"));

    var r = load(cli, "returns", "sub_ref.csv", REFUNDS);
    assertTrue(r.err().contains("2 returns (2 new, 0 updated, 0 unchanged)"), r.err());
    assertEquals(
        "R10|4001000000000000010|SKU-B|1|5000\nR20|4001000000000000020|SKU-C|2|12000\n",
        cli.sql(RETURNS));
    // the returns' refunds are the ones the export stated: net sales unchanged
    assertTrue(cli.novemberMetrics("2026-11-20 10:00").contains(",2,2,320.00,150.00,"));

    // the export again after its refunds: nothing changes
    String before = store(cli);
    var again = load(cli, "orders", "sub.csv", SUB);
    assertTrue(again.err().contains("(0 new, 0 updated, 2 unchanged)"), again.err());
    assertEquals(before, store(cli));
  }

  @Test
  void theSubOrderExportAndTheOrderReportGiveTheSameStore() throws Exception {
    CliRunner sub = store("sub");
    load(sub, "orders", "sub.csv", SUB);
    load(sub, "returns", "sub_ref.csv", REFUNDS);
    CliRunner report = store("report");
    load(report, "orders", "ExportOrderList.csv", REPORT);
    load(report, "orders", "ExportOrderDetailList.csv", ITEMS);
    load(report, "returns", "sub_ref.csv", REFUNDS);
    assertEquals(store(report), store(sub));
    assertEquals(
        report.novemberMetrics("2026-11-20 10:00"), sub.novemberMetrics("2026-11-20 10:00"));
  }

  @Test
  void aLineWhosePaidAmountIsNotNetCountsItsRefundOnce() throws Exception {
    // 实付 50.00 beside 退款 50.00 on a 50.00 line: the export did not take the refund off
    CliRunner cli = store("gross");
    load(
        cli,
        "orders",
        "sub.csv",
        "子订单编号,主订单编号,商品标题,商品价格,购买数量,订单状态,商家编码,买家实付金额,退款金额,订单创建时间,订单付款时间,买家会员名\n"
            + "1,4002000000000000010,芒果干,25.00,2,交易关闭,SNK-M,50.00,50.00,2026-11-10 10:00:00,"
            + "2026-11-10 10:01:00,a\n");
    assertEquals("4002000000000000010|cancelled|5000|5000|5000\n", cli.sql(ORDERS));
    assertEquals("4002000000000000010|SNK-M|2|2500|5000\n", cli.sql(LINES));
  }

  /**
   * A store an older shopops wrote (schema 24, before this build) holds a 子订单 export's refunded
   * lines net of their refund: the upgrade names the two orders and their file, and importing that
   * file again replaces the lines instead of merging them with the old ones as the same snapshot
   * (review14 N1: the scarf was SKU-B 30.00 and 80.00, the hats 0.00 and 120.00, and the 退款管理
   * export was then refused); the store is then the one a new store gets.
   */
  @Test
  void anOlderStoresNetSubOrderLinesAreNamedAndReplacedByItsExportAgain() throws Exception {
    CliRunner fresh = store("fresh");
    load(fresh, "orders", "sub.csv", SUB);
    load(fresh, "returns", "sub_ref.csv", REFUNDS);

    CliRunner cli = store("old");
    load(cli, "orders", "sub.csv", SUB);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        java.sql.Statement st = c.createStatement()) {
      // as every build before this one stored them: each line its 买家实付金额, net of its refund
      st.execute("UPDATE order_lines SET amount = 3000 WHERE sku = 'SKU-B'");
      st.execute("UPDATE order_lines SET amount = 0 WHERE sku = 'SKU-C'");
      st.execute("UPDATE orders SET amount = 15000 WHERE order_id = '4001000000000000010'");
      st.execute("UPDATE orders SET amount = 0 WHERE order_id = '4001000000000000020'");
      OldStore.asOfVersion(c, 24);
    }
    // store copy upgrades its source as any command does, and says what the upgrade left as the
    // older shopops stored it as they do (session 13 named only the schema)
    String copied = dir.resolve("copied.db").toString();
    CliRunner.Result copy = cli.run("store", "copy", cli.db().toString(), copied);
    assertEquals(0, copy.exit(), copy.toString());
    assertTrue(copy.err().contains("upgraded store " + cli.db()), copy.err());
    assertTrue(
        copy.err()
            .contains(
                "2 orders an older shopops stored under a reading"), // review14 N8: non-zero counts
        // only
        copy.err());
    assertTrue(copy.err().contains("import these files again: "), copy.err());
    assertTrue(copy.err().contains("sub.csv"), copy.err());
    CliRunner.Result check = cli.run("check", "--format", "csv");
    assertEquals(1, check.exit(), check.toString());
    assertTrue(check.out().contains("old readings,\"2 orders"), check.out());
    assertTrue(check.out().contains("sub.csv"), check.out());

    var again = load(cli, "orders", "sub.csv", SUB);
    assertTrue(again.err().contains("2 updated"), again.err());
    assertEquals(fresh.sql(LINES), cli.sql(LINES));
    assertEquals(0, cli.run("check", "-q").exit());
    load(cli, "returns", "sub_ref.csv", REFUNDS);
    assertEquals(store(fresh), store(cli));
  }
}
