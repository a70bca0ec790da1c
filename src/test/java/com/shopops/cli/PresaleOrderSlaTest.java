package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JD 预售订单 (订单类型) was timed like an ordinary order (review19 V25): paid 11-10 09:30, "breached
 * 216.5 h" on 11-20 and an apology in the delay follow-ups. The export states no presale ship date,
 * so the order is not rated until a shipments file gives one (预售发货时间).
 */
class PresaleOrderSlaTest {
  @TempDir Path dir;

  private static final String ORDERS =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,"
          + "订单类型,下单帐号,客户姓名,联系电话,运费金额,付款确认时间,货号\n"
          + "400100000300,100041,磁吸充电宝 5000mAh,1,在线支付,2026/11/10 9:28,129.00,129.00,"
          + "129.00,0.00,129.00,等待出库,预售订单,jd_pre300,孙丽,1******1004,0.00,2026/11/10 9:30,"
          + "0SKU-PB5K\n"
          + "400100000301,100042,数据线,1,在线支付,2026/11/10 9:28,19.00,19.00,19.00,0.00,19.00,"
          + "等待出库,普通订单,jd_ord301,周杰,1******1005,0.00,2026/11/10 9:30,0SKU-CBL\n";

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    return cli;
  }

  @Test
  void thePresaleOrderIsNotRatedWithoutItsDate() throws Exception {
    CliRunner cli = store();
    assertEquals(
        "400100000300|presale\n400100000301|regular\n",
        cli.sql("SELECT order_id, order_type FROM orders ORDER BY order_id"));
    String overdue = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "overdue").out();
    assertEquals(
        "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n"
            + "400100000301,jd_ord301,2026-11-10 09:30:00,2026-11-11 09:30:00,,216.5,,,breached\n",
        overdue);
    CliRunner.Result report = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report");
    String[] lines = report.out().split("\n");
    // 2 orders: the ordinary one breached, the presale one excluded (not a breach, not cancelled)
    assertEquals("total,2,0,0,0,0,0,0,0,1,0,1,,1.0000,,,0,0,0,0,0,,,", lines[lines.length - 1]);
    assertTrue(
        report
            .err()
            .contains(
                "1 presale (预售) without a promised ship date: not rated against paid + the"
                    + " promise, left out of every rate (column excluded)"),
        report.err());
    assertEquals(false, report.err().contains("cancelled or refunded before shipping"));
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
    assertEquals(false, delay.contains("400100000300"), delay);
    assertTrue(delay.contains("400100000301"), delay);
  }

  @Test
  void aPromisedPresaleDateRatesIt() throws Exception {
    CliRunner cli = store();
    cli.expect(
        0,
        "-q",
        "import",
        "shipments",
        TestFiles.write(
                dir,
                "s.csv",
                "order_id,tracking_no,promised_ship_date\n400100000300,JDVA300,2026-11-25\n")
            .toString());
    // due by the end of the promised day: not overdue on 11-20, overdue on 11-26
    assertEquals(
        "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n"
            + "400100000301,jd_ord301,2026-11-10 09:30:00,2026-11-11 09:30:00,,216.5,,,breached\n",
        cli.expect(0, "--now", "2026-11-20 10:00", "sla", "overdue").out());
    String later = cli.expect(0, "--now", "2026-11-26 10:00", "sla", "overdue").out();
    assertTrue(
        later.contains("400100000300,jd_pre300,2026-11-10 09:30:00,2026-11-25 23:59:59"), later);
  }
}
