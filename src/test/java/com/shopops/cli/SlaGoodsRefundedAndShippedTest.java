package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ship-by clock's "refunded in full" (tryout21): an unshipped order whose goods were all
 * refunded but not its 运费 has nothing left to ship (Z1: it stayed overdue and on the delay list);
 * an order the store holds as shipped by its status (JD 等待确认收货) refunded in full after 拒收 was
 * shipped and stays shipped_time_unknown (Z10: it moved to excluded, breach rate 0.5000).
 */
class SlaGoodsRefundedAndShippedTest {
  @TempDir Path dir;

  static final String ORDERS =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,"
          + "订单类型,下单帐号,客户姓名,联系电话,运费金额,付款确认时间,货号\n"
          // 50.00 of goods + 10.00 运费, the goods refunded in full before its deadline: off the
          // clock
          + "3100000012,100001,茶A,1,在线支付,2026-11-18 09:59:00,50.00,60.00,60.00,0.00,60.00,"
          + "等待出库,普通订单,jd_z,张三,138****0000,10.00,2026-11-18 10:00:00,SKU-A\n"
          // 1 of 2 units refunded (50.00 of 100.00): still owed, overdue
          + "3100000011,100001,茶A,2,在线支付,2026-11-18 09:59:00,50.00,100.00,100.00,0.00,100.00,"
          + "等待出库,普通订单,jd_y,张三,138****0000,0.00,2026-11-18 10:00:00,SKU-A\n"
          // shipped (等待确认收货) without a time, returned (拒收) and refunded in full
          + "3100000006,100001,茶A,1,在线支付,2026-11-11 09:59:00,80.00,80.00,80.00,0.00,80.00,"
          + "等待确认收货,普通订单,jd_f,张三,138****0000,0.00,2026-11-11 10:00:00,SKU-A\n";

  static final String REFUNDS =
      "服务单号,订单号,商品编号,申请数量,申请时间,审核时间,收货时间,退款时间,完成时间,申请原因,退款金额,服务单状态,服务类型\n"
          + "AS6004,3100000012,100001,1,2026-11-19 08:00:00,2026-11-19 08:10:00,,"
          + "2026-11-19 08:30:00,,不想要了,50.00,已退款,仅退款\n"
          + "AS6005,3100000011,100001,1,2026-11-19 08:00:00,2026-11-19 08:10:00,,"
          + "2026-11-19 08:30:00,,不想要了,50.00,已退款,仅退款\n"
          + "AS6601,3100000006,100001,1,2026-11-16 09:00:00,2026-11-16 10:00:00,2026-11-17 09:00:00,"
          + "2026-11-17 10:00:00,,拒收,80.00,已退款,退货\n";

  @Test
  void goodsRefundedIsOffTheClockAndAShippedOrderStaysShipped() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String now = "2026-11-20 10:00";
    cli.expect(
        0,
        "--now",
        now,
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", ORDERS).toString());
    cli.expect(
        0,
        "--now",
        now,
        "-q",
        "import",
        "returns",
        TestFiles.write(dir, "r.csv", REFUNDS).toString());
    assertEquals(
        "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n"
            + "3100000011,jd_y,2026-11-18 10:00:00,2026-11-19 10:00:00,,24.0,,,overdue\n",
        cli.expect(0, "--now", now, "sla", "overdue").out());
    CliRunner.Result report = cli.expect(0, "--now", now, "sla", "report");
    String[] lines = report.out().split("\n");
    // 3 orders: 1 shipped without a time, 1 overdue, 1 excluded (its goods refunded): 0 of 2
    // breached
    assertEquals("total,3,0,0,0,1,0,0,1,0,0,1,,0.0000,,,0,0,0,0,0,,,", lines[lines.length - 1]);
    assertTrue(
        report.err().contains("note: 1 cancelled or refunded before shipping"), report.err());
    assertFalse(report.err().contains("after the ship-by deadline"), report.err());
    assertTrue(report.err().contains("note: 1 shipped without a shipped time"), report.err());
    String delay =
        cli.expect(0, "--now", now, "export", "followup", "--kind", "delay", "--dry-run").out();
    assertFalse(delay.contains("3100000012"), delay);
    assertTrue(delay.contains("3100000011"), delay);
    // the money view keeps its rule: 50.00 of 60.00 is not refunded in full; 80.00 of 80.00 is
    assertEquals(
        "order_id\n3100000006\n",
        cli.expect(
                0,
                "--now",
                now,
                "orders",
                "list",
                "--status",
                "refunded",
                "--columns",
                "order_id",
                "-f",
                "csv")
            .out());
  }
}
