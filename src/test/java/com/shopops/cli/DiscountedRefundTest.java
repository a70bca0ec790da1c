package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund is capped at what the buyer paid for the order, not at the line's list price (review11
 * K31): a 129.00 scarf bought for 100.00 with a 29.00 shop coupon cannot be refunded 129.00, by
 * {@code returns update} or by {@code import returns}; net sales never go below zero.
 */
class DiscountedRefundTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "dorder.csv",
            "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
                + "3011000000000000001,disc,129.00,0.00,100.00,交易成功,2026-11-10 10:00:00,"
                + "2026-11-10 10:01:00\n");
    Path items =
        TestFiles.write(
            dir, "ditems.csv", "订单编号,标题,价格,购买数量,商家编码\n3011000000000000001,围巾,129.00,1,SKU-W\n");
    cli.expect(0, "-q", "import", "orders", orders.toString(), items.toString());
  }

  private String metrics() {
    return cli.novemberMetrics("2026-11-20 10:00");
  }

  @Test
  void returnsUpdateRefusesARefundAboveTheOrdersPaidTotal() throws Exception {
    assertEquals(
        "3011000000000000001|12900|10000\n", cli.sql("SELECT order_id, amount, total FROM orders"));
    cli.expect(
        0,
        "--now",
        "2026-11-12 10:00",
        "returns",
        "add",
        "3011000000000000001",
        "--sku",
        "SKU-W",
        "--quantity",
        "1",
        "--reason",
        "no-reason");
    cli.expect(
        0,
        "--now",
        "2026-11-12 11:00",
        "returns",
        "update",
        "RT20261112001",
        "--status",
        "approved");
    CliRunner.Result r =
        cli.expect(
            1,
            "--now",
            "2026-11-12 12:00",
            "returns",
            "update",
            "RT20261112001",
            "--status",
            "refunded",
            "--refund",
            "129.00");
    assertTrue(
        r.err()
            .contains(
                "refunds of order 3011000000000000001 total 129.00, more than the 100.00 paid for"
                    + " the order"),
        r.err());
    assertEquals(
        "1|0|0\n",
        cli.sql(
            "SELECT approved_at IS NOT NULL, refunded_at IS NOT NULL, refund_amount FROM returns"));
    // without an amount, the refund is what was paid for the order
    cli.expect(
        0,
        "--now",
        "2026-11-12 12:00",
        "returns",
        "update",
        "RT20261112001",
        "--status",
        "refunded");
    assertEquals(
        "1|1|10000\n",
        cli.sql(
            "SELECT approved_at IS NOT NULL, refunded_at IS NOT NULL, refund_amount FROM returns"));
    assertTrue(metrics().contains("2026-11,,,1,1,100.00,0.00,"), metrics());
  }

  @Test
  void importReturnsRefusesTheSameRowAndStoresNothing() throws Exception {
    Path refunds =
        TestFiles.write(
            dir,
            "drefund.csv",
            "退款编号,订单编号,商家编码,退货数量,退款的申请时间,退款成功时间,买家退款原因,买家退款金额,退款状态\n"
                + "TKD1,3011000000000000001,SKU-W,1,2026-11-12 10:00:00,2026-11-12 12:00:00,"
                + "七天无理由退换货,129.00,退款成功\n");
    CliRunner.Result r = cli.run("import", "returns", refunds.toString());
    assertTrue(r.exit() != 0, r.toString());
    assertTrue(r.err().contains("more than the 100.00 paid for the order"), r.err());
    assertEquals("", cli.sql("SELECT return_id FROM returns"));
    assertTrue(metrics().contains("2026-11,,,1,1,100.00,100.00,"), metrics());
  }
}
