package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A later cancellation does not rewrite a closed month (review16 Q6). An order paid 10-28 and
 * stored open, then closed (交易关闭) by an export imported on 11-05 that gives no close time, stays in
 * October's orders, sales and net sales; its refund counts on 11-05, the day the import first
 * stored it closed (the import's clock, --now); an as-of before that day does not see it, in
 * metrics nor in customer money. An order first imported already closed, with no close time, keeps
 * its refund on its payment day (nothing counted it before); an export's own cancellation time
 * (cancelled_at) dates it. The maintained figures equal check --rebuild throughout.
 */
class LaterCancellationTest {
  @TempDir Path dir;

  static final String HEAD = "订单编号,买家会员名,买家实际支付金额,退款金额,订单状态,订单付款时间\n";

  /** The October export: 101 paid and not shipped yet, 102 done. */
  static final String OCTOBER =
      HEAD
          + "3022000000000000101,buyerA,200.00,0.00,买家已付款，等待卖家发货,2026-10-28 10:00:00\n"
          + "3022000000000000102,buyerB,100.00,0.00,交易成功,2026-10-29 09:00:00\n";

  /**
   * The November export: 101 closed and refunded in full (no close time in the 订单报表), 103 paid
   * 11-02 and closed before the store ever saw it, 104 a new sale.
   */
  static final String NOVEMBER =
      HEAD
          + "3022000000000000101,buyerA,0.00,200.00,交易关闭,2026-10-28 10:00:00\n"
          + "3022000000000000102,buyerB,100.00,0.00,交易成功,2026-10-29 09:00:00\n"
          + "3022000000000000103,buyerC,0.00,50.00,交易关闭,2026-11-02 11:00:00\n"
          + "3022000000000000104,buyerB,80.00,0.00,交易成功,2026-11-03 11:00:00\n";

  static String months(CliRunner cli, String now) {
    return cli.expect(
            0,
            "--now",
            now,
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv")
        .out();
  }

  static String customers(CliRunner cli, String now) {
    return cli.expect(0, "--now", now, "customers", "list", "--format", "csv").out();
  }

  static final String CUSTOMERS_HEAD =
      "customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,"
          + "orders,spent,last_order_at,other_currencies\n";

  /** The whole story, on the store {@code cli} names (SQLite or PostgreSQL): the same figures. */
  static void check(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path oct = TestFiles.write(dir, "tm_oct.csv", OCTOBER);
    Path nov = TestFiles.write(dir, "tm_nov.csv", NOVEMBER);
    cli.expect(0, "--now", "2026-10-31 23:00", "import", "orders", oct.toString());

    // October as closed on 10-31: 2 orders, 300.00 sold, 300.00 net
    String closed = "2026-10,,,2,2,300.00,300.00,";
    String before = months(cli, "2026-11-20 10:00");
    assertTrue(before.contains("\n" + closed), before);
    assertTrue(before.contains("\n2026-11,,,0,0,0.00,0.00,"), before);

    CliRunner.Result imported =
        cli.expect(0, "--now", "2026-11-05 09:00", "import", "orders", nov.toString());
    assertTrue(
        imported
            .err()
            .contains(
                "tm_nov.csv: 1 order paid before is closed in this file, which gives no close"
                    + " time: its refund counts in net_sales on 2026-11-05, the day of this"
                    + " import\n"),
        imported.err());
    assertTrue(
        imported
            .err()
            .contains(
                "tm_nov.csv: 1 order is closed after payment with no close time in the file and"
                    + " not stored paid before: its refund counts in net_sales on its payment"
                    + " day\n"),
        imported.err());

    // October unchanged; November: 103 and 104 sold (130.00), 103's 50.00 back on its payment
    // day and 101's 200.00 on 11-05: net -120.00
    CliRunner.Result after =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv");
    assertTrue(after.out().contains("\n" + closed), after.out());
    assertTrue(after.out().contains("\n2026-11,,,2,2,130.00,-120.00,"), after.out());
    assertTrue(
        after
            .err()
            .contains(
                "note: net_sales: 1 order closed after payment without a close time in the export"
                    + " is taken off on the day an import first stored it closed, not on its"
                    + " payment day\n"),
        after.err());
    assertTrue(
        after
            .err()
            .contains(
                "note: net_sales: 1 order closed after payment without a close time in the export"
                    + " is taken off on its payment day: it was already closed when first"
                    + " imported\n"),
        after.err());

    // by day: 10-28 keeps its sale whole; the refund is on 11-05
    String days =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-10-28",
                "--to",
                "2026-11-05",
                "--format",
                "csv")
            .out();
    assertTrue(days.contains("\n2026-10-28,,,1,1,200.00,200.00,"), days);
    assertTrue(days.contains("\n2026-11-02,,,1,1,50.00,0.00,"), days);
    assertTrue(days.contains("\n2026-11-05,,,0,0,0.00,-200.00,"), days);

    // as of 11-04 the cancellation is not known yet: November net 80.00, no note about 101
    CliRunner.Result early =
        cli.expect(
            0,
            "--now",
            "2026-11-04 10:00",
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv");
    assertTrue(early.out().contains("\n" + closed), early.out());
    assertTrue(early.out().contains("\n2026-11,,,2,2,130.00,80.00,"), early.out());
    assertFalse(early.err().contains("first stored it closed"), early.err());

    // metrics compare: November against October
    String cmp =
        cli.expect(
                0,
                "--now",
                "2026-12-01 10:00",
                "metrics",
                "compare",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv")
            .out();
    assertTrue(cmp.contains("\nnet_sales,-120.00,300.00,-420.00,-1.4000,down\n"), cmp);
    assertTrue(cmp.contains("\norders,2,2,0,0.0000,flat\n"), cmp);

    // customer money (RFM M, spent) is net of refunds as of --now: 101 is whole before 11-05
    assertEquals(
        CUSTOMERS_HEAD
            + "buyerA,,,,,,,,,1,200.00,2026-10-28 10:00:00,\n"
            + "buyerB,,,,,,,,,2,180.00,2026-11-03 11:00:00,\n"
            + "buyerC,,,,,,,,,1,0.00,2026-11-02 11:00:00,\n",
        customers(cli, "2026-11-04 10:00"));
    String now = customers(cli, "2026-11-20 10:00");
    assertEquals(
        CUSTOMERS_HEAD
            + "buyerA,,,,,,,,,1,0.00,2026-10-28 10:00:00,\n"
            + "buyerB,,,,,,,,,2,180.00,2026-11-03 11:00:00,\n"
            + "buyerC,,,,,,,,,1,0.00,2026-11-02 11:00:00,\n",
        now);
    String rfmEarly =
        cli.expect(
                0,
                "--now",
                "2026-11-04 10:00",
                "customers",
                "segment",
                "--method",
                "rfm",
                "--format",
                "csv")
            .out();
    assertTrue(rfmEarly.contains("\nbuyerA,7,1,200.00,"), rfmEarly);
    String rfm =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "customers",
                "segment",
                "--method",
                "rfm",
                "--format",
                "csv")
            .out();
    assertTrue(rfm.contains("\nbuyerA,23,1,0.00,"), rfm);

    // the older export imported again changes nothing: 101 stays closed, dated 11-05
    cli.expect(0, "--now", "2026-11-21 09:00", "import", "orders", oct.toString());
    assertEquals(after.out(), months(cli, "2026-11-20 10:00"));

    // the maintained figures equal the raw rows, and a rebuild changes no figure
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    cli.expect(0, "check", "--rebuild");
    assertEquals(now, customers(cli, "2026-11-20 10:00"));
    assertEquals(after.out(), months(cli, "2026-11-20 10:00"));
  }

  @Test
  void aLaterCancellationCountsOnTheDayTheImportFirstSawItNotInTheClosedMonth() throws Exception {
    CliRunner cli = new CliRunner(dir);
    check(cli, dir);
    assertEquals(
        "3022000000000000101|cancelled|2026-11-05 09:00\n"
            + "3022000000000000102|completed|null\n"
            + "3022000000000000103|cancelled|null\n"
            + "3022000000000000104|completed|null\n",
        cli.sql(
            "SELECT order_id, status, strftime('%Y-%m-%d %H:%M', closed_seen_at, 'unixepoch',"
                + " '+8 hours') FROM orders ORDER BY order_id"));
  }

  @Test
  void anExportsOwnCancellationTimeDatesTheRefund() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    // S1 paid 10-30, cancelled 11-02 (first seen already cancelled); S2 cancelled the day it was
    // paid; S3 with a cancellation time before its payment (taken as its payment day)
    Path f =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,paid_at,status,order_total,cancelled_at\n"
                + "S1,C1,2026-10-30 10:00:00,cancelled,60.00,2026-11-02 08:00:00\n"
                + "S2,C2,2026-11-03 10:00:00,cancelled,40.00,2026-11-03 12:00:00\n"
                + "S3,C3,2026-11-04 10:00:00,cancelled,10.00,2026-11-01 12:00:00\n");
    CliRunner.Result imported =
        cli.expect(0, "--now", "2026-11-10 09:00", "import", "orders", f.toString());
    assertFalse(imported.err().contains("close time"), imported.err());
    CliRunner.Result m =
        cli.run(
            "--now",
            "2026-11-20 10:00",
            "metrics",
            "--by",
            "day",
            "--from",
            "2026-10-30",
            "--to",
            "2026-11-04",
            "--format",
            "csv");
    assertTrue(m.out().contains("\n2026-10-30,,,1,1,60.00,60.00,"), m.out());
    assertTrue(m.out().contains("\n2026-11-02,,,0,0,0.00,-60.00,"), m.out());
    assertTrue(m.out().contains("\n2026-11-03,,,1,1,40.00,0.00,"), m.out());
    assertTrue(m.out().contains("\n2026-11-04,,,1,1,10.00,0.00,"), m.out());
    assertFalse(m.err().contains("close time"), m.err());
  }
}
