package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review19 V18: a JD 售后 row refunded before the goods came back (闪电退款 / 先退款后收货: 退款时间 11-09 10:00,
 * 收货时间 11-10 10:00) is a normal row of the export. Before, it was refused ("refunded … before it
 * was received") and with it the whole file; now it is stored with both times and its refund.
 */
class JdFlashRefundTest {
  @TempDir Path dir;

  static final String RES = "src/test/resources/import/jd-review19/";

  private static String res(String name) {
    return Path.of(RES + name).toAbsolutePath().toString();
  }

  @Test
  void aRefundBeforeTheGoodsCameBackIsImported() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", res("jd_orders_202611.csv"));
    cli.expect(0, "-q", "import", "shipments", res("jd_shipments_202611.csv"));
    cli.expect(0, "-q", "import", "returns", res("jd_afs_flash_refund.csv"));
    assertEquals(
        "1500000040|400100000006|1|10000|2026-11-10 02:00:00|2026-11-09 02:00:00\n",
        cli.sql(
            "SELECT return_id, order_id, quantity, refund_amount,"
                + " datetime(received_at, 'unixepoch'), datetime(refunded_at, 'unixepoch')"
                + " FROM returns"));
    String report =
        cli.expect(0, "--now", "2026-11-20 10:00", "returns", "report", "--by", "month").out();
    assertEquals(
        "month,returns,rejected,returned_units,delivered_units,return_rate,refunded,refund_total,"
            + "median_refund_hours,withdrawn,partial\n"
            + "2026-11,1,0,1,11,0.0909,1,100.00,25.00,0,true\n"
            + "(all),1,0,1,11,0.0909,1,100.00,25.00,0,\n",
        report);
    // refunded already: no refund is owed after the receipt
    assertEquals(
        "return_id,order_id,sku,rule,step,since,due_at,overdue_hours,penalty_line\n",
        cli.expect(0, "--now", "2026-11-20 10:00", "returns", "overdue").out());
  }

  /**
   * Review19 V11: the buyer phoned, the operator typed {@code returns add}; the next morning's 售后
   * export holds the same request as 服务单 1500000003. Before, the file was refused whole ("total 2
   * units, but 1 were bought"); now the export's row takes the phoned-in return's place: one return
   * of 1 unit under the platform's id, with the step recorded by hand, and an anomaly naming both.
   */
  @Test
  void aReturnPhonedInIsTheExportsRow() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", res("jd_orders_202611.csv"));
    cli.expect(0, "-q", "import", "shipments", res("jd_shipments_202611.csv"));
    cli.expect(
        0,
        "--now",
        "2026-11-12 22:00",
        "returns",
        "add",
        "400100000009",
        "--reason",
        "no-reason",
        "--at",
        "2026-11-12 22:00",
        "--agent",
        "xiaoli");
    CliRunner.Result imported = cli.expect(0, "import", "returns", res("jd_afs_202611.csv"));
    assertEquals(
        "1500000003|400100000009|0SKU-BAND7|1|1\n",
        cli.sql(
            "SELECT return_id, order_id, sku, quantity, outside_window FROM returns"
                + " WHERE order_id = '400100000009'"));
    assertEquals("6\n", cli.sql("SELECT count(*) FROM returns"));
    assertEquals(
        "1500000003|1|requested|xiaoli\n",
        cli.sql("SELECT return_id, seq, status, agent FROM return_events"));
    org.junit.jupiter.api.Assertions.assertTrue(
        imported.err().contains("2 anomalies"), imported.err());
    org.junit.jupiter.api.Assertions.assertTrue(
        cli.expect(0, "imports", "show", "3")
            .out()
            .contains(
                "anomaly:return-recorded-by-hand,1500000003,\"return RT20261112001, recorded by"
                    + " hand, is the platform's 1500000003 (same order, line and units)"),
        "anomaly");
  }

  /**
   * Review19 V19: a JD 价保 export given to {@code import returns} was called "an orders file", and
   * {@code import orders} then refused it; now the refusal says what it is and how to map it.
   */
  @Test
  void aPriceProtectionExportIsNamedWithTheWayIn() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String jiabao =
        "价保单号,订单号,商品编号,商品名称,申请时间,价保金额,处理时间,价保状态\n"
            + "8800001,400100000002,100021,蓝牙耳机,2026-11-10 10:00,20.00,2026-11-10 10:10,价保成功\n";
    CliRunner.Result r =
        cli.run("import", "returns", TestFiles.write(dir, "jd_jiabao.csv", jiabao).toString());
    assertEquals(1, r.exit(), r.err());
    org.junit.jupiter.api.Assertions.assertTrue(
        r.err()
            .contains(
                "jd_jiabao.csv: this looks like a JD 价保 (price protection) export: neither orders"
                    + " nor a 售后 export, and shopops has no layout for it\n"
                    + "  hint: each 价保 is a refund without goods back: import the file as returns"
                    + " with a mapping file (--map)"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
  }
}
