package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Shopify order (#3001, 45.00 paid 11-03) exported 11-07 stating Refunded Amount 10.00; a refund
 * of 5.00 entered by hand at 11-07 12:00; the next export (imported 11-08) states 15.00: the 10.00
 * already counted plus that 5.00 (tryout23b A11). Each stated figure contains only the returns'
 * refunds paid by the time it was stated (V051): 11-03 keeps net 35.00, 11-07 −5.00, 11-08 0.00
 * (before: 11-03 40.00 and −5.00 on 11-08, a day nothing was refunded). Taobao's twin (an export
 * repeating its figure after a hand refund does not contain it: HandRefundAfterExportTest) holds by
 * the same rule. An export that grows by more than the hand refunds books only the rest on its
 * import day.
 */
class StatedRefundGrowthTest {
  @TempDir Path dir;

  static final String HEADER =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts"
          + " Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount"
          + " Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem"
          + " price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem"
          + " taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing"
          + " Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing"
          + " Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping"
          + " Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping"
          + " Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment"
          + " Method,Payment Reference,Refunded Amount,Vendor,Outstanding"
          + " Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1"
          + " Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4"
          + " Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province"
          + " Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment"
          + " References\n";

  static final String ROW1 =
      "#3001,3001@example.com,partially_refunded,2026-11-03 10:00:00 +0800,fulfilled,2026-11-06"
          + " 09:00:00 +0800,,USD,40.00,5.00,0.00,45.00,,10.00,,2026-11-03 09:59:00 +0800,1,Oolong"
          + " tea,30.00,,US-A,true,true,fulfilled,John,,,,,,,,,,,,,,,,,,US,,,,,Shopify"
          + " Payments,,10.00,,,,,,993001,,,web,0.00,,,,,,,,,,,,,,,,,,,";

  static final String ROW2 =
      "#3001,3001@example.com,partially_refunded,2026-11-03 10:00:00 +0800,fulfilled,2026-11-06"
          + " 09:00:00 +0800,,USD,40.00,5.00,0.00,45.00,,10.00,,2026-11-03 09:59:00 +0800,1,Oolong"
          + " tea,20.00,,US-B,true,true,fulfilled,John,,,,,,,,,,,,,,,,,,US,,,,,Shopify"
          + " Payments,,10.00,,,,,,993001,,,web,0.00,,,,,,,,,,,,,,,,,,,";

  private Path export(String name, String refunded) {
    return TestFiles.write(
        dir,
        name,
        HEADER
            + ROW1.replace(",10.00,,,,,,993001", "," + refunded + ",,,,,,993001")
            + "\n"
            + ROW2.replace(",10.00,,,,,,993001", "," + refunded + ",,,,,,993001")
            + "\n");
  }

