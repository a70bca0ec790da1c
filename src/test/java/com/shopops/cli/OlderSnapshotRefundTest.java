package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout26a A2: an older 订单报表 (paid, 退款金额 0.00) imported after the newer one (交易成功 with a later
 * 确认收货时间, 100.00 refunded) keeps the stored refund and says so with {@code anomaly:older-refund}.
 * PostgreSQL lost the anomaly (its SQL read "NOT same status AND same times" where "NOT (same
 * status and times)" was meant), so the two stores reported 1 and 0 anomalies for the same file;
 * {@link PgOlderSnapshotRefundTest} runs the same on PostgreSQL.
 */
class OlderSnapshotRefundTest {
  @TempDir Path dir;

  static final String HEAD =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间,物流单号,物流公司," + "退款金额,确认收货时间\n";

  static final String ANOMALY =
      "anomaly:older-refund,6100000000000000002,\"the store has a newer snapshot of this order (a"
          + " later status or time) with a larger refund (100.00 stored, 0.00 here): this file is"
          + " taken as the older export and changes nothing of it\"";

  /** A new store (either dialect): the newer export, then the older one; checks the anomaly. */
  static void newerThenOlder(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path newer =
        TestFiles.write(
            dir,
            "ExportOrderList202611201000.csv",
            HEAD
                + "6100000000000000002,tb02,300.00,10.00,310.00,310.00,交易成功,2026-11-15 11:00:00,"
                + "2026-11-15 11:00:40,ZT21,中通快递,100.00,2026-11-19 10:00:00\n");
    Path older =
        TestFiles.write(
            dir,
            "ExportOrderList202611151200.csv",
            HEAD
                + "6100000000000000002,tb02,300.00,10.00,310.00,310.00,买家已付款，等待卖家发货,"
                + "2026-11-15 11:00:00,2026-11-15 11:00:40,,,0.00,\n");
    cli.expect(0, "--now", "2026-11-20 13:00", "-q", "import", "orders", newer.toString());
    String err =
        cli.expect(0, "--now", "2026-11-20 13:05", "import", "orders", older.toString()).err();
    // before the fix on PostgreSQL: "0 anomalies", no row
    assertTrue(err.contains("1 order (0 new, 0 updated, 1 unchanged), 1 anomaly"), err);
    String shown = cli.expect(0, "imports", "show", "2", "-f", "csv").out();
    assertTrue(shown.contains(ANOMALY), shown);
    String order = cli.expect(0, "orders", "show", "6100000000000000002", "-f", "csv").out();
    assertTrue(order.contains("completed"), order);
    assertTrue(order.contains("100.00"), order);
  }

  @Test
  void anOlderSnapshotWithoutTheStoredRefundIsSaid() {
    newerThenOlder(new CliRunner(dir).store(dir.resolve("s.db").toString()), dir);
  }
}
