package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order money from real Tmall and JD exports (review11 K1, K12, K27, K8, K29): what is stored
 * (amount, shipping_fee, total, refunded, paid_at) and what `metrics` then says, whatever the order
 * the exports are imported in.
 */
class ExportMoneyTest {
  @TempDir Path dir;

  private static final String MONEY =
      "SELECT order_id, status, paid_at, paid_at_inferred, amount, amount_derived, shipping_fee,"
          + " total, total_derived, refunded FROM orders ORDER BY order_id";

  /** The full 订单报表 (the columns that matter): two unpaid orders and a paid one. */
  private static final String FULL =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
          + "3012345678901234501,a,129.00,0.00,129.00,129.00,买家已付款，等待卖家发货,2026-11-10 09:00:00,"
          + "2026-11-10 09:03:00\n"
          + "3012345678901234504,b,258.00,0.00,258.00,0.00,等待买家付款,2026-11-14 13:28:00,\n"
          + "3012345678901234509,c,59.90,10.00,69.90,0.00,等待买家付款,2026-11-14 14:00:00,\n";

  /** The six-column subset README names: no 买家应付货款, no status. */
  private static final String SUBSET =
      "订单编号,总金额,买家实际支付金额,收货地址,订单创建时间,订单付款时间\n"
          + "3012345678901234501,129.00,129.00,浙江省 杭州市 西湖区 文三路100号,2026-11-10 09:00:00,"
          + "2026-11-10 09:03:00\n"
          + "3012345678901234504,258.00,0.00,辽宁省 沈阳市 和平区 中山路5号,2026-11-14 13:28:00,\n"
          + "3012345678901234509,69.90,0.00,北京 北京市 朝阳区 建国路8号,2026-11-14 14:00:00,\n";

