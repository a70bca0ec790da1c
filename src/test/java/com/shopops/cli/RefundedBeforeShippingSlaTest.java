package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unshipped JD order refunded in full through 售后 (仅退款) stayed "breached" on {@code sla overdue},
 * in the {@code sla report} rates and on the delay call list, while {@code orders list --status
 * refunded} listed it as refunded (tryout20 Y3): no shipment is owed any more, so it is excluded as
 * an order cancelled before shipping is, as of its refund; the report says how many were refunded
 * after their ship-by deadline had passed.
 */
class RefundedBeforeShippingSlaTest {
  @TempDir Path dir;

  static final String ORDERS =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,"
          + "订单类型,下单帐号,客户姓名,联系电话,运费金额,付款确认时间,货号\n"
          // refunded in full (100.00) on 11-19 10:00, after its deadline (11-19 09:00)
          + "3100000005,100001,茶A,2,在线支付,2026-11-18 08:59:00,50.00,100.00,100.00,0.00,100.00,"
          + "等待出库,普通订单,jd_e,张三,138****0000,0.00,2026-11-18 09:00:00,SKU-A\n"
          // not refunded: still breached
          + "3100000007,100001,茶A,1,在线支付,2026-11-18 08:59:00,50.00,50.00,50.00,0.00,50.00,"
          + "等待出库,普通订单,jd_g,张三,138****0000,0.00,2026-11-18 09:00:00,SKU-A\n"
          // refunded in part (50.00 of 100.00): still owed, still breached
          + "3100000008,100001,茶A,2,在线支付,2026-11-18 08:59:00,50.00,100.00,100.00,0.00,100.00,"
          + "等待出库,普通订单,jd_h,张三,138****0000,0.00,2026-11-18 09:00:00,SKU-A\n"
          // refunded in full an hour after payment, long before its deadline
          + "3100000009,100001,茶A,1,在线支付,2026-11-19 11:59:00,50.00,50.00,50.00,0.00,50.00,"
          + "等待出库,普通订单,jd_i,张三,138****0000,0.00,2026-11-19 12:00:00,SKU-A\n";

  static final String REFUNDS =
      "服务单号,订单号,商品编号,申请数量,申请时间,审核时间,收货时间,退款时间,完成时间,申请原因,退款金额,服务单状态,服务类型\n"
          + "AS5001,3100000005,100001,2,2026-11-19 09:00:00,2026-11-19 09:30:00,,"
          + "2026-11-19 10:00:00,,不想要了,100.00,已退款,仅退款\n"
          + "AS5002,3100000008,100001,1,2026-11-19 09:00:00,2026-11-19 09:30:00,,"
          + "2026-11-19 10:00:00,,不想要了,50.00,已退款,仅退款\n"
          + "AS5003,3100000009,100001,1,2026-11-19 12:30:00,2026-11-19 12:40:00,,"
          + "2026-11-19 13:00:00,,不想要了,50.00,已退款,仅退款\n";

  private static final String OVERDUE_HEAD =
      "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n";

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", ORDERS).toString());
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "returns",
        TestFiles.write(dir, "r.csv", REFUNDS).toString());
    return cli;
  }

  @Test
  void anOrderRefundedInFullBeforeShippingIsOffTheClock() throws Exception {
    CliRunner cli = store();
    assertEquals(
        "order_id,status\n3100000005,paid\n3100000009,paid\n",
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "orders",
                "list",
                "--status",
                "refunded",
                "--columns",
                "order_id,status",
                "-f",
                "csv")
            .out());
    assertEquals(
        OVERDUE_HEAD
            + "3100000007,jd_g,2026-11-18 09:00:00,2026-11-19 09:00:00,,25.0,,,breached\n"
            + "3100000008,jd_h,2026-11-18 09:00:00,2026-11-19 09:00:00,,25.0,,,breached\n",
        cli.expect(0, "--now", "2026-11-20 10:00", "sla", "overdue").out());
    CliRunner.Result report = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report");
    String[] lines = report.out().split("\n");
    // 4 orders: 2 breached, 2 refunded in full before shipping (excluded): breach rate 2/2
    assertEquals("total,4,0,0,0,0,0,0,0,2,0,2,,1.0000,,,0,0,0,0,0,,,", lines[lines.length - 1]);
    assertTrue(
        report
            .err()
            .contains(
                "note: 2 cancelled or refunded before shipping: out of scope, left out of every"
                    + " rate (column excluded)\n"
                    + "note: 1 of them refunded in full before shipping after the ship-by deadline"
                    + " had passed: no shipment owed any more, taken off the ship-by figures"
                    + " although late by then\n"),
        report.err());
    String delay =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "export",
                "followup",
                "--kind",
                "delay",
                "--dry-run")
            .out();
    assertFalse(delay.contains("3100000005"), delay);
    assertFalse(delay.contains("3100000009"), delay);
    assertTrue(delay.contains("3100000007") && delay.contains("3100000008"), delay);
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
  }

  /** As of before the refund, the order was still owed: overdue then, as the shop saw it. */
  @Test
  void beforeItsRefundTheOrderWasOverdue() throws Exception {
    CliRunner cli = store();
    assertEquals(
        OVERDUE_HEAD
            + "3100000005,jd_e,2026-11-18 09:00:00,2026-11-19 09:00:00,,0.8,,,overdue\n"
            + "3100000007,jd_g,2026-11-18 09:00:00,2026-11-19 09:00:00,,0.8,,,overdue\n"
            + "3100000008,jd_h,2026-11-18 09:00:00,2026-11-19 09:00:00,,0.8,,,overdue\n",
        cli.expect(0, "--now", "2026-11-19 09:45", "sla", "overdue").out());
  }

  /** The kept figures follow a refund written after them, and one taken back (V037's marks). */
  @Test
  void theKeptFiguresFollowTheRefund() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    String before = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report").out();
    assertTrue(before.endsWith("total,4,0,0,0,0,0,1,0,3,0,0,,0.7500,,,0,0,0,0,0,,,\n"), before);
    cli.expect(0, "-q", "import", "returns", TestFiles.write(dir, "r.csv", REFUNDS).toString());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM sla_figures_dirty"));
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    String after = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report").out();
    assertTrue(after.endsWith("total,4,0,0,0,0,0,0,0,2,0,2,,1.0000,,,0,0,0,0,0,,,\n"), after);
    // the refund of 3100000005 taken back in a writing transaction: its day classified again
    try (com.shopops.store.Store store =
        com.shopops.store.Store.open(cli.db(), java.time.Instant.parse("2026-11-20T02:00:00Z"))) {
      store.inTransaction(
          conn -> {
            try (var st = conn.createStatement()) {
              st.executeUpdate("UPDATE returns SET refunded_at = NULL WHERE return_id = 'AS5001'");
            }
            return null;
          });
    }
    assertEquals("0\n", cli.sql("SELECT count(*) FROM sla_figures_dirty"));
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    String undone = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report").out();
    assertTrue(undone.endsWith("total,4,0,0,0,0,0,0,0,3,0,1,,1.0000,,,0,0,0,0,0,,,\n"), undone);
  }
}
