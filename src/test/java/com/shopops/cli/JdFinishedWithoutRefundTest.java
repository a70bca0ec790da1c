package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JD 售后 rows whose 服务单状态 is 完成 without a 退款时间 (closing note 14, "What remains" first): JD has
 * finished the service (an exchange, a repair, a forced close…), so the return is closed without a
 * refund (withdrawn), dated by the latest time the row gives, with an anomaly per row; it is not
 * open, not overdue, and no refund is invented. Before, such returns stayed requested or approved
 * for ever and `returns overdue` listed them.
 */
class JdFinishedWithoutRefundTest {
  static final String RES = "src/test/resources/import/jd-review13/";
  static final String NOW = "2026-11-20 12:00";

  /** A GBK JD 售后 export (the columns of docs/returns.md and the reviewer's file). */
  static final String AFTERSALE =
      String.join(
          "\n",
          "服务单号,订单号,商品编号,商品名称,申请数量,申请时间,审核时间,收货时间,退款时间,申请原因,退款金额,服务单状态",
          // refunded: 完成 with its refund time (as before)
          "S9101,250001,100002,充电线,1,2026-11-13 10:00:00,2026-11-13 12:00:00,2026-11-15 10:00:00,"
              + "2026-11-16 10:00:00,七天无理由,49.50,完成",
          // approved, then finished without a refund
          "S9102,250001,100001,蓝牙耳机,1,2026-11-14 09:00:00,2026-11-14 11:00:00,,,质量问题,,完成",
          // only requested, then finished
          "S9103,250002,100001,蓝牙耳机,1,2026-11-15 09:00:00,,,,七天无理由,,完成",
          // received, then finished without a refund (an exchange after the goods came back)
          "S9104,250001,100002,充电线,1,2026-11-13 11:00:00,2026-11-13 12:00:00,"
              + "2026-11-15 10:00:00,,质量问题,,已完成",
          // still under review: open, and overdue by NOW (due 2026-11-18 09:00)
          "S9105,250003,100003,移动电源,1,2026-11-16 09:00:00,,,,质量问题,,审核中",
          "");

