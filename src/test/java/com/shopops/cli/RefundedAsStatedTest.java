package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refunds and closed orders counted once and right (task money20).
 *
 * <ul>
 *   <li>tryout18 W4: a Tmall order paid 300.00 on 10-28, stated refunded 100.00 (imported 11-05),
 *       150.00 (12-05), then closed (交易关闭, imported 12-20) still stating 退款金额 150.00: net sales
 *       take off 150.00 in all (November −100.00, December −50.00), as the store's refunded and the
 *       Shopify twin say; before, the close made it a whole refund (December −200.00).
 *   <li>review19 V20: {@code orders list --status refunded} lists the orders refunded in full
 *       whatever their status (a return refunded 139.00 of a completed 139.00 order, a stated
 *       refund of the whole, a paid order closed), {@code partially_refunded} those refunded in
 *       part — a closed order stating 150.00 of 300.00 among them.
 *   <li>tryout17 U10: an older 交易成功 export of an order the store holds closed with 退款金额 854.00 is
 *       "1 unchanged" with an older-refund anomaly, not silently.
 *   <li>A Tmall order paid 99.00 and refunded in full before shipping (交易关闭, 买家实际支付金额 0.00, 退款金额
 *       99.00, 总金额 99.00) is a sale of 99.00 and nets to 0.00 (DOMAIN.md §1.4 生意参谋 支付金额 "支付后退款不剔除";
 *       docs/metrics.md net_sales).
 * </ul>
 */
class RefundedAsStatedTest {
  @TempDir Path dir;

  static final String TMALL_HEAD = "订单编号,买家会员名,总金额,买家实际支付金额,退款金额,订单状态,订单付款时间\n";

  static String tmall(String paid, String refunded, String status) {
    return TMALL_HEAD
        + "3900000000000000009,tbuser1,300.00,"
        + paid
        + ","
        + refunded
        + ","
        + status
        + ",2026-10-28 12:00:00\n";
  }

  /** Month, sales, net_sales of October to December, as of 12-31. */
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

  static List<String> ids(CliRunner cli, String status) {
    return cli.expect(0, "orders", "list", "--status", status, "--format", "csv")
        .out()
        .lines()
        .skip(1)
        .map(l -> l.split(",")[0])
        .toList();
  }

  /** tryout18 W4 on the store {@code cli} names (SQLite or PostgreSQL). */
  static void closedAfterAPartialRefund(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String[][] imports = {
      {"2026-10-29 10:00", "300.00", "0.00", "卖家已发货，等待买家确认", "-", "0.00", "0.00"},
      {"2026-11-05 09:00", "200.00", "100.00", "卖家已发货，等待买家确认", "-", "-100.00", "0.00"},
      {"2026-12-05 09:00", "150.00", "150.00", "交易成功", "-", "-100.00", "-50.00"},
      {"2026-12-20 18:00", "150.00", "150.00", "交易关闭", "-", "-100.00", "-50.00"}
    };
    int n = 0;
    for (String[] i : imports) {
      Path f = TestFiles.write(dir, "tm" + (++n) + ".csv", tmall(i[1], i[2], i[3]));
      CliRunner.Result r = cli.expect(0, "--now", i[0], "import", "orders", f.toString());
      if (n == 4) { // nothing of it counts on the close day: the import does not say it does
        assertFalse(r.err().contains("its refund counts in net_sales on 2026-12-20"), r.err());
      }
      assertEquals(
          "2026-10 300.00 300.00\n2026-11 0.00 " + i[5] + "\n2026-12 0.00 " + i[6] + "\n",
          months(cli),
          i[0]);
    }
    // by day: nothing on the close day (was -150.00)
    String days =
        cli.expect(
                0,
                "--now",
                "2026-12-31 23:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-12-01",
                "--to",
                "2026-12-31",
                "--format",
                "csv")
            .out();
    assertTrue(days.contains("\n2026-12-05,,,0,0,0.00,-50.00,"), days);
    assertTrue(days.contains("\n2026-12-20,,,0,0,0.00,0.00,"), days);
    // the buyer has spent what was not refunded
    assertTrue(
        LaterCancellationTest.customers(cli, "2026-12-31 10:00").contains(",1,150.00,"),
        LaterCancellationTest.customers(cli, "2026-12-31 10:00"));
    // refunded in part, whatever its status: listed so, not as refunded
    assertEquals(List.of("3900000000000000009"), ids(cli, "partially_refunded"));
    assertEquals(List.of(), ids(cli, "refunded"));
  }

  @Test
  void aTmallOrderClosedAfterAPartialRefundTakesOffWhatWasRefunded() throws Exception {
    CliRunner cli = new CliRunner(dir);
    closedAfterAPartialRefund(cli, dir);
    assertEquals("cancelled|15000|30000\n", cli.sql("SELECT status, refunded, total FROM orders"));
  }

