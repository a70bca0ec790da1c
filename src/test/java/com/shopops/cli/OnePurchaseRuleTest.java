package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for which order is a purchase (review13 M9, store.Purchases): paid, whatever came after.
 * A Tmall order closed after payment (交易关闭, refunded in full) is a buyer in metrics and a purchase
 * of the same buyer in customers list, show and RFM, its money netting to 0.00; an order closed
 * before payment is none anywhere. The maintained figures agree with the raw rows (check).
 */
class OnePurchaseRuleTest {
  @TempDir Path dir;
  CliRunner cli;

  static final String NOW = "2026-11-20 10:00";

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path tm =
        TestFiles.write(
            dir,
            "tm.csv",
            "订单编号,买家会员名,买家实际支付金额,退款金额,订单状态,订单付款时间\n"
                + "3022000000000000001,buyerA,100.00,0.00,交易成功,2026-11-02 10:00:00\n"
                // paid 258.00, closed after payment and refunded in full: a purchase of 0.00
                + "3022000000000000002,小强tm,0.00,258.00,交易关闭,2026-11-03 14:02:00\n"
                + "3022000000000000003,buyerY,50.00,0.00,交易成功,2026-11-05 09:00:00\n"
                // closed before payment: no purchase
                + "3022000000000000004,buyerY,0.00,0.00,交易关闭,\n"
                + "3022000000000000005,buyerU,9.00,0.00,等待买家付款,\n");
    cli.expect(0, "-q", "import", "orders", tm.toString());
  }

  @Test
  void aClosedAfterPaymentOrderIsAPurchaseInMetricsAndInEveryCustomerView() throws Exception {
    // metrics: 3 orders, 3 buyers, sales 408.00, net 150.00 (the closed order's 258.00 went back)
    String m = cli.novemberMetrics(NOW);
    assertTrue(m.contains("\n2026-11,,,3,3,408.00,150.00,"), m);

    // customers list: the same three buyers, 小强tm with 1 order and 0.00 net
    assertEquals(
        "customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,"
            + "orders,spent,last_order_at,other_currencies\n"
            + "buyerA,,,,,,,,,1,100.00,2026-11-02 10:00:00,\n"
            + "buyerY,,,,,,,,,1,50.00,2026-11-05 09:00:00,\n"
            + "小强tm,,,,,,,,,1,0.00,2026-11-03 14:02:00,\n",
        cli.expect(0, "--now", NOW, "customers", "list", "--format", "csv").out());

    String show =
        cli.expect(0, "--now", NOW, "customers", "show", "小强tm", "--format", "json").out();
    assertTrue(show.contains("\"orders\": 1,"), show);
    assertTrue(show.contains("\"lifetime_value\": 0.00,"), show);

    // RFM: three customers, 小强tm among them (F 1, M 0.00)
    String rfm =
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out();
    assertEquals(4, rfm.lines().count(), rfm);
    assertTrue(rfm.lines().anyMatch(l -> l.startsWith("小强tm,")), rfm);

    // the maintained figures hold the purchase, as the raw rows added up anew do
    assertEquals(
        "1|25800\n",
        cli.sql("SELECT orders, gross FROM customer_figures" + " WHERE customer_id = '小强tm'"));
    assertEquals("", cli.sql("SELECT orders FROM customer_figures WHERE customer_id = 'buyerU'"));
    cli.expect(0, "check");
  }

  @Test
  void aRefundOfAClosedOrderReachesTheMaintainedFiguresAsTheRebuildCountsIt() throws Exception {
    Path returns =
        TestFiles.write(
            dir,
            "r.csv",
            "return_id,order_id,requested_at,approved_at,refunded_at,reason,refund_amount\n"
                + "R1,3022000000000000002,2026-11-03 15:00:00,2026-11-03 16:00:00,"
                + "2026-11-04 10:00:00,不想要了,100.00\n");
    cli.expect(0, "-q", "import", "returns", returns.toString());
    // the refund trigger (V024) added it to the buyer's row; check compares with the raw rows
    assertEquals(
        "10000\n", cli.sql("SELECT refunded FROM customer_figures WHERE customer_id = '小强tm'"));
    cli.expect(0, "check");
    cli.expect(0, "-q", "check", "--rebuild");
    assertEquals(
        "10000\n", cli.sql("SELECT refunded FROM customer_figures WHERE customer_id = '小强tm'"));
    String show =
        cli.expect(0, "--now", NOW, "customers", "show", "小强tm", "--format", "json").out();
    assertTrue(show.contains("\"lifetime_value\": 0.00,"), show); // 258 − 100 − the rest stated
  }

  /**
   * review19 V8, the lead's decision: the order paid then closed with all money back stays a
   * purchase (M9), but no satisfied one: its lifecycle reads "first purchase (refunded)" (zh
   * 首购（已退款）), still matched as a first purchase; a paid one is a plain first purchase. Before:
   * "first purchase" for both.
   */
  @Test
  void aFirstPurchaseRefundedInFullIsMarkedRefunded() {
    String csv =
        cli.expect(
                0,
                "--now",
                NOW,
                "--lang",
                "en",
                "customers",
                "segment",
                "--method",
                "lifecycle",
                "--format",
                "csv")
            .out();
    assertTrue(csv.contains("\nbuyerA,first purchase,1,2026-11-02,"), csv);
    assertTrue(csv.contains("\n小强tm,first purchase (refunded),1,2026-11-03,"), csv);
    String zh =
        cli.expect(
                0,
                "--now",
                NOW,
                "--lang",
                "zh",
                "customers",
                "segment",
                "--method",
                "lifecycle",
                "--format",
                "table")
            .out();
    assertTrue(zh.contains("首购（已退款）"), zh);
    String first =
        cli.expect(
                0,
                "--now",
                NOW,
                "--lang",
                "en",
                "customers",
                "segment",
                "--method",
                "lifecycle",
                "--segment",
                "first purchase",
                "--format",
                "csv")
            .out();
    assertTrue(first.contains("\n小强tm,first purchase (refunded),"), first);
    String show =
        cli.expect(0, "--now", NOW, "--lang", "en", "customers", "show", "小强tm", "--format", "json")
            .out();
    assertTrue(show.contains("\"lifecycle\": \"first purchase (refunded)\""), show);
  }
}
