package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stated refund that grows in a later export, or an order closed after a partial refund, does not
 * rewrite a month already ended (task refundsteps, tryout17 U2). P1 paid 10-28 for 300.00; exports
 * imported 11-05 and 12-05 state it refunded 100.00, then 150.00 (still open; no refund time), one
 * imported 12-20 cancelled. Each change counts on the day of the import that stored it
 * (order_refund_steps), the close takes off only the 150.00 left: November stays −100.00, December
 * −50.00, then −200.00. An import that puts money on an earlier day (an export's own cancellation
 * time) says which day and month change. A dry run leaves no step; store copy copies them; the
 * maintained figures equal check --rebuild.
 */
class RefundStepsTest {
  @TempDir Path dir;

  static final String HEAD =
      "order_id,customer_id,created_at,paid_at,cancelled_at,status,sku,title,quantity,amount,"
          + "shipping_fee,refunded\n";

  static String export(String p1Status, String p1Cancelled, String p1Refunded) {
    return HEAD
        + "P1,C1,2026-10-28 10:00:00,2026-10-28 10:05:00,"
        + p1Cancelled
        + ","
        + p1Status
        + ",SKU-A,A,3,300.00,0.00,"
        + p1Refunded
        + "\n"
        + "Q1,C2,2026-10-29 10:00:00,2026-10-29 10:05:00,,paid,SKU-A,A,1,100.00,0.00,\n";
  }

  /** Month, orders, buyers, sales, net_sales of October to December, as of 12-31. */
  static String months(CliRunner cli) {
    StringBuilder out = new StringBuilder();
    String csv =
        cli.expect(
                0,
                "--now",
                "2026-12-31 23:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-10-01",
                "--to",
                "2026-12-31",
                "--format",
                "csv")
            .out();
    for (String line : csv.split("\n")) {
      if (line.startsWith("2026-")) {
        String[] f = line.split(",", -1);
        out.append(f[0]).append(' ').append(f[5]).append(' ').append(f[6]).append('\n');
      }
    }
    return out.toString();
  }

  static String months(String oct, String nov, String dec) {
    return "2026-10 400.00 " + oct + "\n2026-11 0.00 " + nov + "\n2026-12 0.00 " + dec + "\n";
  }

  /** The whole story on the store {@code cli} names, {@code location} (SQLite or PostgreSQL). */
  static void check(CliRunner cli, String location, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path r1 = TestFiles.write(dir, "r1.csv", export("paid", "", "0.00"));
    Path r2 = TestFiles.write(dir, "r2.csv", export("paid", "", "100.00"));
    Path r3 = TestFiles.write(dir, "r3.csv", export("paid", "", "150.00"));
    Path r4 = TestFiles.write(dir, "r4.csv", export("cancelled", "", "150.00"));

    cli.expect(0, "--now", "2026-10-31 23:00", "import", "orders", r1.toString());
    assertEquals(months("400.00", "0.00", "0.00"), months(cli));

    CliRunner.Result second =
        cli.expect(0, "--now", "2026-11-05 09:00", "import", "orders", r2.toString());
    assertTrue(second.err().contains("it counts in net_sales on 2026-11-05"), second.err());
    assertEquals(months("400.00", "-100.00", "0.00"), months(cli));

    // a dry run of the grown refund writes no step: nothing moves
    cli.expect(0, "--now", "2026-12-05 09:00", "import", "orders", r3.toString(), "--dry-run");
    assertEquals(months("400.00", "-100.00", "0.00"), months(cli));

    // the refund grows to 150.00: the 50.00 more on 12-05, November stays (was -150.00)
    CliRunner.Result third =
        cli.expect(0, "--now", "2026-12-05 09:00", "import", "orders", r3.toString());
    assertTrue(
        third
            .err()
            .contains(
                "r3.csv: 1 order paid before has a refund in this file (退款金额, Refunded Amount),"
                    + " which gives no refund time: it counts in net_sales on 2026-12-05, the day"
                    + " of this import\n"),
        third.err());
    assertFalse(third.err().contains("already ended"), third.err());
    assertEquals(months("400.00", "-100.00", "-50.00"), months(cli));

    // closed on 12-20: the 150.00 not refunded before goes then (was: November 0.00, December
    // -300.00)
    CliRunner.Result fourth =
        cli.expect(0, "--now", "2026-12-20 09:00", "import", "orders", r4.toString());
    assertTrue(fourth.err().contains("on 2026-12-20, the day of this import"), fourth.err());
    assertFalse(fourth.err().contains("already ended"), fourth.err());
    String after = months("400.00", "-100.00", "-200.00");
    assertEquals(after, months(cli));

    // by day: each piece on its own day
    String days =
        cli.expect(
                0,
                "--now",
                "2026-12-31 23:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-11-05",
                "--to",
                "2026-12-20",
                "--format",
                "csv")
            .out();
    assertTrue(days.contains("\n2026-11-05,,,0,0,0.00,-100.00,"), days);
    assertTrue(days.contains("\n2026-12-05,,,0,0,0.00,-50.00,"), days);
    assertTrue(days.contains("\n2026-12-20,,,0,0,0.00,-150.00,"), days);

    // as of 12-10 the close is not known yet: C1 has spent 150.00; from 12-20, nothing
    assertTrue(
        LaterCancellationTest.customers(cli, "2026-12-10 10:00").contains(",1,150.00,"),
        LaterCancellationTest.customers(cli, "2026-12-10 10:00"));
    assertTrue(
        LaterCancellationTest.customers(cli, "2026-12-31 10:00").contains(",1,0.00,"),
        LaterCancellationTest.customers(cli, "2026-12-31 10:00"));

    // the same exports again change nothing
    cli.expect(0, "--now", "2026-12-21 09:00", "import", "orders", r3.toString());
    cli.expect(0, "--now", "2026-12-21 09:00", "import", "orders", r4.toString());
    assertEquals(after, months(cli));

    // the maintained figures equal the raw rows, and a rebuild changes no figure
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    cli.expect(0, "check", "--rebuild");
    assertEquals(after, months(cli));

    // store copy takes the steps along: the copy has the same months
    Path copied = dir.resolve("copied.db");
    cli.expect(0, "store", "copy", location, copied.toString());
    assertEquals(after, months(new CliRunner(dir).store(copied.toString())));
  }

