package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return the 客服 already marked refunded by hand, then JD's 售后 row of the same request (tryout21
 * Z6): on JD a refund is paid only through the platform, so the row is that refund. Before, the
 * whole file was refused ("refunds … total 200.00, more than the 100.00 paid" / "2 units, but 1 was
 * bought"); now the hand return is absorbed, the platform's amount and times win, and the anomaly
 * names the hand return and both amounts when they differ.
 */
class ReturnRefundedByHandAbsorbedTest {
  @TempDir Path dir;

  static final String ORDERS =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,"
          + "订单类型,下单帐号,客户姓名,联系电话,运费金额,付款确认时间,货号\n"
          + "3100000005,100001,茶A,2,在线支付,2026-11-18 08:59:00,50.00,100.00,100.00,0.00,100.00,"
          + "等待出库,普通订单,jd_e,张三,138****0000,0.00,2026-11-18 09:00:00,SKU-A\n"
          + "3100000009,100001,茶A,1,在线支付,2026-11-05 08:59:00,50.00,50.00,50.00,0.00,50.00,"
          + "完成,普通订单,jd_i,张三,138****0000,0.00,2026-11-05 09:00:00,SKU-A\n";

  static final String HEAD = "服务单号,订单号,商品编号,申请数量,申请时间,审核时间,收货时间,退款时间,完成时间,申请原因,退款金额,服务单状态,服务类型\n";

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
    return cli;
  }

  private void hand(CliRunner cli, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--now";
    all[1] = "2026-11-20 10:00";
    all[2] = "-q";
    System.arraycopy(args, 0, all, 3, args.length);
    cli.expect(0, all);
  }

  private CliRunner.Result importReturns(CliRunner cli, int exit, String rows) throws Exception {
    return cli.expect(
        exit,
        "--now",
        "2026-11-20 10:00",
        "import",
        "returns",
        TestFiles.write(dir, "r.csv", HEAD + rows).toString());
  }

  private static final String RETURNS =
      "SELECT return_id, quantity, refund_amount, datetime(refunded_at, 'unixepoch') FROM returns"
          + " ORDER BY return_id";

  /** Case B of Z6: a 仅退款 entered by hand and refunded, then JD's 仅退款 row of it. */
  @Test
  void aRefundOnlyRefundedByHandIsAbsorbedByJdsRow() throws Exception {
    CliRunner cli = store();
    hand(
        cli,
        "returns",
        "add",
        "3100000005",
        "--refund-only",
        "--refund",
        "100",
        "--reason",
        "other",
        "--id",
        "RT1",
        "--at",
        "2026-11-19 08:00");
    hand(cli, "returns", "update", "RT1", "--status", "approved", "--at", "2026-11-19 08:10");
    hand(cli, "returns", "update", "RT1", "--status", "refunded", "--at", "2026-11-19 09:50");
    CliRunner.Result r =
        importReturns(
            cli,
            0,
            "AS5001,3100000005,100001,2,2026-11-19 09:00:00,2026-11-19 09:30:00,,"
                + "2026-11-19 10:00:00,,不想要了,100.00,已退款,仅退款\n");
    assertTrue(r.err().contains("1 new"), r.err());
    // refunded once, 100.00, at JD's time (10:00 +08:00)
    assertEquals("AS5001|0|10000|2026-11-19 02:00:00\n", cli.sql(RETURNS));
    String show = cli.expect(0, "imports", "show", "2").out();
    assertTrue(
        show.contains(
            "return RT1, recorded by hand, is the platform's AS5001 (same order, line and units)"),
        show);
  }

  /** Case A of Z6: a return of goods refunded by hand at another amount than JD's. */
  @Test
  void aReturnRefundedByHandTakesJdsAmountAndSaysBoth() throws Exception {
    CliRunner cli = store();
    hand(
        cli,
        "returns",
        "add",
        "3100000009",
        "--reason",
        "no-reason",
        "--id",
        "RT2",
        "--at",
        "2026-11-08 09:00");
    hand(cli, "returns", "update", "RT2", "--status", "approved", "--at", "2026-11-08 12:00");
    hand(cli, "returns", "update", "RT2", "--status", "received", "--at", "2026-11-12 12:00");
    hand(
        cli,
        "returns",
        "update",
        "RT2",
        "--status",
        "refunded",
        "--refund",
        "45",
        "--at",
        "2026-11-12 13:00");
    importReturns(
        cli,
        0,
        "AS9001,3100000009,100001,1,2026-11-10 09:05:00,2026-11-10 10:00:00,2026-11-14 10:00:00,"
            + "2026-11-15 10:00:00,2026-11-15 10:00:00,7天无理由退货,50.00,完成,退货\n");
    assertEquals("AS9001|1|5000|2026-11-15 02:00:00\n", cli.sql(RETURNS));
    String show = cli.expect(0, "imports", "show", "2").out();
    assertTrue(
        show.contains(
            "return RT2, recorded by hand as refunded 45.00, is the platform's AS9001 (same order"
                + " and line), refunded 50.00 on the platform"),
        show);
    // tryout22b B6: in Chinese the parts stay in their places (the platform's id, not the amount)
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "2").out();
    assertTrue(
        zh.contains("手工登记为已退款 45.00 的退货 RT2 就是平台的 AS9001（同一订单和商品），平台退款 50.00")
            && zh.contains("`returns show AS9001`"),
        zh);
  }
}
