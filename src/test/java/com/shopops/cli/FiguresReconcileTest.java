package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures two commands give differently, and the words that make them agree on screen (tryout25b
 * B5, B6, B7, B10).
 */
class FiguresReconcileTest {
  @TempDir Path dir;

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(none) " + text);
  }

  /** A new store (SQLite here; PostgreSQL in {@link PgFiguresReconcileTest}). */
  CliRunner newStore(String tz, String currency) {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", tz, "--currency", currency, "-q");
    return cli;
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Shopify #3001 (45.00, paid 11-03): export 10.00, a hand 5.00 at 11-07 12:00, export 12.00. */
  private CliRunner reversedStore() {
    CliRunner cli = newStore("Asia/Shanghai", "USD");
    cli.expect(
        0, "--now", "2026-11-07 10:00", "-q", "import", "orders", export("r10.csv", "10.00"));
    RefundFixture.handRefund(
        cli, "2026-11-07 12:00", "#3001", "US-A", "5", "other", "RT20261107", "2026-11-07 12:00");
    cli.expect(
        0, "--now", "2026-11-08 10:00", "-q", "import", "orders", export("r12.csv", "12.00"));
    return cli;
  }

  private String export(String name, String refunded) {
    String to = "," + refunded + ",,,,,,993001";
    return TestFiles.write(
            dir,
            name,
            StatedRefundGrowthTest.HEADER
                + StatedRefundGrowthTest.ROW1.replace(",10.00,,,,,,993001", to)
                + "\n"
                + StatedRefundGrowthTest.ROW2.replace(",10.00,,,,,,993001", to)
                + "\n")
        .toString();
  }

  /** B5: refund_total 5.00 (the hand refund's return) beside net_sales' 12.00, said on screen. */
  @Test
  void returnsReportSaysTheRefundsOrderExportsStateBeyondReturns() {
    CliRunner cli = reversedStore();
    String[] report = {
      "--now", "2026-11-09 10:00", "returns", "report", "--from", "2026-11-01", "--to", "2026-11-08"
    };
    CliRunner.Result r = cli.expect(0, report);
    assertTrue(r.out().contains("(all),1,0,0,0,,1,5.00,"), r.out());
    assertEquals(
        "note: refund_total counts the refunds of returns only: net_sales (metrics, report) also"
            + " takes off 7.00 of refunds that order exports state (退款金额, Refunded Amount) or that"
            + " orders closed after payment gave back, beyond their returns, 2026-11-01 to"
            + " 2026-11-08: 10.00 refunded, less 3.00 reversed (退款冲回)",
        line(r.err(), "note: refund_total"));
    // 5.00 + 7.00 = the 12.00 metrics takes off over the same days
    assertEquals(
        "2026-11-03 35.00\n2026-11-04 0.00\n2026-11-05 0.00\n2026-11-06 0.00\n"
            + "2026-11-07 -5.00\n2026-11-08 3.00\n",
        RefundFixture.netByDay(cli, "2026-11-09 10:00", "2026-11-03", "2026-11-08"));
    String zh =
        cli.expect(
                0,
                "--lang",
                "zh",
                "--now",
                "2026-11-09 10:00",
                "returns",
                "report",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-08")
            .err();
    assertEquals(
        "注：退款总额（refund_total）只含退货的退款：净销售额（metrics、report）另扣除订单导出写明（退款金额、Refunded"
            + " Amount）或付款后关闭的订单退回、超出其退货的退款 7.00（2026-11-01 至 2026-11-08：退款 10.00，退款冲回"
            + " 3.00）",
        line(zh, "注：退款总额"));
    // a period with no refund stated by an export says nothing of it
    assertTrue(
        !cli.expect(
                0,
                "--now",
                "2026-11-09 10:00",
                "returns",
                "report",
                "--from",
                "2026-11-04",
                "--to",
                "2026-11-06")
            .err()
            .contains("refund_total counts"));
  }

  /** B6: the terminal table shows net_sales when refunds move it, or says how to see it. */
  @Test
  void theMetricsTableShowsNetSalesWhenRefundsMoveItOrSaysWhereItIs() {
    CliRunner cli = reversedStore();
    String[] metrics = {
      "--now",
      "2026-11-09 10:00",
      "metrics",
      "--by",
      "day",
      "--from",
      "2026-11-07",
      "--to",
      "2026-11-08",
      "--format",
      "table"
    };
    CliRunner.Result wide = cli.width(120).expect(0, metrics);
    String header = wide.out().lines().findFirst().orElse("");
    // sales_per_buyer and aov, empty in both periods, are left out (clarity27a)
    assertTrue(
        header.contains("  sales  net_sales") && !header.contains("sales_per_buyer"), wide.out());
    assertTrue(wide.out().contains("-5.00"), wide.out());
    assertTrue(!wide.err().contains("note: net_sales is not"), wide.err());
    // at 80 columns the columns empty in every period (pv, uv, …) give way, and net_sales fits
    // (clarity27a): no note needed
    CliRunner.Result narrow = cli.width(80).expect(0, metrics);
    assertTrue(narrow.out().lines().findFirst().orElse("").contains("net_sales"), narrow.out());
    assertTrue(narrow.out().contains("-5.00"), narrow.out());
    assertTrue(!narrow.err().contains("note: net_sales is not"), narrow.err());
    String zh = cli.width(80).expect(0, prepend("--lang", "zh", metrics)).err();
    assertTrue(!zh.contains("注：此宽度"), zh);
    // csv keeps every column in its order, and needs no such note
    String[] csv = metrics.clone();
    csv[csv.length - 1] = "csv";
    CliRunner.Result c = cli.width(80).expect(0, csv);
    assertEquals(
        "period,pv,uv,orders,buyers,sales,net_sales,conversion_rate,order_conversion_rate,"
            + "sales_per_buyer,aov,repeat_rate,return_rate,on_time_ship_rate",
        c.out().lines().findFirst().orElse(""));
    assertTrue(!c.err().contains("net_sales is not"), c.err());
    // days without refunds: the table as before
    String[] quiet = metrics.clone();
    quiet[6] = "2026-11-04";
    quiet[8] = "2026-11-06";
    CliRunner.Result q = cli.width(120).expect(0, quiet);
    assertTrue(!q.out().contains("net_sales"), q.out());
    assertTrue(!q.err().contains("net_sales is not"), q.err());
  }

  private static String[] prepend(String a, String b, String[] rest) {
    String[] all = new String[rest.length + 2];
    all[0] = a;
    all[1] = b;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }

  /**
   * B7: an Olist orders file gives no amounts (its items file does): the import counts every order
   * closed after payment, metrics only those with money to take off; both now say the rest.
   */
  @Test
  void olistClosedOrdersWithNoLinesAreSaidByTheImportAndByMetrics() throws IOException {
    CliRunner cli = newStore("America/Sao_Paulo", "BRL");
    Path orders =
        file(
            "orders.csv",
            "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,"
                + "order_delivered_carrier_date,order_delivered_customer_date,"
                + "order_estimated_delivery_date\n"
                + "o1,c1,delivered,2017-10-02 10:00:00,2017-10-02 11:00:00,2017-10-03 10:00:00,"
                + "2017-10-08 10:00:00,2017-10-18 00:00:00\n"
                + "o2,c2,canceled,2017-10-03 10:00:00,2017-10-03 11:00:00,,,2017-10-20 00:00:00\n"
                + "o3,c3,unavailable,2017-10-04 10:00:00,2017-10-04 11:00:00,,,2017-10-21"
                + " 00:00:00\n");
    Path items =
        file(
            "order_items.csv",
            "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n"
                + "o1,1,p1,s1,2017-10-05 10:00:00,100.00,10.00\n"
                + "o2,1,p2,s1,2017-10-06 10:00:00,50.00,5.00\n");
    String imported =
        cli.expect(0, "--now", "2018-10-01 00:00", "import", "orders", orders.toString()).err();
    assertEquals(
        orders
            + ": 2 orders are closed after payment with no close time in the file and not stored"
            + " paid before: their refund counts in net_sales on their payment day (2 of them are"
            + " 0.00 so far, with nothing to take off until their amount or order lines are"
            + " imported: metrics does not count them)",
        line(imported, orders + ": 2 orders are closed"));
    cli.expect(
        0,
        "--now",
        "2018-10-01 00:00",
        "-q",
        "import",
        "orders",
        "--map",
        "olist-order-items",
        items.toString());
    String[] month = {
      "--now",
      "2018-10-01 00:00",
      "metrics",
      "--by",
      "month",
      "--from",
      "2017-10-01",
      "--to",
      "2017-10-31"
    };
    CliRunner.Result m = cli.expect(0, month);
    assertTrue(m.out().contains("2017-10,,,3,3,165.00,110.00,"), m.out());
    assertEquals(
        "note: net_sales: 1 order closed after payment without a close time in the export is taken"
            + " off on its payment day: it was already closed when first imported",
        line(
            m.err(),
            "note: net_sales: 1 order closed after payment without a close time in the"
                + " export is"));
    assertEquals(
        "note: net_sales: 1 order closed after payment without a close time in the export takes"
            + " nothing off: no money of it is left to refund (0.00: no order lines, or its returns"
            + " refunded it)",
        line(
            m.err(),
            "note: net_sales: 1 order closed after payment without a close time in the"
                + " export takes"));
    String zh = cli.expect(0, prepend("--lang", "zh", month)).err();
    assertEquals(
        "注：净销售额：1 笔付款后关闭、导出中没有关闭时间的订单不扣除任何金额：已没有可退的钱（0.00：没有订单明细，或其退货已全部退款）",
        line(zh, "注：净销售额：1 笔付款后关闭、导出中没有关闭时间的订单不扣除"));
  }

  /** B10: warnings keep exit 0; --strict makes them exit 3; a sound store exits 0 either way. */
  @Test
  void checkStrictExitsThreeForRowsThatNeedALook() throws IOException {
    CliRunner cli = newStore("Asia/Shanghai", "CNY");
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "orders",
        file("timed.csv", "订单号,金额,付款时间\nT1,10.00,2026-11-10 10:00:00\n").toString());
    assertEquals("", cli.expect(0, "check", "--strict").err());
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "orders",
        file("nt.csv", "订单号,金额\nA1,100.00\nA2,50.00\n").toString());
    CliRunner.Result plain = cli.expect(0, "check");
    assertTrue(plain.out().contains("order times,\"2 orders have no order time"), plain.out());
    CliRunner.Result strict = cli.expect(3, "check", "--strict");
    assertEquals(plain.out(), strict.out());
    assertEquals(
        "shopops: check --strict: the store is sound, but 1 row needs a look (order times): exit 3",
        strict.err().strip());
    cli.expect(3, "check", "--fail-on-warning");
    assertEquals(
        "shopops：check --strict：店铺数据库完好，但有 1 行需要查看（订单时间）：退出码 3",
        cli.expect(3, "--lang", "zh", "check", "--strict").err().strip());
  }
}