  private CliRunner store(String name) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    CliRunner cli = new CliRunner(d);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private static void load(CliRunner cli, Path dir, String name, String text) {
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, name, text).toString());
  }

  private static String metrics(CliRunner cli) {
    return cli.novemberMetrics("2026-11-20 10:00");
  }

  @Test
  void aSubsetAfterTheFullReportKeepsTheGoodsAmountReadAndAnyOrderGivesTheSameStore()
      throws Exception {
    CliRunner fullFirst = store("a");
    load(fullFirst, dir, "full.csv", FULL);
    load(fullFirst, dir, "subset.csv", SUBSET);
    CliRunner subsetFirst = store("b");
    load(subsetFirst, dir, "subset.csv", SUBSET);
    load(subsetFirst, dir, "full.csv", FULL);
    String expected =
        "3012345678901234501|paid|1794272580|0|12900|0|0|12900|0|null\n"
            + "3012345678901234504|pending|null|0|25800|0|0|0|0|null\n"
            + "3012345678901234509|pending|null|0|5990|0|1000|0|0|null\n";
    assertEquals(expected, fullFirst.sql(MONEY));
    assertEquals(expected, subsetFirst.sql(MONEY));
    // the subset alone: an unpaid order's goods amount is its 总金额 (derived), never 0.00
    CliRunner alone = store("c");
    load(alone, dir, "subset.csv", SUBSET);
    assertEquals(
        "3012345678901234504|25800|2|0\n3012345678901234509|6990|2|0\n",
        alone.sql(
            "SELECT order_id, amount, amount_derived, total FROM orders WHERE paid_at IS NULL"
                + " ORDER BY order_id"));
  }

  @Test
  void aPaidOrderWithOnlyItsValueIsWorthItAndAStatedPaidTotalWinsInAnyOrder() throws Exception {
    String tot =
        "订单编号,买家会员名,总金额,订单状态,订单付款时间\n"
            + "3066000000000000001,a,258.00,买家已付款，等待卖家发货,2026-11-10 10:01:00\n";
    String paid =
        "订单编号,买家会员名,总金额,买家实际支付金额,订单状态,订单付款时间\n"
            + "3066000000000000001,a,258.00,238.00,买家已付款，等待卖家发货,2026-11-10 10:01:00\n";
    CliRunner a = store("a");
    load(a, dir, "tot.csv", tot);
    assertEquals("3066000000000000001|paid|1794276060|0|25800|2|null|25800|1|null\n", a.sql(MONEY));
    assertTrue(metrics(a).contains("2026-11,,,1,1,258.00,258.00"), metrics(a));
    load(a, dir, "paid.csv", paid);
    CliRunner b = store("b");
    load(b, dir, "paid.csv", paid);
    load(b, dir, "tot.csv", tot);
    String expected = "3066000000000000001|paid|1794276060|0|23800|1|null|23800|0|null\n";
    assertEquals(expected, a.sql(MONEY));
    assertEquals(expected, b.sql(MONEY));
    assertTrue(metrics(b).contains("2026-11,,,1,1,238.00,238.00"), metrics(b));
  }

  @Test
  void aTmallPaidTotalIsNetOfItsRefundSoSalesAddItBackAndNetSalesTakeItOffOnce() throws Exception {
    CliRunner cli = store("a");
    load(
        cli,
        dir,
        "tref.csv",
        "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间,退款金额,确认收货时间\n"
            + "3099000000000000001,buyerA,200.00,0.00,200.00,150.00,交易成功,2026-11-10 10:00:00,"
            + "2026-11-10 10:01:00,50.00,2026-11-15 10:00:00\n"
            + "3099000000000000002,buyerB,100.00,0.00,100.00,100.00,交易成功,2026-11-10 11:00:00,"
            + "2026-11-10 11:01:00,0.00,2026-11-15 10:00:00\n"
            // refunded in full and closed (K15): 0.00 paid net, 258.00 back
            + "3099000000000000003,buyerC,258.00,0.00,258.00,0.00,交易关闭,2026-11-10 12:00:00,"
            + "2026-11-10 12:01:00,258.00,\n");
    assertEquals(
        "3099000000000000001|20000|20000|5000\n"
            + "3099000000000000002|10000|10000|0\n"
            + "3099000000000000003|25800|25800|25800\n",
        cli.sql("SELECT order_id, amount, total, refunded FROM orders ORDER BY order_id"));
    // sales 200 + 100 + 258 (refunds not deducted); net 558 - 50 - 258: the closed order nets 0
    assertTrue(metrics(cli).contains("2026-11,,,3,3,558.00,250.00"), metrics(cli));
  }

  @Test
  void aTmallSubOrderExportAddsItsLinesRefundsBackToThePaidTotal() throws Exception {
    CliRunner cli = store("a");
    load(
        cli,
        dir,
        "sub.csv",
        "子订单编号,主订单编号,商品标题,商品价格,购买数量,订单状态,商家编码,买家实付金额,退款金额,订单创建时间,订单付款时间,买家会员名\n"
            + "1,3098000000000000001,围巾,100.00,1,交易成功,W,60.00,40.00,2026-11-10 10:00:00,"
            + "2026-11-10 10:01:00,a\n"
            + "2,3098000000000000001,手套,50.00,1,交易成功,G,50.00,0.00,2026-11-10 10:00:00,"
            + "2026-11-10 10:01:00,a\n");
    assertEquals("15000|15000|4000\n", cli.sql("SELECT amount, total, refunded FROM orders"));
    assertTrue(metrics(cli).contains("2026-11,,,1,1,150.00,110.00"), metrics(cli));
  }

  @Test
  void aJdOrderPaidPartlyFromTheBuyersBalanceCountsBothOnce() throws Exception {
    CliRunner cli = store("a");
    load(
        cli,
        dir,
        "jd_bal.csv",
        "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,余额支付,应付金额,订单状态,下单帐号,运费金额,付款确认时间\n"
            + "290000000001,100012345678,电热水壶,1,在线支付,2026-11-12 08:15:30,149.00,199.00,49.00,"
            + "150.00,等待出库,jd_lihua,0.00,2026-11-12 08:16:02\n"
            + "290000000001,100012345679,水杯,1,在线支付,2026-11-12 08:15:30,50.00,199.00,49.00,"
            + "150.00,等待出库,jd_lihua,0.00,2026-11-12 08:16:02\n");
    assertEquals(
        "19900|0|19900|0\n",
        cli.sql("SELECT amount, shipping_fee, total, total_derived FROM orders"));
    assertTrue(metrics(cli).contains("2026-11,,,1,1,199.00,199.00"), metrics(cli));
  }

  private static final String JD_HEADER =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,应付金额,订单状态,下单帐号,付款确认时间\n";

  @Test
  void anOlderJdExportGivesACancelledNeverPaidOrderNoPaidTimeInAnyOrder() throws Exception {
    String newer =
        JD_HEADER
            + "290000000009,1,台灯,1,在线支付,2026-11-12 09:00:00,562.50,562.50,已取消,jd_x,\n"
            + "290000000010,2,台灯,1,在线支付,2026-11-12 09:30:00,100.00,100.00,等待出库,jd_y,\n";
    String older =
        JD_HEADER
            + "290000000009,1,台灯,1,在线支付,2026-11-12 09:00:00,562.50,562.50,等待出库,jd_x,\n"
            + "290000000010,2,台灯,1,在线支付,2026-11-12 09:30:00,100.00,100.00,等待出库,jd_y,\n";
    CliRunner a = store("a");
    load(a, dir, "new.csv", newer);
    CliRunner.Result r =
        a.expect(0, "import", "orders", TestFiles.write(dir, "old.csv", older).toString());
    assertTrue(r.err().contains("0 new, 0 updated, 2 unchanged"), r.err());
    CliRunner b = store("b");
    load(b, dir, "old.csv", older);
    load(b, dir, "new.csv", newer);
    String q = "SELECT order_id, status, paid_at, paid_at_inferred FROM orders ORDER BY order_id";
    String expected = "290000000009|cancelled|null|0\n290000000010|paid|1794447000|1\n";
    assertEquals(expected, a.sql(q));
    assertEquals(expected, b.sql(q));
    assertTrue(metrics(a).contains("2026-11,,,1,1,100.00,100.00"), metrics(a));
  }

  @Test
  void initWithoutTzNamesTheZoneItChoseAndHowToChooseAnother() {
    CliRunner cli = new CliRunner(dir);
    CliRunner.Result r = cli.expect(0, "init");
    assertTrue(
        r.err()
            .contains(
                "note: no --tz given: the store's zone is UTC, this computer's; export times"
                    + " without an offset are read in it"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "(Taobao, Tmall and JD exports are read as Beijing time, as they are written)"),
        r.err());
    assertTrue(
        r.err().contains("alone makes its store with --tz Asia/Shanghai, so that its days are"),
        r.err());
    CliRunner zh =
        new CliRunner(dir).store(dir.resolve("zh.db").toString()).env("LANG", "zh_CN.UTF-8");
    r = zh.expect(0, "init");
    assertTrue(r.err().contains("未指定 --tz：店铺时区取本机时区 UTC"), r.err());
    CliRunner sh = new CliRunner(dir).store(dir.resolve("sh.db").toString());
    assertFalse(sh.expect(0, "init", "--tz", "Asia/Shanghai").err().contains("--tz"));
  }

  @Test
  void aTmallImportIntoAStoreNotInBeijingTimeSaysSoOnce() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC", "-q");
    Path orders = TestFiles.write(dir, "full.csv", FULL);
    Path items =
        TestFiles.write(
            dir, "items.csv", "订单编号,标题,价格,购买数量,商家编码\n3012345678901234501,围巾,129.00,1,SKU-W\n");
    CliRunner.Result r = cli.expect(0, "import", "orders", orders.toString(), items.toString());
    String note =
        "full.csv: the times of taobao-orders exports are Asia/Shanghai time (UTC+08:00): read as"
            + " such and shown in the store's zone UTC (UTC+00:00 at the file's dates); a store"
            + " that holds only these exports is made with `shopops init --tz Asia/Shanghai`, so"
            + " that its days are Asia/Shanghai days";
    assertTrue(r.err().contains(note), r.err());
    assertEquals(
        r.err().indexOf("exports are Asia/Shanghai time"),
        r.err().lastIndexOf("exports are Asia/Shanghai time"),
        r.err());
    // the orders are there, at the instant the export means: 09:03 Beijing time is 01:03 UTC
    // (review17 R2: before, 09:03 UTC, 8 h late)
    assertEquals("3\n", cli.sql("SELECT count(*) FROM orders"));
    assertEquals(
        "1794272580\n",
        cli.sql("SELECT paid_at FROM orders WHERE order_id = '3012345678901234501'"));
    CliRunner zh =
        new CliRunner(dir).store(dir.resolve("zh.db").toString()).env("LANG", "zh_CN.UTF-8");
    zh.expect(0, "init", "--tz", "Europe/Berlin", "-q");
    r = zh.expect(0, "import", "orders", orders.toString());
    assertTrue(
        r.err()
            .contains(
                "full.csv：taobao-orders 导出文件的时间是 Asia/Shanghai 时间（UTC+08:00）：已按此读取，并按店铺时区 Europe/Berlin（文件日期时为 UTC+01:00）显示"),
        r.err());
    assertEquals(
        "1794272580\n",
        zh.sql("SELECT paid_at FROM orders WHERE order_id = '3012345678901234501'"));
    // a store in Beijing time: no word
    CliRunner sh = store("sh");
    assertFalse(sh.expect(0, "import", "orders", orders.toString()).err().contains("exports are"));
  }

  /**
   * review18 T10: a 订单报表 without 买家实际支付金额 but with 买家应付货款/买家应付邮费 and 退款金额: the paid order is worth
   * its 总金额, the refund is not added on top of it, as without the goods columns.
   */
  @Test
  void withoutThePaidTotalTheGoodsAndRefundDoNotAddTheRefundOnTopOfTheValue() throws Exception {
    String rows =
        "3901000000000000002,wang_xiaomei,149.00,0.00,149.00,20.00,卖家已发货，等待买家确认,"
            + "2026-12-02 20:10:00,2026-12-02 20:11:05\n"
            + "3901000000000000003,li_lei88,79.00,10.00,89.00,89.00,交易关闭,2026-12-01 13:58:00,"
            + "2026-12-01 14:00:00\n";
    CliRunner cli = store("a");
    load(
        cli,
        dir,
        "subset2_ExportOrderList.csv",
        "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,退款金额,订单状态,订单创建时间,订单付款时间\n" + rows);
    String money =
        "SELECT order_id, amount, shipping_fee, total, total_derived, refunded FROM orders"
            + " ORDER BY order_id";
    // was 16900|0 and 17800|0: 总金额 + 退款金额
    assertEquals(
        "3901000000000000002|14900|0|14900|1|2000\n3901000000000000003|7900|1000|8900|1|8900\n",
        cli.sql(money));
    assertEquals(
        "period,orders,sales,net_sales\n2026-W49,2,238.00,129.00\n",
        cli.expect(
                0,
                "--now",
                "2026-12-06 10:00",
                "metrics",
                "--by",
                "week",
                "--from",
                "2026-11-30",
                "--to",
                "2026-12-06",
                "--format",
                "csv",
                "--columns",
                "period,orders,sales,net_sales")
            .out());
    // the same rows without the goods columns give the same totals (README: a subset, the same
    // store)
    CliRunner subset = store("b");
    load(
        subset,
        dir,
        "subset_ExportOrderList.csv",
        "订单编号,买家会员名,总金额,退款金额,订单状态,订单创建时间,订单付款时间\n"
            + "3901000000000000002,wang_xiaomei,149.00,20.00,卖家已发货，等待买家确认,"
            + "2026-12-02 20:10:00,2026-12-02 20:11:05\n"
            + "3901000000000000003,li_lei88,89.00,89.00,交易关闭,2026-12-01 13:58:00,"
            + "2026-12-01 14:00:00\n");
    assertEquals(
        "3901000000000000002|14900|1|2000\n3901000000000000003|8900|1|8900\n",
        subset.sql(
            "SELECT order_id, total, total_derived, refunded FROM orders ORDER BY order_id"));
  }
}
