package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund typed by hand with the wrong amount (100.00 for 50.00) could not be corrected or taken
 * back but in SQL, and it took an unshipped order off the ship-by clock (tryout21 Z8). {@code
 * returns correct} replaces the amount, {@code returns undo-step} takes the step back; both keep
 * the history, and net sales and the SLA lists follow. A refund an import stated is refused.
 */
class HandRefundCorrectionTest {
  @TempDir Path dir;

  static final String NOW = "2026-11-20 10:00";

  static final String ORDERS = RefundedBeforeShippingSlaTest.ORDERS;

  private static final String OVERDUE_HEAD =
      "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n";
  private static final String O5 =
      "3100000005,jd_e,2026-11-18 09:00:00,2026-11-19 09:00:00,,25.0,,,breached\n";
  private static final String O7 =
      "3100000007,jd_g,2026-11-18 09:00:00,2026-11-19 09:00:00,,25.0,,,breached\n"
          + "3100000008,jd_h,2026-11-18 09:00:00,2026-11-19 09:00:00,,25.0,,,breached\n";

  /** A store with {@link #ORDERS} imported. */
  private CliRunner withOrders() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    atNow(cli, "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    return cli;
  }

  /** Runs a command at {@link #NOW}, quietly; it must succeed. */
  private static void atNow(CliRunner cli, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--now";
    all[1] = NOW;
    all[2] = "-q";
    System.arraycopy(args, 0, all, 3, args.length);
    cli.expect(0, all);
  }

  /** Order 3100000005 (100.00, not shipped) refunded 100.00 by hand, 仅退款. */
  private CliRunner store() throws Exception {
    CliRunner cli = withOrders();
    atNow(
        cli,
        "returns",
        "add",
        "3100000005",
        "--refund-only",
        "--refund",
        "100",
        "--reason",
        "other",
        "--at",
        "2026-11-19 08:00",
        "--agent",
        "小李");
    atNow(
        cli,
        "returns",
        "update",
        "RT20261119001",
        "--status",
        "approved",
        "--at",
        "2026-11-19 08:10",
        "--agent",
        "小李");
    atNow(
        cli,
        "returns",
        "update",
        "RT20261119001",
        "--status",
        "refunded",
        "--at",
        "2026-11-19 08:30",
        "--agent",
        "小李");
    return cli;
  }

  private static String net(CliRunner cli) {
    String[] rows = cli.novemberMetrics(NOW).split("\n");
    String[] head = rows[0].split(",");
    String[] row = rows[1].split(",");
    for (int i = 0; i < head.length; i++) {
      if (head[i].equals("net_sales")) {
        return row[i];
      }
    }
    throw new AssertionError(rows[0]);
  }

  private static String overdue(CliRunner cli) {
    return cli.expect(0, "--now", NOW, "-q", "sla", "overdue", "-f", "csv").out();
  }