  @TempDir Path dir;
  CliRunner cli;
  Path file;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        Path.of(RES + "jd_orders_202611.csv").toAbsolutePath().toString());
    file = TestFiles.gbk(dir, "售后20261120.csv", AFTERSALE);
  }

  private String stored() throws Exception {
    return cli.sql(
        "SELECT return_id, datetime(requested_at, 'unixepoch', '+8 hours'),"
            + " datetime(approved_at, 'unixepoch', '+8 hours'),"
            + " datetime(received_at, 'unixepoch', '+8 hours'),"
            + " datetime(refunded_at, 'unixepoch', '+8 hours'),"
            + " datetime(withdrawn_at, 'unixepoch', '+8 hours'), refund_amount"
            + " FROM returns ORDER BY return_id");
  }

  static final String STORED =
      String.join(
          "\n",
          "S9101|2026-11-13 10:00:00|2026-11-13 12:00:00|2026-11-15 10:00:00|2026-11-16 10:00:00|null|4950",
          "S9102|2026-11-14 09:00:00|2026-11-14 11:00:00|null|null|2026-11-14 11:00:00|0",
          "S9103|2026-11-15 09:00:00|null|null|null|2026-11-15 09:00:00|0",
          "S9104|2026-11-13 11:00:00|2026-11-13 12:00:00|2026-11-15 10:00:00|null|2026-11-15 10:00:00|0",
          "S9105|2026-11-16 09:00:00|null|null|null|null|0",
          "");

  @Test
  void finishedWithoutARefundTimeIsClosedWithoutARefundAndNotOverdue() throws Exception {
    var r = cli.expect(0, "--now", NOW, "import", "returns", file.toString());
    assertTrue(r.err().contains("5 returns (5 new, 0 updated, 0 unchanged)"), r.err());
    assertTrue(r.err().contains("3 anomalies"), r.err());
    assertEquals(STORED, stored());
    assertEquals(
        String.join(
            "\n",
            "3|S9102|完成 with no refund time: closed without a refund (withdrawn at 2026-11-14"
                + " 11:00, the latest time the row gives); JD finishes exchanges, repairs and closed"
                + " services so too: give the refund time (退款时间) if JD refunded it",
            "4|S9103|完成 with no refund time: closed without a refund (withdrawn at 2026-11-15"
                + " 09:00, the latest time the row gives); JD finishes exchanges, repairs and closed"
                + " services so too: give the refund time (退款时间) if JD refunded it",
            "5|S9104|已完成 with no refund time: closed without a refund (withdrawn at 2026-11-15"
                + " 10:00, the latest time the row gives); JD finishes exchanges, repairs and closed"
                + " services so too: give the refund time (退款时间) if JD refunded it",
            ""),
        cli.sql("SELECT line, record_id, message FROM anomalies ORDER BY line"));
    String imports =
        cli.expect(0, "imports", "show", cli.sql("SELECT max(import_id) FROM imports").strip())
            .out();
    assertTrue(imports.contains("closed without a refund"), imports);

    // only the return still under review is open and overdue
    String overdue = cli.run("--now", NOW, "returns", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("S9105,"), overdue);
    assertTrue(!overdue.contains("S9102") && !overdue.contains("S9103"), overdue);
    assertTrue(!overdue.contains("S9104"), overdue);
    String open = cli.expect(0, "--now", NOW, "returns", "open", "--format", "csv").out();
    assertEquals(2, open.lines().count(), open); // header and S9105
    // the report counts them closed (withdrawn), not refused, and refunds only S9101's 49.50
    String report =
        cli.expect(
                0,
                "--now",
                NOW,
                "returns",
                "report",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv")
            .out();
    // returned units: S9101 and the open S9105, not the three closed ones
    assertTrue(report.contains("\n2026-11,5,0,2,"), report);
    assertTrue(report.contains(",1,49.50,"), report);
    assertTrue(report.endsWith(",3,\n"), report); // (all): partial left empty
  }

  /**
   * Returns an older shopops stored open from such rows are closed by importing the same file
   * again; a further import changes nothing and records no anomaly.
   */
  @Test
  void importingTheFileAgainClosesReturnsAnOlderBuildLeftOpenAndIsIdempotent() throws Exception {
    cli.expect(0, "--now", NOW, "-q", "import", "returns", file.toString());
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.execute("UPDATE returns SET withdrawn_at = NULL"); // as session 14's build stored them
    }
    var again = cli.expect(0, "--now", NOW, "import", "returns", file.toString());
    assertTrue(again.err().contains("(0 new, 3 updated, 2 unchanged)"), again.err());
    assertEquals(STORED, stored());
    var third = cli.expect(0, "--now", NOW, "import", "returns", file.toString());
    assertTrue(third.err().contains("(0 new, 0 updated, 5 unchanged)"), third.err());
    assertTrue(!third.err().contains("anomal"), third.err());
    assertEquals(STORED, stored());
  }

  /** The finish time (完成时间) dates the close when the export has it. */
  @Test
  void theFinishTimeDatesTheCloseWhenTheExportHasIt() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "jd-done.csv",
            "服务单号,订单号,商品编号,申请时间,审核时间,退款时间,退款金额,服务单状态,完成时间\n"
                + "S9201,250001,100001,2026-11-14 09:00:00,2026-11-14 11:00:00,,299.00,完成,"
                + "2026-11-18 16:00:00\n");
    cli.expect(0, "--now", NOW, "import", "returns", f.toString());
    assertEquals(
        "S9201|2026-11-18 16:00:00|null|29900\n",
        cli.sql(
            "SELECT return_id, datetime(withdrawn_at, 'unixepoch', '+8 hours'), refunded_at,"
                + " refund_amount FROM returns"));
    assertTrue(
        cli.sql("SELECT message FROM anomalies")
            .startsWith(
                "完成 with no refund time: closed without a refund (withdrawn at 2026-11-18 16:00,"
                    + " the finish time; its refund amount 299.00 is not counted); "),
        cli.sql("SELECT message FROM anomalies"));
  }
}
