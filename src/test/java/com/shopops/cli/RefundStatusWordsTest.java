package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 退款状态 texts of Taobao/Tmall and JD refund exports (review11 K20, returns): an unknown one is
 * refused like an unknown 订单状态, never stored as a plain request; 退款关闭 (the buyer withdrew, or never
 * sent the goods back) is withdrawn, not the shop's refusal, and `returns report` counts it apart
 * from 已拒绝.
 */
class RefundStatusWordsTest {
  static final String REFUNDS = "退款编号,订单编号,退款的申请时间,买家退款金额,退款状态,退款完结时间\n";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    StringBuilder orders = new StringBuilder(OrderStatusWordsTest.TMALL);
    for (int n = 1; n <= 6; n++) {
      orders.append(OrderStatusWordsTest.tmallRow(n, "交易成功"));
    }
    cli.expect(0, "import", "orders", TestFiles.write(dir, "o.csv", orders.toString()).toString());
  }

  static String refund(int n, String amount, String status, String finished) {
    return "TS"
        + n
        + ",307700000000000000"
        + n
        + ",2026-11-11 09:00:00,"
        + amount
        + ","
        + status
        + ","
        + finished
        + "\n";
  }

  @Test
  void taobaoRefundStatusesAreStoredAsWhatTheySayAndClosedIsNotRejected() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "rst.csv",
            REFUNDS
                + refund(1, "10.00", "退款关闭", "2026-11-12 10:00:00")
                + refund(2, "10.00", "卖家拒绝退款", "2026-11-12 11:00:00")
                + refund(3, "10.00", "退款成功", "2026-11-12 12:00:00")
                + refund(4, "10.00", "买家已经申请退款，等待卖家同意", "")
                + refund(5, "10.00", "已拒绝退款", "2026-11-12 13:00:00"));
    cli.expect(0, "import", "returns", f.toString());
    assertEquals(
        "TS1|null|null|null|1794448800\n"
            + "TS2|1794452400|null|null|null\n"
            + "TS3|null|null|1794456000|null\n"
            + "TS4|null|null|null|null\n"
            + "TS5|1794459600|null|null|null\n",
        cli.sql(
            "SELECT return_id, rejected_at, approved_at, refunded_at, withdrawn_at FROM returns"
                + " ORDER BY return_id"));

    // 已拒绝 counts the shop's refusals only; the withdrawn request has its own column, and its
    // units are not returned units
    String report =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
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
    assertTrue(
        report.startsWith(
            "month,returns,rejected,returned_units,delivered_units,return_rate,refunded,"
                + "refund_total,median_refund_hours,withdrawn\n"),
        report);
    assertTrue(report.contains("2026-11,5,2,2,"), report);
    assertTrue(report.endsWith(",1\n"), report);
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "returns",
                "report",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "table",
                "--wide");
    assertTrue(zh.out().contains("已拒绝") && zh.out().contains("已关闭"), zh.out());

    // a closed request is no longer open
    String open = cli.expect(0, "--now", "2026-11-20 10:00", "returns", "open").out();
    assertTrue(!open.contains("TS1,") && open.contains("TS4,"), open);
  }

  @Test
  void anUnknownRefundStatusIsRefusedNamingLineColumnAndTextAndTheStoreIsUnchanged()
      throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "rst.csv",
            REFUNDS
                + refund(1, "10.00", "退款成功", "2026-11-12 12:00:00")
                + refund(6, "1.00", "火星", ""));
    var r = cli.expect(1, "import", "returns", f.toString());
    assertTrue(
        r.err()
            .contains(
                "rst.csv:3: status (column \"退款状态\"): unknown refund status \"火星\": shopops does"
                    + " not guess where the return stands; give its meaning (requested, approved,"
                    + " rejected, received, refunded or withdrawn) under \"status\" in a mapping"
                    + " file (see README \"Mapping files\")"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));

    var zh = cli.env("LANG", "zh_CN.UTF-8").expect(1, "import", "returns", f.toString());
    assertTrue(
        zh.err()
            .contains(
                "rst.csv 第 3 行，状态（列“退款状态”）：未知退款状态 \"火星\"：shopops 不会猜测退货处于哪一步；请在映射文件的"
                    + " \"status\" 中写明它的含义（requested、approved、rejected、received、refunded 或"
                    + " withdrawn；见 README \"Mapping files\"）"),
        zh.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
  }

  @Test
  void aStoredRequestLaterClosedIsWithdrawnAndARefusedOneStaysRefused() throws Exception {
    cli.expect(
        0,
        "import",
        "returns",
        TestFiles.write(
                dir,
                "r1.csv",
                REFUNDS
                    + refund(1, "10.00", "买家已经申请退款，等待卖家同意", "")
                    + refund(2, "10.00", "卖家拒绝退款", "2026-11-12 11:00:00"))
            .toString());
    cli.expect(
        0,
        "import",
        "returns",
        TestFiles.write(
                dir,
                "r2.csv",
                REFUNDS
                    + refund(1, "10.00", "退款关闭", "2026-11-13 10:00:00")
                    + refund(2, "10.00", "退款关闭", "2026-11-14 10:00:00"))
            .toString());
    assertEquals(
        "TS1|withdrawn\nTS2|rejected\n",
        cli.sql(
            "SELECT return_id, CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn'"
                + " WHEN rejected_at IS NOT NULL THEN 'rejected' END FROM returns ORDER BY 1"));
  }

  @Test
  void jdCancelledServiceRequestIsWithdrawnAndReturnsUpdateTakesWithdrawn() throws Exception {
    Path jd =
        TestFiles.write(
            dir,
            "jd.csv",
            "服务单号,订单号,申请时间,服务单状态\n"
                + "J1,3077000000000000001,2026-11-11 09:00:00,取消\n"
                + "J2,3077000000000000002,2026-11-11 09:00:00,审核不通过\n");
    cli.expect(0, "import", "returns", jd.toString());
    assertEquals(
        "J1|0|1\nJ2|1|0\n",
        cli.sql(
            "SELECT return_id, rejected_at IS NOT NULL, withdrawn_at IS NOT NULL FROM returns"
                + " ORDER BY 1"));

    cli.expect(
        0,
        "returns",
        "add",
        "3077000000000000003",
        "--id",
        "R9",
        "--reason",
        "quality",
        "--at",
        "2026-11-15 10:00");
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(
                0, "returns", "update", "R9", "--status", "withdrawn", "--at", "2026-11-16 10:00");
    assertTrue(zh.err().contains("退货 R9 状态为已关闭，时间 2026-11-16 10:00:00"), zh.err());
    assertTrue(zh.out().endsWith(",2026-11-16 10:00:00\n"), zh.out()); // withdrawn_at
    assertEquals(
        "1\n",
        cli.sql(
            "SELECT count(*) FROM returns WHERE withdrawn_at IS NOT NULL AND return_id = 'R9'"));
    // final: it cannot be approved afterwards
    var again = cli.expect(1, "returns", "update", "R9", "--status", "approved");
    assertTrue(again.err().contains("无法将退货 R9 改为已同意：它已于 2026-11-16 10:00 已关闭"), again.err());
  }
}
