package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A later partial refund does not rewrite a closed month (task timeedge), as a later cancellation
 * does not ({@link LaterCancellationTest}). An order paid 10-28 for 300.00 and stored with no
 * refund, then stated refunded 100.00 (退款金额) by an export imported on 11-05 while still open
 * (交易成功), which gives no refund time, keeps October's net sales at 300.00; November's carry the
 * −100.00, on 11-05, the day the import first stored the refund (the import's clock, --now). An
 * order first imported with its refund keeps it on its payment day (nothing counted it before). An
 * as-of before 11-05 does not see it, in metrics nor in customer money. The maintained figures
 * equal check --rebuild throughout.
 */
class LaterPartialRefundTest {
  @TempDir Path dir;

  static final String HEAD = LaterCancellationTest.HEAD;

  /** The October export: 201 paid 300.00, done, nothing refunded. */
  static final String OCTOBER =
      HEAD + "3022000000000000201,buyerA,300.00,0.00,交易成功,2026-10-28 10:00:00\n";

  /**
   * The November export: 201 refunded 100.00 of its 300.00 and still 交易成功; 202 paid 11-02 for
   * 100.00, first seen with 20.00 refunded.
   */
  static final String NOVEMBER =
      HEAD
          + "3022000000000000201,buyerA,200.00,100.00,交易成功,2026-10-28 10:00:00\n"
          + "3022000000000000202,buyerB,80.00,20.00,交易成功,2026-11-02 11:00:00\n";

  static String months(CliRunner cli, String now) {
    return LaterCancellationTest.months(cli, now);
  }

  /** The whole story, on the store {@code cli} names (SQLite or PostgreSQL): the same figures. */
  static void check(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path oct = TestFiles.write(dir, "tm_oct.csv", OCTOBER);
    Path nov = TestFiles.write(dir, "tm_nov.csv", NOVEMBER);
    cli.expect(0, "--now", "2026-10-31 23:00", "import", "orders", oct.toString());

    // October as closed on 10-31: 1 order, 300.00 sold, 300.00 net
    String closed = "2026-10,,,1,1,300.00,300.00,";
    String before = months(cli, "2026-11-20 10:00");
    assertTrue(before.contains("\n" + closed), before);

    CliRunner.Result imported =
        cli.expect(0, "--now", "2026-11-05 09:00", "import", "orders", nov.toString());
    assertTrue(
        imported
            .err()
            .contains(
                "tm_nov.csv: 1 order paid before has a refund in this file (退款金额, Refunded"
                    + " Amount), which gives no refund time: it counts in net_sales on 2026-11-05,"
                    + " the day of this import\n"),
        imported.err());
    assertTrue(
        imported
            .err()
            .contains(
                "tm_nov.csv: 1 order has a refund in the file with no refund time and was not"
                    + " stored paid before: it counts in net_sales on its payment day\n"),
        imported.err());

    // October unchanged (was 200.00 net); November: 202 sold 100.00, its 20.00 back on its
    // payment day and 201's 100.00 on 11-05: net -20.00
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
    assertTrue(after.out().contains("\n2026-11,,,1,1,100.00,-20.00,"), after.out());
    assertTrue(
        after
            .err()
            .contains(
                "note: net_sales: 1 refund an order export states without a refund time is"
                    + " taken off on the day an import first stored it, not on its order's"
                    + " payment day\n"),
        after.err());
    assertTrue(
        after
            .err()
            .contains(
                "note: net_sales: 1 refund an order export states without a refund time is"
                    + " taken off on its order's payment day: it was there when the order was"
                    + " first imported\n"),
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
    assertTrue(days.contains("\n2026-10-28,,,1,1,300.00,300.00,"), days);
    assertTrue(days.contains("\n2026-11-02,,,1,1,100.00,80.00,"), days);
    assertTrue(days.contains("\n2026-11-05,,,0,0,0.00,-100.00,"), days);

    // as of 11-04 the refund is not known yet: November net 80.00
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
    assertTrue(early.out().contains("\n2026-11,,,1,1,100.00,80.00,"), early.out());
    assertFalse(early.err().contains("first stored it"), early.err());

    // customer money is net of the refund from 11-05 on
    String head = LaterCancellationTest.CUSTOMERS_HEAD;
    assertEquals(
        head
            + "buyerA,,,,,,,,,1,300.00,2026-10-28 10:00:00,\n"
            + "buyerB,,,,,,,,,1,80.00,2026-11-02 11:00:00,\n",
        LaterCancellationTest.customers(cli, "2026-11-04 10:00"));
    String now = LaterCancellationTest.customers(cli, "2026-11-20 10:00");
    assertEquals(
        head
            + "buyerA,,,,,,,,,1,200.00,2026-10-28 10:00:00,\n"
            + "buyerB,,,,,,,,,1,80.00,2026-11-02 11:00:00,\n",
        now);

    // the older export imported again changes nothing: the refund stays, dated 11-05
    cli.expect(0, "--now", "2026-11-21 09:00", "import", "orders", oct.toString());
    assertEquals(after.out(), months(cli, "2026-11-20 10:00"));

    // the maintained figures equal the raw rows, and a rebuild changes no figure
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    cli.expect(0, "check", "--rebuild");
    assertEquals(now, LaterCancellationTest.customers(cli, "2026-11-20 10:00"));
    assertEquals(after.out(), months(cli, "2026-11-20 10:00"));
  }

  @Test
  void aLaterPartialRefundCountsOnTheDayTheImportFirstSawItNotInTheClosedMonth() throws Exception {
    CliRunner cli = new CliRunner(dir);
    check(cli, dir);
    assertEquals(
        "3022000000000000201|10000|2026-11-05 09:00\n" + "3022000000000000202|2000|null\n",
        cli.sql(
            "SELECT order_id, refunded, strftime('%Y-%m-%d %H:%M', refund_seen_at, 'unixepoch',"
                + " '+8 hours') FROM orders ORDER BY order_id"));
  }
}