  @Test
  void aHandRefundIsCorrectedWithItsHistoryAndTheFiguresFollow() throws Exception {
    CliRunner cli = store();
    // before: sales 300.00 (100 + 50 + 100 + 50 paid), the 100.00 refunded; 3100000005 off the
    // clock
    assertEquals("200.00", net(cli));
    assertEquals(OVERDUE_HEAD + O7, overdue(cli));
    CliRunner.Result again =
        cli.expect(
            1,
            "--now",
            NOW,
            "returns",
            "update",
            "RT20261119001",
            "--status",
            "refunded",
            "--refund",
            "50");
    assertTrue(
        again
            .err()
            .contains("`shopops returns correct RT20261119001 --refund AMOUNT --reason TEXT`"),
        again.err());

    CliRunner.Result fixed =
        cli.expect(
            0,
            "--now",
            NOW,
            "returns",
            "correct",
            "RT20261119001",
            "--refund",
            "50",
            "--reason",
            "one of two units",
            "--agent",
            "小王",
            "-f",
            "csv");
    assertEquals("Return RT20261119001: refund corrected to 50.00\n", fixed.err());
    assertEquals(
        "5000|1795048200\n",
        cli.sql(
            "SELECT refund_amount, refunded_at FROM returns WHERE return_id = 'RT20261119001'"));
    // a partial refund: back on the clock, and 50.00 of the refund back in net sales
    assertEquals("250.00", net(cli));
    assertEquals(OVERDUE_HEAD + O5 + O7, overdue(cli));
    cli.expect(0, "--now", NOW, "-q", "check"); // kept SLA and customer figures == computed anew
    String show =
        cli.expect(0, "--now", NOW, "returns", "show", "RT20261119001", "-f", "csv").out();
    assertTrue(show.contains(",other,50.00,false,false,,,refund-only\n"), show);
    assertTrue(
        show.endsWith(
            "RT20261119001,refunded,2026-11-19 08:30:00,小李,,,,,,\n"
                + "RT20261119001,corrected,2026-11-20 10:00:00,小王,,refunded,2026-11-19 08:30:00,"
                + "100.00,50.00,one of two units\n"),
        show);
    // the same amount again: nothing changes, exit 0
    assertEquals(
        "Return RT20261119001 is already refunded 50.00; nothing changed\n",
        cli.expect(
                0,
                "--now",
                NOW,
                "returns",
                "correct",
                "RT20261119001",
                "--refund",
                "50",
                "--reason",
                "again",
                "-f",
                "csv")
            .err());
    // held to what was paid
    cli.expect(
        1,
        "--now",
        NOW,
        "returns",
        "correct",
        "RT20261119001",
        "--refund",
        "100.01",
        "--reason",
        "x");
    assertEquals("250.00", net(cli));
  }

  @Test
  void aHandRefundUndoneIsNoRefundAndTheOrderIsBackOnTheClock() throws Exception {
    CliRunner cli = store();
    CliRunner.Result undo =
        cli.expect(
            0,
            "--now",
            NOW,
            "returns",
            "undo-step",
            "RT20261119001",
            "--reason",
            "typed by mistake",
            "--agent",
            "小王",
            "-f",
            "csv");
    assertEquals(
        "Return RT20261119001: the step refunded is taken back; it is approved again\n",
        undo.err());
    assertEquals("300.00", net(cli));
    assertEquals(OVERDUE_HEAD + O5 + O7, overdue(cli));
    cli.expect(0, "--now", NOW, "-q", "check");
    // refunded again, the right amount, later: the undone step is not "replaced"
    atNow(
        cli,
        "returns",
        "update",
        "RT20261119001",
        "--status",
        "refunded",
        "--refund",
        "50",
        "--at",
        "2026-11-20 09:00");
    assertEquals("250.00", net(cli));
    String show =
        cli.expect(0, "--now", NOW, "returns", "show", "RT20261119001", "-f", "csv").out();
    assertTrue(
        show.contains(
            "RT20261119001,refunded,2026-11-19 08:30:00,小李,undone,,,,,\n"
                + "RT20261119001,refunded,2026-11-20 09:00:00,"),
        show);
    assertTrue(
        show.contains(
            "RT20261119001,undone,2026-11-20 10:00:00,小王,,refunded,2026-11-19 08:30:00,100.00,,"
                + "typed by mistake\n"),
        show);
    // zh
    assertEquals(
        "退货 RT20261119001：已撤销“已退款”这一步，现在又是已同意\n",
        cli.expect(
                0,
                "--lang",
                "zh",
                "--now",
                NOW,
                "returns",
                "undo-step",
                "RT20261119001",
                "--reason",
                "again",
                "-f",
                "csv")
            .err());
    cli.expect(0, "--now", NOW, "-q", "returns", "undo-step", "RT20261119001", "--reason", "a");
    CliRunner.Result only =
        cli.expect(1, "--now", NOW, "returns", "undo-step", "RT20261119001", "--reason", "a");
    assertEquals(
        "shopops: cannot undo a step of RT20261119001: it is only requested\n"
            + "  hint: close it with `shopops returns update RT20261119001 --status withdrawn`\n",
        only.err());
  }

