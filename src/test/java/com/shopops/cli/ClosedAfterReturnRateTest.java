package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tmall closes (交易关闭) an order refunded in full after delivery (review16 Q4): the order's returned
 * unit stays in the return rate's numerator, so its delivered unit stays in the denominator; the
 * rate does not rise when the re-export says 交易关闭. An order cancelled without a return is still not
 * delivered.
 */
class ClosedAfterReturnRateTest {
  @TempDir Path dir;

  private static final String HEAD = "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n";

  private static String order(String id, String status) {
    return id + ",zm,500.00,0.00,500.00," + status + ",2026-11-18 10:00:00,2026-11-18 10:01:00\n";
  }

  @Test
  void anOrderClosedAfterItsReturnStaysDelivered() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            HEAD + order("3011000000000000013", "交易成功") + order("3011000000000000014", "交易成功"));
    Path items =
        TestFiles.write(
            dir,
            "items.csv",
            "订单编号,标题,价格,购买数量,商家编码\n"
                + "3011000000000000013,皮靴,500.00,1,SKU-B\n"
                + "3011000000000000014,皮靴,500.00,1,SKU-B\n");
    cli.expect(0, "-q", "import", "orders", orders.toString(), items.toString());
    Path ship =
        TestFiles.write(
            dir,
            "ship.csv",
            "订单编号,物流公司,物流单号,发货时间,签收时间\n"
                + "3011000000000000013,顺丰速运,SF13,2026-11-19 10:00:00,2026-11-20 10:00:00\n"
                + "3011000000000000014,顺丰速运,SF14,2026-11-19 10:00:00,2026-11-20 10:00:00\n");
    cli.expect(0, "-q", "import", "shipments", ship.toString());
    Path refunds =
        TestFiles.write(
            dir,
            "refunds.csv",
            "订单编号,退款编号,商家编码,退款完结时间,买家退款金额,是否需要退货,退款的申请时间,退款状态,退款原因\n"
                + "3011000000000000013,TR13,SKU-B,2026-11-25 10:00:00,500.00,是,2026-11-23 10:00:00,"
                + "退款成功,七天无理由退换货\n");
    cli.expect(0, "-q", "--now", "2026-12-05 10:00", "import", "returns", refunds.toString());
    String before = report(cli);
    assertTrue(before.contains("SKU-B,1,0,1,2,0.5000,"), before);
    // the re-export: 13 closed after its full refund, 14 closed (cancelled) without a return
    Path v2 =
        TestFiles.write(
            dir,
            "orders_v2.csv",
            HEAD + order("3011000000000000013", "交易关闭") + order("3011000000000000014", "交易关闭"));
    cli.expect(0, "-q", "--now", "2026-12-05 12:00", "import", "orders", v2.toString());
    assertEquals(
        "3011000000000000013|cancelled\n3011000000000000014|cancelled\n",
        cli.sql("SELECT order_id, status FROM orders ORDER BY order_id"));
    String after = report(cli);
    // 13 still delivered (its returned unit counts), 14 not: 1 returned of 1 delivered
    assertTrue(after.contains("SKU-B,1,0,1,1,1.0000,"), after);
  }

  private static String report(CliRunner cli) {
    return cli.expect(
            0,
            "--now",
            "2026-12-05 13:00",
            "returns",
            "report",
            "--by",
            "sku",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv")
        .out();
  }
}
