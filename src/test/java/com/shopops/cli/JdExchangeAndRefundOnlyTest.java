package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review19: a JD 售后 row's 服务类型 says what the buyer asked for. A 换货 (exchange) owes no refund: never
 * refund-overdue, never in the refund follow-up list, no returned unit (V7).
 */
class JdExchangeAndRefundOnlyTest {
  static final String ORDERS = "src/test/resources/import/jd-review13/jd_orders_202611.csv";
  static final String NOW = "2026-11-20 12:00";

  static final String HEADER =
      "服务单号,订单号,商品编号,商品名称,服务类型,申请数量,申请时间,审核时间,收货时间,退款时间,完成时间,申请原因,退款金额,服务单状态";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", Path.of(ORDERS).toAbsolutePath().toString());
  }

  private Path file(String name, String... rows) throws Exception {
    return TestFiles.gbk(dir, name, HEADER + "\n" + String.join("\n", rows) + "\n");
  }

  private String monthRow() throws Exception {
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
    return report.lines().filter(l -> l.startsWith("2026-11,")).findFirst().orElse(report);
  }

  @Test
  void anExchangeInProgressOwesNoRefundAndReturnsNoUnit() throws Exception {
    Path f =
        file(
            "售后.csv",
            // 换货 received 11-10 10:00, JD still handling it: no refund is owed
            "S7001,250001,100001,蓝牙耳机,换货,1,2026-11-08 09:00,2026-11-08 10:00,2026-11-10 10:00,,,"
                + "质量问题,,商家处理",
            // 退货 received 11-10 10:00, not refunded: refund due 11-17 10:00, overdue at NOW
            "S7002,250001,100002,充电线,退货,1,2026-11-08 09:00,2026-11-08 10:00,2026-11-10 10:00,,,"
                + "质量问题,49.50,商家处理");
    cli.expect(0, "--now", NOW, "import", "returns", f.toString());
    assertEquals(
        "S7001|exchange\nS7002|return\n",
        cli.sql("SELECT return_id, kind FROM returns" + " ORDER BY return_id"));

    String overdue = cli.run("--now", NOW, "returns", "overdue", "--format", "csv").out();
    assertTrue(
        overdue.contains(
            "S7002,250001,CBL-1,refund_within,received,2026-11-10 10:00:00,"
                + "2026-11-17 10:00:00,74.0,"),
        overdue);
    assertFalse(overdue.contains("S7001"), overdue);

    String followup =
        cli.expect(0, "--now", NOW, "export", "followup", "--kind", "returns", "--dry-run").out();
    assertTrue(followup.contains("S7002,"), followup);
    assertFalse(followup.contains("S7001"), followup);

    // 2 requests, 1 returned unit: the exchange's unit stays sold (no shipments: no delivered
    // units)
    assertTrue(monthRow().startsWith("2026-11,2,0,1,,"), monthRow());

    String list = cli.expect(0, "returns", "show", "S7001", "--format", "csv").out();
    assertTrue(list.contains("exchange"), list);
  }

  /**
   * V10: a 售后 row without 商品编号 is a whole-order return; its unit counts against the order's units,
   * so line returns after it cannot return more units than the order had (250001: 1 earphone + 2
   * cables = 3 units).
   */
  @Test
  void aWholeOrderReturnCountsAgainstTheOrdersUnits() throws Exception {
    Path f =
        TestFiles.gbk(
            dir,
            "售后无商品编号.csv",
            "服务单号,订单号,商品名称,服务类型,申请数量,申请时间,审核时间,退款时间,申请原因,退款金额,服务单状态\n"
                + "S7101,250001,充电线,退货,1,2026-11-09 10:00,2026-11-09 11:00,2026-11-09 12:00,"
                + "七天无理由,49.50,完成\n");
    cli.expect(0, "--now", NOW, "-q", "import", "returns", f.toString());
    assertEquals("S7101|null|1\n", cli.sql("SELECT return_id, sku, quantity FROM returns"));
    String at = "2026-11-09 10:00";
    cli.expect(
        0,
        "-q",
        "returns",
        "add",
        "250001",
        "--sku",
        "EAR-1",
        "--reason",
        "quality",
        "--at",
        at,
        "--id",
        "X1");
    var refused =
        cli.run(
            "returns",
            "add",
            "250001",
            "--sku",
            "CBL-1",
            "--quantity",
            "2",
            "--reason",
            "quality",
            "--at",
            at,
            "--id",
            "X2");
    assertEquals(1, refused.exit(), refused.err());
    assertTrue(
        refused.err().contains("returns of order 250001 total 4 units, but 3 were bought"),
        refused.err());
    cli.expect(
        0,
        "-q",
        "returns",
        "add",
        "250001",
        "--sku",
        "CBL-1",
        "--quantity",
        "1",
        "--reason",
        "quality",
        "--at",
        at,
        "--id",
        "X3");
  }

  /**
   * V1: a 售后 row whose 服务类型 is 仅退款 (or 价保) is a refund without goods back: stored with 0 units
   * whatever its 申请数量, its money counts in the refunds, no returned unit.
   */
  @Test
  void aRefundOnlyRowReturnsNoUnit() throws Exception {
    Path f =
        file(
            "售后仅退款.csv",
            "S7201,250001,100001,蓝牙耳机,价保,1,2026-11-09 10:00,2026-11-09 10:05,,"
                + "2026-11-09 10:10,2026-11-09 10:10,其他,20.00,完成");
    cli.expect(0, "--now", NOW, "-q", "import", "returns", f.toString());
    assertEquals(
        "S7201|0|2000|return\n",
        cli.sql("SELECT return_id, quantity, refund_amount," + " kind FROM returns"));
    // 1 request, 0 returned units, 1 refunded, 20.00
    assertTrue(monthRow().startsWith("2026-11,1,0,0,,,1,20.00,"), monthRow());
  }

  /**
   * An exchange an older shopops stored as rejected from 退款关闭 (its old reading, V026) and read
   * again from a row that leaves 服务类型 blank (JD 完成 11-12) stays an exchange: the import read it as
   * a return (code22's note, ReturnsHandler#withoutRejection), which made it owe a refund.
   */
  @Test
  void anExchangeReadAgainFromARowWithoutItsKindStaysAnExchange() throws Exception {
    Path f =
        file(
            "售后1.csv",
            "S7001,250001,100001,蓝牙耳机,换货,1,2026-11-08 09:00,2026-11-08 10:00,2026-11-10 10:00,,,"
                + "质量问题,,商家处理");
    cli.expect(0, "--now", NOW, "-q", "import", "returns", f.toString());
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE returns SET rejected_at = approved_at WHERE return_id = 'S7001'");
      st.executeUpdate(
          "INSERT INTO old_readings (kind, id, reading, import_id, repaired) SELECT 'return',"
              + " return_id, 'closed-as-rejected', import_id, 0 FROM returns"
              + " WHERE return_id = 'S7001'");
    }
    Path again =
        file(
            "售后2.csv",
            "S7001,250001,100001,蓝牙耳机,,1,2026-11-08 09:00,2026-11-08 10:00,2026-11-10 10:00,,"
                + "2026-11-12 10:00,质量问题,,完成");
    cli.expect(0, "--now", NOW, "-q", "import", "returns", again.toString());
    assertEquals(
        "S7001|exchange|null", cli.sql("SELECT return_id, kind, rejected_at FROM returns").strip());
  }
}