  @Test
  void aRefundAnImportStatedIsThePlatformsAndIsNotCorrectedByHand() throws Exception {
    CliRunner cli = withOrders();
    atNow(
        cli,
        "import",
        "returns",
        TestFiles.write(dir, "r.csv", RefundedBeforeShippingSlaTest.REFUNDS).toString());
    String net = net(cli);
    CliRunner.Result r =
        cli.expect(
            1, "--now", NOW, "returns", "correct", "AS5001", "--refund", "50", "--reason", "x");
    assertEquals(
        "shopops: cannot correct the refund of AS5001: its refunded step was stated by an import,"
            + " not recorded by hand\n"
            + "  hint: the platform's export is its record: import a later export of it\n",
        r.err());
    cli.expect(1, "--now", NOW, "-q", "returns", "undo-step", "AS5001", "--reason", "x");
    // the refund again with another amount: the hint no longer sends to `returns correct`, which
    // refuses an imported refund (closing-note22, Left 2)
    CliRunner.Result again =
        cli.expect(
            1,
            "--now",
            NOW,
            "returns",
            "update",
            "AS5001",
            "--status",
            "refunded",
            "--refund",
            "50");
    assertTrue(
        again
            .err()
            .endsWith(
                "  hint: nothing was changed; its refund was stated by an import: the platform's"
                    + " export is its record, import a later export of it\n"),
        again.err());
    CliRunner.Result zh =
        cli.expect(
            1,
            "--lang",
            "zh",
            "--now",
            NOW,
            "returns",
            "update",
            "AS5001",
            "--status",
            "refunded",
            "--refund",
            "50");
    assertTrue(zh.err().endsWith("  提示：什么都没有改变；这笔退款是导入的平台导出所记，以平台导出为准：请导入平台更晚的导出\n"), zh.err());
    assertEquals(net, net(cli));
    assertEquals(
        "10000\n", cli.sql("SELECT refund_amount FROM returns WHERE return_id = 'AS5001'"));
  }

  /**
   * A hand return of goods refunded by hand is no 仅退款 row's request, so the platform's row is
   * refused over the money: the refusal names the hand return and the commands that resolve it
   * (tryout21 Z6 rest), and following them the file imports.
   */
  @Test
  void aRefusedPlatformRowNamesTheHandReturnAndItsRemedy() throws Exception {
    CliRunner cli = withOrders();
    atNow(
        cli,
        "returns",
        "add",
        "3100000005",
        "--quantity",
        "2",
        "--reason",
        "other",
        "--at",
        "2026-11-19 08:00");
    atNow(
        cli,
        "returns",
        "update",
        "RT20261119001",
        "--status",
        "approved",
        "--at",
        "2026-11-19 08:10");
    atNow(
        cli,
        "returns",
        "update",
        "RT20261119001",
        "--status",
        "refunded",
        "--at",
        "2026-11-19 08:30");
    Path refunds =
        TestFiles.write(
            dir,
            "r.csv",
            RefundedBeforeShippingSlaTest.REFUNDS.substring(
                0, RefundedBeforeShippingSlaTest.REFUNDS.indexOf("AS5002")));
    CliRunner.Result refused = cli.expect(1, "--now", NOW, "import", "returns", refunds.toString());
    assertTrue(
        refused
            .err()
            .contains(
                "refunds of order 3100000005 SKU SKU-A total 200.00, more than the 100.00 paid;"
                    + " recorded by hand on this order and refunded: RT20261119001 (if the platform's"
                    + " row is the same request, take its refund back with `shopops returns undo-step"
                    + " RT20261119001 --reason TEXT`, close it with `shopops returns update"
                    + " RT20261119001 --status withdrawn`, then import the file again)\n"),
        refused.err());
    CliRunner.Result zh =
        cli.expect(1, "--lang", "zh", "--now", NOW, "import", "returns", refunds.toString());
    assertTrue(
        zh.err()
            .contains(
                "订单 3100000005 SKU SKU-A 的退款共 200.00，超过实付金额 100.00；此订单有手工登记并已退款的退货：RT20261119001"),
        zh.err());
    cli.expect(0, "--now", NOW, "-q", "returns", "undo-step", "RT20261119001", "--reason", "dup");
    cli.expect(
        0, "--now", NOW, "-q", "returns", "update", "RT20261119001", "--status", "withdrawn");
    cli.expect(0, "--now", NOW, "-q", "import", "returns", refunds.toString());
    assertEquals("200.00", net(cli)); // 300.00 sales, AS5001's 100.00 once
  }
}
