package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's own sheet of return decisions (review15 P1): a step a row's status sets and the file
 * does not date is dated by the import's clock ({@code --now}), as {@code returns update} dates it,
 * with an anomaly naming the step. It was dated by the row's latest time (refunded_at =
 * received_at, 28 days before the decision) and {@code score} showed the late refund as on time:
 * refund_on_time_rate 1.0000, now 0.8750 as with {@code returns update}. Files:
 * src/test/resources/import/returns-review15 (the reviewer's, as given).
 */
class ReturnDecisionsSheetTest {
  static final String RES = "src/test/resources/import/returns-review15/";
  static final String NOW = "2026-11-20 12:00"; // Asia/Shanghai: 2026-11-20T04:00Z
  static final long CLOCK = 1795147200L;
  static final long REQUESTED_029 = 1795122000L; // 2026-11-20 05:00 Shanghai
  static final long RECEIVED_021 = 1792689401L; // 2026-10-23 01:16:41 Shanghai
  static final long APPROVED_028 = 1795010400L; // 2026-11-18 22:00 Shanghai

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void examplesStore() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    for (String k : new String[] {"customers", "orders", "shipments", "returns"}) {
      cli.expect(0, "import", k, "examples/" + k + ".csv", "-q");
    }
  }

  /** requested, approved, rejected, received, refunded of the returns the sheets decide. */
  private String steps() throws Exception {
    return cli.sql(
        "SELECT return_id, requested_at, approved_at, rejected_at, received_at, refunded_at"
            + " FROM returns WHERE return_id IN ('RT20261019021', 'RT20261118028',"
            + " 'RT20261120029') ORDER BY return_id");
  }

  private String refundOnTime() {
    String score =
        cli.expect(
                0,
                "--now",
                NOW,
                "score",
                "--from",
                "2026-10-01",
                "--to",
                "2026-11-20",
                "--format",
                "csv")
            .out();
    return score.lines().filter(l -> l.contains("refund_on_time_rate")).findFirst().orElse(score);
  }

  private String importFile(String name) {
    return cli.expect(
            0, "--now", NOW, "import", "returns", Path.of(RES + name).toAbsolutePath().toString())
        .toString();
  }

  private String anomalies() throws Exception {
    return cli.sql("SELECT line, record_id, message FROM anomalies ORDER BY line");
  }

  @Test
  void aDecisionsSheetIsDatedByTheImportsClockAsReturnsUpdateDates() throws Exception {
    assertTrue(refundOnTime().startsWith("after_sale,refund_on_time_rate,1.0000,"));
    String out = importFile("p1_decisions.csv");
    assertTrue(out.contains("2 anomalies"), out);
    // refunded at the import, not at receipt (was 2026-10-23 01:16:41, 28 days before the sheet);
    // approved at the import, not at the request (was 2026-11-20 05:00, 0 h)
    String sheet = steps();
    assertEquals(CLOCK + "\n", sql("refunded_at", "RT20261019021"));
    assertEquals(RECEIVED_021 + "\n", sql("received_at", "RT20261019021")); // its own, untouched
    assertEquals(CLOCK + "\n", sql("approved_at", "RT20261120029"));
    assertEquals(REQUESTED_029 + "\n", sql("requested_at", "RT20261120029"));
    assertTrue(refundOnTime().startsWith("after_sale,refund_on_time_rate,0.8750,"));
    assertTrue(
        anomalies()
            .contains(
                "RT20261019021|no time for refunded in the file: dated by the import,"
                    + " 2026-11-20 12:00"),
        anomalies());

    // the same decisions by `returns update` store the same times
    CliRunner other = new CliRunner(dir.resolve("u"));
    java.nio.file.Files.createDirectories(dir.resolve("u"));
    other.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    for (String k : new String[] {"customers", "orders", "shipments", "returns"}) {
      other.expect(0, "import", k, "examples/" + k + ".csv", "-q");
    }
    other.expect(0, "--now", NOW, "returns", "update", "RT20261019021", "--status", "refunded");
    other.expect(0, "--now", NOW, "returns", "update", "RT20261120029", "--status", "approved");
    assertEquals(
        sheet,
        other.sql(
            "SELECT return_id, requested_at, approved_at, rejected_at, received_at, refunded_at"
                + " FROM returns WHERE return_id IN ('RT20261019021', 'RT20261118028',"
                + " 'RT20261120029') ORDER BY return_id"));

    // imported again: nothing moves (the steps are dated now)
    String again = importFile("p1_decisions.csv");
    assertTrue(again.contains("0 updated, 2 unchanged"), again);
    assertEquals(sheet, steps());
  }

  @Test
  void aGbkSheetOfChineseWordsIsDatedByTheImport() throws Exception {
    String out = importFile("returns_decisions_gbk.csv");
    assertTrue(out.contains("3 anomalies"), out);
    assertEquals(CLOCK + "\n", sql("refunded_at", "RT20261019021")); // 退款成功
    assertEquals(CLOCK + "\n", sql("received_at", "RT20261118028")); // 卖家已收货，等待退款
    assertEquals(APPROVED_028 + "\n", sql("approved_at", "RT20261118028"));
    assertEquals(CLOCK + "\n", sql("rejected_at", "RT20261120029")); // 卖家拒绝退款
    assertTrue(refundOnTime().startsWith("after_sale,refund_on_time_rate,0.8750,"));
  }

  @Test
  void returnsOpenEditedInExcelWithAStatusColumnIsDatedByTheImport() throws Exception {
    String out = importFile("returns_open_excel_edit.csv");
    assertTrue(out.contains("3 anomalies"), out);
    assertEquals(CLOCK + "\n", sql("refunded_at", "RT20261019021"));
    assertEquals(RECEIVED_021 + "\n", sql("received_at", "RT20261019021"));
    assertEquals(CLOCK + "\n", sql("received_at", "RT20261118028"));
    assertEquals(CLOCK + "\n", sql("approved_at", "RT20261120029"));
    assertTrue(refundOnTime().startsWith("after_sale,refund_on_time_rate,0.8750,"));
    assertTrue(
        anomalies()
            .contains(
                "RT20261118028|no time for received in the file: dated by the import,"
                    + " 2026-11-20 12:00"),
        anomalies());
  }

  @Test
  void aPlatformExportsFinishTimeStillDatesTheStepAndNeedsNoAnomaly() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "tb.csv",
            "退款编号,订单编号,退款的申请时间,退款状态,退款完结时间\n"
                + "RT20261019021,SO202610140001,2026-10-19 17:16:41,退款成功,2026-10-25 09:00:00\n");
    String out = cli.expect(0, "--now", NOW, "import", "returns", f.toString()).toString();
    assertTrue(!out.contains("anomal"), out);
    assertEquals("1792890000\n", sql("refunded_at", "RT20261019021")); // 2026-10-25 09:00
  }

  private String sql(String column, String id) throws Exception {
    return cli.sql("SELECT " + column + " FROM returns WHERE return_id = '" + id + "'");
  }
}