  CliRunner newStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "USD", "-q");
    return cli;
  }

  /** A refund of {@code amount} on US-A entered by hand, asked and refunded at {@code at}. */
  private static void handRefund(CliRunner cli, String amount, String at) {
    String id = "RT" + at.replace("-", "").substring(0, 8);
    RefundFixture.handRefund(cli, at, "#3001", "US-A", amount, "other", id, at);
  }

  static String netByDay(CliRunner cli) {
    return RefundFixture.netByDay(cli, "2026-11-09 10:00", "2026-11-03", "2026-11-08");
  }

  static String spent(CliRunner cli) {
    return RefundFixture.spent(cli, "2026-11-09 10:00");
  }

  @Test
  void aLaterExportThatNowStatesTheHandRefundMovesNoClosedDay() {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-11-07 10:00",
        "-q",
        "import",
        "orders",
        export("shop_r10.csv", "10.00").toString());
    handRefund(cli, "5", "2026-11-07 12:00");
    CliRunner.Result imported =
        cli.expect(
            0,
            "--now",
            "2026-11-08 10:00",
            "import",
            "orders",
            export("shop_r15.csv", "15.00").toString());
    // 0.00 counts on 11-08: no note that the refund does (before: "1 order paid before has a
    // refund in this file … on 2026-11-08, the day of this import")
    assertTrue(!imported.err().contains("the day of this import"), imported.err());
    assertEquals(
        "2026-11-03 35.00\n2026-11-04 0.00\n2026-11-05 0.00\n2026-11-06 0.00\n"
            + "2026-11-07 -5.00\n2026-11-08 0.00\n",
        netByDay(cli));
    assertEquals("30.00", spent(cli));
    CliRunner.Result show =
        cli.expect(0, "--now", "2026-11-09 10:00", "orders", "show", "#3001", "--format", "csv");
    assertTrue(show.out().contains(",45.00,15.00,"), show.out());
    CliRunner.Result check = cli.expect(0, "--now", "2026-11-09 10:00", "check", "--rebuild");
    assertTrue(check.out().contains("customer figures,ok"), check.out());
  }

  /** 10.00, a hand 5.00, then 18.00: 3.00 is new money, booked on the import day (11-08). */
  @Test
  void anExportGrowingByMoreThanTheHandRefundsBooksOnlyTheRestOnItsImportDay() {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-11-07 10:00",
        "-q",
        "import",
        "orders",
        export("shop_r10.csv", "10.00").toString());
    handRefund(cli, "5", "2026-11-07 12:00");
    CliRunner.Result imported =
        cli.expect(
            0,
            "--now",
            "2026-11-08 10:00",
            "import",
            "orders",
            export("shop_r18.csv", "18.00").toString());
    assertTrue(
        imported.err().contains("it counts in net_sales on 2026-11-08, the day of this import"),
        imported.err());
    assertEquals(
        "2026-11-03 35.00\n2026-11-04 0.00\n2026-11-05 0.00\n2026-11-06 0.00\n"
            + "2026-11-07 -5.00\n2026-11-08 -3.00\n",
        netByDay(cli));
    assertEquals("27.00", spent(cli));
  }

  /**
   * 10.00, a hand 5.00, then 12.00 (tryout24b A2): the export now contains the hand refund and
   * states less than the 15.00 counted; the export wins (refunds25): the order is refunded 12.00
   * everywhere and 11-08 books a refund reversal of 3.00 (net +3.00; before: 0.00, the days netting
   * 30.00 while customers said 33.00; before fix24a every metrics died "refunds cannot be negative:
   * -300"). The import and metrics name the reversal; the hand refund's return stays.
   */
  @Test
  void anExportGrowingByLessThanTheHandRefundWinsAndBooksARefundReversal() {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-11-07 10:00",
        "-q",
        "import",
        "orders",
        export("shop_r10.csv", "10.00").toString());
    handRefund(cli, "5", "2026-11-07 12:00");
    CliRunner.Result imported =
        cli.expect(
            0,
            "--now",
            "2026-11-08 10:00",
            "import",
            "orders",
            export("shop_r12.csv", "12.00").toString());
    assertTrue(
        imported
            .err()
            .contains(
                "shop_r12.csv: order #3001: the export states refunded 12.00, less than the 10.00"
                    + " stated before + 5.00 refunded by hand since; taken as the export states,"
                    + " refunded 12.00: 3.00 reversed (退款冲回) in net_sales on 2026-11-08, the day"
                    + " of this import"),
        imported.err());
    assertTrue(!imported.err().contains("the day of this import:"), imported.err());
    assertEquals(
        "2026-11-03 35.00\n2026-11-04 0.00\n2026-11-05 0.00\n2026-11-06 0.00\n"
            + "2026-11-07 -5.00\n2026-11-08 3.00\n",
        netByDay(cli));
    // every figure agrees on 12.00 refunded, 33.00 net
    assertEquals("33.00", spent(cli));
    RefundFixture.customersSay(cli, "2026-11-09 10:00", "3001@example.com", "33.00");
    assertEquals("33.00", netOver(cli, "2026-11-01", "2026-11-09"));
    CliRunner.Result show =
        cli.expect(0, "--now", "2026-11-09 10:00", "orders", "show", "#3001", "--format", "csv");
    assertTrue(show.out().contains(",45.00,12.00,"), show.out());
    CliRunner.Result metrics = metricsTo1109(cli);
    assertTrue(
        metrics
            .err()
            .contains(
                "net_sales: refund reversed (退款冲回) on 2026-11-08: order #3001: its order export"
                    + " states refunded 12.00, less than the 10.00 stated before + 5.00 refunded by"
                    + " hand since; taken as the export states, refunded 12.00: 3.00 reversed"),
        metrics.err());
    CliRunner.Result zh = metricsTo1109(cli, "--lang", "zh");
    assertTrue(
        zh.err()
            .contains(
                "净销售额：2026-11-08 退款冲回：订单 #3001：订单导出写明退款 12.00，少于此前登记的 10.00 + 手工退款"
                    + " 5.00；按导出记为已退款 12.00，冲回 3.00"),
        zh.err());
    // the hand refund's return stays: it is what the operator did
    assertTrue(
        cli.expect(0, "--now", "2026-11-09 10:00", "returns", "show", "RT20261107")
            .out()
            .contains("5.00"));
    CliRunner.Result check = cli.expect(0, "--now", "2026-11-09 10:00", "check", "--rebuild");
    assertTrue(check.out().contains("customer figures,ok"), check.out());
    assertTrue(check.out().contains("refunds above total,ok"), check.out());
  }

  /** `metrics` of 11-01 to 11-09 read at 11-09 10:00, {@code lang} (--lang zh or nothing) first. */
  static CliRunner.Result metricsTo1109(CliRunner cli, String... lang) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(lang));
    args.addAll(
        java.util.List.of(
            "--now", "2026-11-09 10:00", "metrics", "--from", "2026-11-01", "--to", "2026-11-09"));
    return cli.expect(0, args.toArray(String[]::new));
  }

  /** net_sales of `metrics --by month` over [from, to], within one month: one row. */
  static String netOver(CliRunner cli, String from, String to) {
    String[] rows =
        cli.expect(
                0,
                "--now",
                "2026-11-09 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                from,
                "--to",
                to,
                "--format",
                "csv")
            .out()
            .split("\n");
    int col = java.util.Arrays.asList(rows[0].split(",")).indexOf("net_sales");
    return rows[1].split(",", -1)[col];
  }
}
