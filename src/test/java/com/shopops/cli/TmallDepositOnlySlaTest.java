package com.shopops.cli;

import static com.shopops.cli.TmallPresaleFixture.HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall 预售 order whose deposit (定金) is paid and balance (尾款) is not (订单状态 等待买家付款, 订单付款时间 set) was
 * put on the ship-by clock (review20 X6): "overdue 14.0 h" on 10-26 and an apology for a late
 * parcel on the delay list, for an order that cannot ship yet. It is not on the clock until the
 * balance is paid; 分阶段订单信息 marks it a presale, so once paid it follows the presale rule of a JD
 * 预售订单 (review19 V25): rated from a promised presale ship date (预售发货时间) when a shipments file gives
 * one, not from the deposit's time.
 */
class TmallDepositOnlySlaTest {
  @TempDir Path dir;

  private static String row(String id, String paid, String status, String stages) {
    return TmallPresaleFixture.row(id, "presale_fan", paid, status, stages, "");
  }

  /** The deposit-only order and an ordinary order paid at the same time, as exported on 10-25. */
  static final String OCT25 =
      HEAD
          + row("5200000000000000001", "50.00", "等待买家付款", "定金：50.00元，已付款；尾款：249.00元，未付款")
          + row("5200000000000000002", "299.00", "买家已付款，等待卖家发货", "");

  private static final String OVERDUE_HEAD =
      "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n";

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0,
        "--now",
        "2026-10-25 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202610251000.csv", OCT25).toString());
    return cli;
  }

  @Test
  void aDepositOnlyPresaleIsNotOnTheClock() throws Exception {
    CliRunner cli = store();
    assertEquals(
        "5200000000000000001|pending|presale\n5200000000000000002|paid|null\n",
        cli.sql("SELECT order_id, status, order_type FROM orders ORDER BY order_id"));
    String overdue = cli.expect(0, "--now", "2026-10-26 10:00", "sla", "overdue").out();
    assertEquals(
        OVERDUE_HEAD
            + "5200000000000000002,presale_fan,2026-10-24 20:00:30,2026-10-25 20:00:30,,14.0,,浙江,"
            + "overdue\n",
        overdue);
    CliRunner.Result report = cli.expect(0, "--now", "2026-10-26 10:00", "sla", "report");
    String[] lines = report.out().split("\n");
    // 2 orders: the ordinary one overdue, the deposit-only one not paid (not on the clock)
    assertEquals("total,2,0,0,0,0,0,0,1,0,1,0,,0.0000,,,0,0,0,0,0,,,", lines[lines.length - 1]);
    assertTrue(
        report
            .err()
            .contains(
                "note: 1 presale (预售) with only the deposit (定金) paid: not on the shipping clock"
                    + " until the balance (尾款) is paid (column not_paid)\n"),
        report.err());
    assertFalse(report.err().contains("without a paid time"), report.err());
    String delay =
        cli.expect(
                0,
                "--now",
                "2026-10-26 10:00",
                "export",
                "followup",
                "--kind",
                "delay",
                "--dry-run")
            .out();
    assertFalse(delay.contains("5200000000000000001"), delay);
    assertTrue(delay.contains("5200000000000000002"), delay);
  }

  /**
   * An order imported from its 订单报表 alone has no lines: the pick list's sku and quantity are empty,
   * and a note says where they come from (tryout20 Y10).
   */
  @Test
  void anOrderWithoutLinesIsNamedInTheItemsNote() throws Exception {
    CliRunner cli = store();
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-10-26 10:00",
            "sla",
            "overdue",
            "--columns",
            "order_id,ship_by,sku,quantity",
            "-f",
            "csv");
    assertEquals(
        "order_id,ship_by,sku,quantity\n5200000000000000002,2026-10-25 20:00:30,,\n", r.out());
    assertTrue(
        r.err()
            .contains(
                "note: 1 order has no line items: sku and quantity are empty; a Taobao/Tmall"
                    + " order's come from its items file (宝贝报表, ExportOrderDetailList)\n"),
        r.err());
  }

  /**
   * The balance paid (11-11): a presale, rated from its promised ship date, not from the deposit
   * paid 10-24 (which would make it "breached" at once).
   */
  @Test
  void theBalancePaidItFollowsThePresaleRule() throws Exception {
    CliRunner cli = store();
    cli.expect(
        0,
        "--now",
        "2026-11-11 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "ExportOrderList202611111000.csv",
                HEAD
                    + row(
                        "5200000000000000001",
                        "299.00",
                        "买家已付款，等待卖家发货",
                        "定金：50.00元，已付款；尾款：249.00元，已付款"))
            .toString());
    CliRunner.Result report = cli.expect(0, "--now", "2026-11-12 10:00", "sla", "report");
    assertTrue(
        report.err().contains("note: 1 presale (预售) without a promised ship date"), report.err());
    assertFalse(report.out().contains("5200000000000000001"));
    assertEquals(
        OVERDUE_HEAD
            + "5200000000000000002,presale_fan,2026-10-24 20:00:30,2026-10-25 20:00:30,,422.0,,浙江,"
            + "breached\n",
        cli.expect(0, "--now", "2026-11-12 10:00", "sla", "overdue").out());
    cli.expect(
        0,
        "-q",
        "import",
        "shipments",
        TestFiles.write(
                dir,
                "s.csv",
                "order_id,tracking_no,promised_ship_date\n5200000000000000001,SF1,2026-11-13\n")
            .toString());
    String later = cli.expect(0, "--now", "2026-11-14 10:00", "sla", "overdue").out();
    assertTrue(
        later.contains(
            // paid: paid in full, when the 11-11 export saw it so (tryout21 Z2)
            "5200000000000000001,presale_fan,2026-11-11 10:00:00,2026-11-13 23:59:59,,10.0,"),
        later);
  }
}
