package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout20 Y9: an order export stating a refund (退款金额, refunded) above the order's total is refused
 * on its row and column, by the rule that refuses the same excess in {@code import returns}
 * (ReturnValidator.refundAbovePaid); before, it was stored as is (total 30000, refunded 35000) and
 * net sales went below zero (−50.00). The other rows import with {@code --on-error skip}.
 */
class RefundAboveTotalTest {
  @TempDir Path dir;

  static final String TAOBAO =
      RefundedAsStatedTest.TMALL_HEAD
          + "4100000000000000007,tbuser7,300.00,300.00,0.00,交易成功,2026-11-10 12:00:00\n"
          + "4100000000000000008,tbuser8,300.00,300.00,350.00,交易关闭,2026-11-10 13:00:00\n";

  static final String EN =
      ":3: refunded (column \"退款金额\"): refunds of order 4100000000000000008 total 350.00,"
          + " more than the 300.00 paid for the order";

  @Test
  void aTaobaoRefundAboveTheOrderTotalIsRefusedNotStored() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path f = TestFiles.write(dir, "tb.csv", TAOBAO);
    CliRunner.Result r =
        cli.expect(1, "--now", "2026-11-20 10:00", "import", "orders", f.toString());
    assertTrue(r.err().contains(f + EN + "\n"), r.err());
    assertEquals("", cli.sql("SELECT order_id FROM orders"));
    CliRunner.Result zh =
        cli.expect(
            1, "--lang", "zh", "--now", "2026-11-20 10:00", "import", "orders", f.toString());
    assertTrue(
        zh.err()
            .contains(
                f + " 第 3 行，已退款（列“退款金额”）：订单 4100000000000000008 的退款共 350.00，超过实付金额" + " 300.00\n"),
        zh.err());
    r =
        cli.expect(
            0, "--now", "2026-11-20 10:00", "import", "orders", f.toString(), "--on-error", "skip");
    assertTrue(r.err().contains(f + EN + "\n"), r.err());
    assertEquals(
        "4100000000000000007|30000|0\n", cli.sql("SELECT order_id, total, refunded FROM orders"));
    String csv =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--format",
                "csv")
            .out();
    assertTrue(csv.contains("\n2026-11,,,1,1,300.00,300.00,"), csv);
  }

  /** The generic layout's (and Shopify's) refunded column is held to the same rule. */
  @Test
  void aGenericRefundAboveTheTotalIsRefusedAndTheWholeTotalIsNot() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path f =
        TestFiles.write(
            dir,
            "g.csv",
            "order_id,customer_id,created_at,paid_at,status,amount,shipping_fee,refunded\n"
                + "G1,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,completed,100.00,10.00,110.00\n"
                + "G2,C2,2026-11-01 11:00:00,2026-11-01 11:05:00,completed,100.00,10.00,110.01\n");
    CliRunner.Result r =
        cli.expect(
            0, "--now", "2026-11-20 10:00", "import", "orders", f.toString(), "--on-error", "skip");
    assertTrue(
        r.err()
            .contains(
                f
                    + ":3: refunded: refunds of order G2 total 110.01, more"
                    + " than the 110.00 paid for the order\n"),
        r.err());
    assertEquals(
        "G1|10000|1000|11000\n",
        cli.sql("SELECT order_id, amount, shipping_fee, refunded FROM orders"));
  }
}
