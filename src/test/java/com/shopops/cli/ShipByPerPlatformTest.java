package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall + JD shop promises different things on each storefront (review18 T11): Tmall 48 h after
 * payment, JD "16:00 前付款当天发货，之后次日发货". Before, one {@code sla.ship_within} served both, so the JD
 * order paid 12-05 22:30 was due 12-06 22:30 (24 h) and the Tmall one paid 12-05 10:01 was due
 * 12-06 10:01.
 */
class ShipByPerPlatformTest {
  @TempDir Path dir;

  private static final String TMALL =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
          + "3962574745609586001,tb52017719,59.00,0.00,59.00,59.00,买家已付款，等待卖家发货,"
          + "2026-12-05 10:00:00,2026-12-05 10:01:00\n";

  private static final String OWN =
      "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount\n"
          + "W1,C1,2026-12-05 15:59:00,2026-12-05 15:59:59,paid,CAM-M,1,45.00\n"
          + "W2,C2,2026-12-05 15:59:00,2026-12-05 16:00:00,paid,CAM-M,1,45.00\n";

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "tmall.csv", TMALL).toString());
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "own.csv", OWN).toString());
    return cli;
  }

  private static final String HEAD =
      "order_id,customer_id,paid_at,ship_by,shipped_at,hours_left,carrier,province,status\n";

  @Test
  void aTmallOrderIsDueByTmallsHours() throws Exception {
    CliRunner cli = store();
    cli.expect(0, "config", "set", "sla.ship_within.taobao", "48h");
    String out =
        cli.expect(0, "--now", "2026-12-06 12:00", "sla", "at-risk", "--within", "72h").out();
    assertEquals(
        HEAD
            + "W1,C1,2026-12-05 15:59:59,2026-12-06 15:59:59,,4.0,,,at_risk\n"
            + "W2,C2,2026-12-05 16:00:00,2026-12-06 16:00:00,,4.0,,,at_risk\n"
            + "3962574745609586001,tb52017719,2026-12-05 10:01:00,2026-12-07 10:01:00,,22.0,,,"
            + "at_risk\n",
        out);
  }

  @Test
  void theSameDayCutoffAt16() throws Exception {
    CliRunner cli = store();
    cli.expect(0, "config", "set", "sla.ship_cutoff", "16:00");
    cli.expect(0, "config", "set", "sla.ship_within.taobao", "48h");
    String out =
        cli.expect(0, "--now", "2026-12-05 20:00", "sla", "at-risk", "--within", "72h").out();
    // 15:59:59 ships by 24:00 that day, 16:00:00 by 24:00 the next; the Tmall order keeps its 48 h
    // (a marketplace's own hours win over the store's cut-off)
    assertEquals(
        HEAD
            + "W1,C1,2026-12-05 15:59:59,2026-12-05 23:59:59,,4.0,,,at_risk\n"
            + "W2,C2,2026-12-05 16:00:00,2026-12-06 23:59:59,,28.0,,,at_risk\n"
            + "3962574745609586001,tb52017719,2026-12-05 10:01:00,2026-12-07 10:01:00,,38.0,,,"
            + "at_risk\n",
        out);
    // one second after W1's deadline: overdue
    String overdue = cli.expect(0, "--now", "2026-12-06 00:00:00", "sla", "overdue").out();
    assertEquals(
        "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n"
            + "W1,C1,2026-12-05 15:59:59,2026-12-05 23:59:59,,0.0,,,overdue\n",
        overdue);
  }
}