  @Test
  void aGrowingRefundAndALaterCloseLeaveAnEndedMonthAsItWas() throws Exception {
    CliRunner cli = new CliRunner(dir);
    check(cli, cli.db().toString(), dir);
    assertEquals(
        "P1|0|10000|0|2026-11-05 09:00\nP1|10000|15000|0|2026-12-05 09:00\n",
        cli.sql(
            "SELECT order_id, refunded_before, refunded_after, closes, strftime('%Y-%m-%d %H:%M',"
                + " seen_at, 'unixepoch', '+8 hours') FROM order_refund_steps ORDER BY step_id"));
  }

  /** The same with the mapping file of tryout17 U2. */
  @Test
  void aMappingFilesRefundedColumnStepsTheSameWay() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path map =
        TestFiles.write(
            dir,
            "map.yaml",
            "kind: orders\nfields:\n  order_id: [order_id]\n  customer_id: [customer_id]\n"
                + "  created_at: [created_at]\n  paid_at: [paid_at]\n  status: [status]\n"
                + "  sku: [sku]\n  title: [title]\n  quantity: [quantity]\n  amount: [amount]\n"
                + "  shipping_fee: [shipping_fee]\n  refunded: [refunded]\n");
    String[][] imports = {
      {"2026-10-31 23:00", "paid", "0.00", "0.00", "0.00"},
      {"2026-11-05 09:00", "paid", "100.00", "-100.00", "0.00"},
      {"2026-12-05 09:00", "paid", "150.00", "-100.00", "-50.00"},
      {"2026-12-20 09:00", "cancelled", "150.00", "-100.00", "-200.00"}
    };
    int n = 0;
    for (String[] i : imports) {
      Path f = TestFiles.write(dir, "m" + (++n) + ".csv", export(i[1], "", i[2]));
      cli.expect(0, "--now", i[0], "import", "orders", f.toString(), "--map", map.toString());
      assertEquals(months("400.00", i[3], i[4]), months(cli), i[0]);
    }
  }

  /**
   * An export's own close time of an earlier day puts the rest on that day: the import says which
   * day and month change, and by how much.
   */
  @Test
  void aCloseDatedOnAnEndedDayIsSaid() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path r1 = TestFiles.write(dir, "r1.csv", export("paid", "", "0.00"));
    Path r2 = TestFiles.write(dir, "r2.csv", export("paid", "", "100.00"));
    Path c1 = TestFiles.write(dir, "c1.csv", export("cancelled", "2026-11-20 10:00:00", "300.00"));
    cli.expect(0, "--now", "2026-10-31 23:00", "import", "orders", r1.toString());
    cli.expect(0, "--now", "2026-11-05 09:00", "import", "orders", r2.toString());
    CliRunner.Result closed =
        cli.expect(0, "--now", "2026-12-05 09:00", "import", "orders", c1.toString());
    assertTrue(
        closed
            .err()
            .contains(
                "c1.csv: 1 order paid before is closed in this file at a close time of an earlier"
                    + " day (its cancelled_at): 200.00 CNY of refunds is taken off net_sales on"
                    + " 2026-11-20, a day that had already ended before this import: net_sales of"
                    + " 2026-11-20 and of 2026-11 change\n"),
        closed.err());
    assertEquals(months("400.00", "-300.00", "0.00"), months(cli));
  }

  /** The real Tmall 订单报表 with 退款金额 (tryout17 U2's tm1/tm2/tm3), then closed (交易关闭). */
  @Test
  void aTmallRefundThatGrowsThenClosesStepsByImportDay() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String head = LaterCancellationTest.HEAD;
    String[][] imports = {
      {"2026-10-31 23:00", "854.00", "0.00", "交易成功", "0.00", "0.00"},
      {"2026-11-05 09:00", "754.00", "100.00", "交易成功", "-100.00", "0.00"},
      {"2026-12-05 09:00", "704.00", "150.00", "交易成功", "-100.00", "-50.00"},
      {"2026-12-20 09:00", "0.00", "854.00", "交易关闭", "-100.00", "-754.00"}
    };
    int n = 0;
    for (String[] i : imports) {
      Path f =
          TestFiles.write(
              dir,
              "tm" + (++n) + ".csv",
              head
                  + "3527680150090317520,tb46299630,"
                  + i[1]
                  + ","
                  + i[2]
                  + ","
                  + i[3]
                  + ",2026-10-24 19:42:48\n");
      CliRunner.Result r = cli.expect(0, "--now", i[0], "import", "orders", f.toString());
      if (n == 3) { // the grown refund is said, as the first one was
        assertTrue(r.err().contains("it counts in net_sales on 2026-12-05"), r.err());
      }
      String m = months(cli);
      assertEquals(
          "2026-10 854.00 854.00\n2026-11 0.00 " + i[4] + "\n2026-12 0.00 " + i[5] + "\n", m, i[0]);
    }
  }
}
