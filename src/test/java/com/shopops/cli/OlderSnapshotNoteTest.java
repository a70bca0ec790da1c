package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An older 订单报表 imported after a newer one (tryout26b B6): before, the import said only "N
 * unchanged", which reads as "the same as what you have". Now one note says how many of the file's
 * orders are an older snapshot than the store's, both export times, that the newer state was kept
 * and how many had a blank filled in. An order whose row is the stored one (the same snapshot,
 * exported earlier: review20 X1) is not counted.
 */
class OlderSnapshotNoteTest {
  @TempDir Path dir;

  static final String HEAD =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间," + "物流单号,物流公司,退款金额\n";

  static final String NEWER =
      "3900000000000000011,tb11,100.00,0.00,100.00,100.00,交易成功,2026-11-05 09:00:01,"
          + "2026-11-05 09:00:41,YT11,圆通速递,0.00\n"
          + "3900000000000000012,tb12,50.00,0.00,50.00,50.00,交易成功,2026-11-06 09:00:01,"
          + "2026-11-06 09:00:41,,,0.00\n"
          + "3900000000000000013,tb13,30.00,0.00,30.00,30.00,买家已付款，等待卖家发货,2026-11-07 09:00:01,"
          + "2026-11-07 09:00:41,,,0.00\n";

  /** A and B back at shipped (B with the tracking number the newer row left blank), C the same. */
  static final String OLDER =
      NEWER
          .replace("100.00,交易成功", "100.00,卖家已发货，等待买家确认")
          .replace("50.00,交易成功", "50.00,卖家已发货，等待买家确认")
          .replace("2026-11-06 09:00:41,,,", "2026-11-06 09:00:41,YT12,圆通速递,");

  /** Imports the newer export, then the older one; checks the summary and the note (en, zh). */
  static void newerThenOlder(CliRunner cli, Path dir, boolean sqlite) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path newer = TestFiles.write(dir, "ExportOrderList202611201000.csv", HEAD + NEWER);
    Path older = TestFiles.write(dir, "ExportOrderList202611151000.csv", HEAD + OLDER);
    cli.expect(0, "--now", "2026-11-21 10:30", "-q", "import", "orders", newer.toString());
    String r =
        cli.expect(0, "--now", "2026-11-21 11:00", "import", "orders", older.toString()).err();
    // before: "3 orders (0 new, 1 updated, 2 unchanged), 1 anomaly" and no word of the older file
    assertTrue(r.contains("3 rows, 3 orders (0 new, 1 updated, 2 unchanged), 1 anomaly"), r);
    assertTrue(
        r.contains(
            older
                + ": 2 orders are older in this file (exported 2026-11-15 10:00) than in the store"
                + " (newest export of them 2026-11-20 10:00; a lower status or earlier times): the"
                + " store keeps its newer state; 1 order of these had a blank filled in from this"
                + " file (anomalies name what)\n"),
        r);
    if (sqlite) { // the store's rows (the PostgreSQL twin checks the summary and the notes)
      assertEquals(
          "3900000000000000011|completed|YT11\n"
              + "3900000000000000012|completed|YT12\n"
              + "3900000000000000013|paid|-\n",
          cli.sql(
              "SELECT order_id, status, coalesce(tracking_no, '-') FROM orders ORDER BY order_id"));
    }
    Path again = TestFiles.write(dir, "ExportOrderList202611141000.csv", HEAD + OLDER);
    String zh =
        cli.expect(
                0,
                "--lang",
                "zh",
                "--now",
                "2026-11-21 12:00",
                "import",
                "orders",
                again.toString())
            .err();
    assertTrue(
        zh.contains(
            again
                + "：此文件（导出于 2026-11-14 10:00）中有 2 单比店铺里的旧（店铺中最新一次导出于 2026-11-20 10:00；"
                + "状态更早或时间更早）：店铺保留较新的状态\n"),
        zh);
  }

  /**
   * Tryout27b B9: a Shopify export older than the stored one only by its stated refund (10.00 here,
   * 12.00 stored, same status and times) records the older-refund anomaly; before, the import said
   * only "2 unchanged, 1 anomaly". Now a note of the file names the order and the kept refund (en,
   * zh), and the store keeps 12.00.
   */
  static void olderRefundOnly(CliRunner cli, Path dir, boolean sqlite) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String head =
        "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,"
            + "Shipping,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
            + "Lineitem sku,Refunded Amount\n";
    String row =
        "#2001,alice@example.com,partially_refunded,2026-11-10 10:00:00 +0800,fulfilled,"
            + "2026-11-10 15:00:00 +0800,CNY,100.00,0.00,100.00,2026-11-10 09:55:00 +0800,2,Tea A,"
            + "50.00,TEA-A,%s\n"
            + "#2002,bob@example.com,paid,2026-11-10 11:00:00 +0800,fulfilled,"
            + "2026-11-10 16:00:00 +0800,CNY,80.00,0.00,80.00,2026-11-10 10:55:00 +0800,1,Tea B,"
            + "80.00,TEA-B,0.00\n";
    Path newer = TestFiles.write(dir, "shop2.csv", head + row.formatted("12.00"));
    Path older = TestFiles.write(dir, "shop1.csv", head + row.formatted("10.00"));
    cli.expect(0, "--now", "2026-11-15 09:00", "-q", "import", "orders", newer.toString());
    String r =
        cli.expect(0, "--now", "2026-11-15 10:00", "import", "orders", older.toString()).err();
    assertTrue(r.contains("2 rows, 2 orders (0 new, 0 updated, 2 unchanged)"), r);
    assertTrue(
        r.contains(
            older
                + ": 1 order states a smaller refund in this file than the store holds, at the"
                + " same status and times (order #2001: 10.00 here, 12.00 stored): the store"
                + " keeps its larger refund, taking this file as the older export (anomalies:"
                + " older-refund)\n"),
        r);
    assertTrue(!r.contains("older in this file"), r);
    if (sqlite) {
      assertEquals(
          "#2001|1200\n#2002|0\n",
          cli.sql("SELECT order_id, refunded FROM orders ORDER BY order_id"));
    }
    String zh =
        cli.expect(
                0,
                "--lang",
                "zh",
                "--now",
                "2026-11-15 10:00",
                "import",
                "orders",
                older.toString())
            .err();
    assertTrue(
        zh.contains(
            older
                + "：此文件中有 1 单的退款比店铺里的小，状态与时间相同（订单 #2001：此文件 10.00，店铺 12.00）：店铺保留较大的退款，"
                + "此文件视为较旧的导出（异常：older-refund）\n"),
        zh);
  }

  @Test
  void anExportOlderOnlyByItsRefundSaysSo() throws Exception {
    olderRefundOnly(new CliRunner(dir), dir, true);
  }

  @Test
  void anOlderExportAfterANewerOneSaysSoOnce() throws Exception {
    newerThenOlder(new CliRunner(dir), dir, true);
  }

  /** The same export under an earlier name is unchanged and no older state: no note. */
  @Test
  void theSameExportExportedEarlierIsNoOlderState() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path newer = TestFiles.write(dir, "ExportOrderList202611201000.csv", HEAD + NEWER);
    Path same = TestFiles.write(dir, "ExportOrderList202611151000.csv", HEAD + NEWER);
    cli.expect(0, "--now", "2026-11-21 10:30", "-q", "import", "orders", newer.toString());
    String r =
        cli.expect(0, "--now", "2026-11-21 11:00", "import", "orders", same.toString()).err();
    assertTrue(r.contains("3 orders (0 new, 0 updated, 3 unchanged); taobao-orders"), r);
    assertTrue(!r.contains("older in this file"), r);
  }
}