  /** The same order first imported already closed: its 150.00 on its payment day, no more. */
  @Test
  void anOrderFirstImportedClosedWithAPartialRefundNetsWhatWasKept() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path f = TestFiles.write(dir, "closed.csv", tmall("150.00", "150.00", "交易关闭"));
    cli.expect(0, "--now", "2026-12-20 18:00", "import", "orders", f.toString());
    assertEquals("2026-10 300.00 150.00\n2026-11 0.00 0.00\n2026-12 0.00 0.00\n", months(cli));
  }

  /** A closed order stating its whole total refunded is still taken off in full. */
  @Test
  void aTmallOrderClosedAndRefundedInFullBeforeShippingIsASaleThatNetsToNothing() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path f =
        TestFiles.write(
            dir,
            "tm99.csv",
            TMALL_HEAD + "3900000000000000099,tbuser9,99.00,0.00,99.00,交易关闭,2026-10-28 12:00:00\n");
    cli.expect(0, "--now", "2026-11-01 10:00", "import", "orders", f.toString());
    String csv =
        cli.expect(
                0,
                "--now",
                "2026-11-01 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--format",
                "csv")
            .out();
    assertTrue(csv.contains("\n2026-10,,,1,1,99.00,0.00,"), csv);
    assertEquals(List.of("3900000000000000099"), ids(cli, "refunded"));
  }

  static final String GENERIC =
      "order_id,customer_id,created_at,paid_at,delivered_at,status,amount,shipping_fee,refunded\n"
          + "F1,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,2026-11-03 10:00:00,completed,139.00,"
          + "0.00,\n"
          + "F2,C2,2026-11-01 11:00:00,2026-11-01 11:05:00,2026-11-03 10:00:00,completed,100.00,"
          + "0.00,100.00\n"
          + "F3,C3,2026-11-01 12:00:00,2026-11-01 12:05:00,2026-11-03 10:00:00,completed,100.00,"
          + "0.00,25.00\n"
          + "F4,C4,2026-11-01 13:00:00,2026-11-01 13:05:00,,cancelled,59.00,0.00,\n"
          + "F5,C5,2026-11-01 14:00:00,2026-11-01 14:05:00,2026-11-03 10:00:00,completed,80.00,"
          + "0.00,\n"
          + "F6,C6,2026-11-01 15:00:00,,,cancelled,40.00,0.00,\n";

  static final String RETURNS =
      "return_id,order_id,quantity,requested_at,approved_at,received_at,refunded_at,"
          + "refund_amount\n"
          + "R1,F1,1,2026-11-05 10:00:00,2026-11-05 11:00:00,2026-11-07 10:00:00,"
          + "2026-11-08 10:00:00,139.00\n";

  /** review19 V20 on the store {@code cli} names (SQLite or PostgreSQL). */
  static void refundedInFullWhateverTheStatus(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders = TestFiles.write(dir, "orders.csv", GENERIC);
    Path returns = TestFiles.write(dir, "returns.csv", RETURNS);
    cli.expect(0, "--now", "2026-11-10 10:00", "import", "orders", orders.toString(), "-q");
    cli.expect(0, "--now", "2026-11-10 10:00", "import", "returns", returns.toString(), "-q");
    // F1 returned and refunded 139.00 through 售后, F2 stated refunded in full, F4 paid and closed
    // (its money went back); not F6, closed before payment
    assertEquals(List.of("F1", "F2", "F4"), ids(cli, "refunded"));
    assertEquals(List.of("F1", "F2", "F4"), ids(cli, "已退款"));
    assertEquals(List.of("F3"), ids(cli, "partially_refunded"));
    assertEquals(List.of("F4", "F6"), ids(cli, "cancelled"));
    assertEquals(List.of("F1", "F2", "F3", "F5"), ids(cli, "completed"));
    // net sales take the same refunds off: 478.00 paid, 139 + 100 + 25 + 59 back
    String csv =
        cli.expect(
                0,
                "--now",
                "2026-11-10 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv")
            .out();
    assertTrue(csv.contains("\n2026-11,,,5,5,478.00,155.00,"), csv);
  }

  @Test
  void anOrderRefundedInFullIsListedAsRefundedWhateverItsStatus() {
    refundedInFullWhateverTheStatus(new CliRunner(dir), dir);
  }

  /** tryout17 U10 on the store {@code cli} names. */
  static CliRunner.Result olderExportWithoutTheRefund(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String head = "订单编号,买家会员名,买家应付货款,总金额,买家实际支付金额,订单状态,订单付款时间,退款金额\n";
    Path closed =
        TestFiles.write(
            dir,
            "tmC.csv",
            head
                + "3527680150090317520,tb46299630,854.00,854.00,0.00,交易关闭,2026-10-24 19:42:48,854.00\n");
    Path success =
        TestFiles.write(
            dir,
            "tmS.csv",
            head
                + "3527680150090317520,tb46299630,854.00,854.00,854.00,交易成功,2026-10-24 19:42:48,0.00\n");
    cli.expect(0, "--now", "2026-11-01 10:00", "import", "orders", closed.toString());
    CliRunner.Result r =
        cli.expect(0, "--now", "2026-11-02 10:00", "import", "orders", success.toString());
    assertTrue(
        r.err().contains("1 order (0 new, 0 updated, 1 unchanged)")
            && r.err().contains("1 anomaly"),
        r.err());
    String csv =
        cli.expect(
                0,
                "--now",
                "2026-11-02 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--format",
                "csv")
            .out();
    assertTrue(csv.contains("\n2026-10,,,1,1,854.00,0.00,"), csv);
    return r;
  }

  @Test
  void anOlderExportWithoutTheStoredRefundIsSaid() throws Exception {
    CliRunner cli = new CliRunner(dir);
    olderExportWithoutTheRefund(cli, dir);
    assertEquals(
        "anomaly:older-refund|3527680150090317520|the store has a newer snapshot of this order (a"
            + " later status or time) with a larger refund (854.00 stored, 0.00 here): this file"
            + " is taken as the older export and changes nothing of it\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    assertEquals("cancelled|85400\n", cli.sql("SELECT status, refunded FROM orders"));
  }
}
