package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout21 Z7: a store written by an older shopops holds a refund above its order's total (350.00
 * on 300.00); {@code check} names it and says to import a corrected export. The corrected export
 * (退款金额 300.00, the same status and times) replaces the impossible refund, with an anomaly naming
 * both amounts: net sales go from −50.00 to 0.00 and {@code check} passes. Before, the "refund
 * never goes down" rule kept 350.00 (older-refund) and nothing could mend it.
 */
class RefundMendedByExportTest {
  @TempDir Path dir;

  private static final String HEAD =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间,物流单号,物流公司,退款金额\n";

  private Path corrected() throws Exception {
    Path p = dir.resolve("corrected.csv");
    Files.writeString(
        p,
        HEAD
            + "4100000000000000008,tb_h,300.00,0.00,300.00,300.00,交易关闭,2026-11-12 10:00:00,"
            + "2026-11-12 10:01:00,,,300.00\n");
    return p;
  }

  /** The store as the older shopops left it: the order imported, its refund set to 350.00. */
  private static void impossibleRefund(Connection c) throws Exception {
    try (Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE orders SET refunded = 35000 WHERE order_id = '4100000000000000008'");
    }
  }

  private static String netSales(CliRunner cli) {
    String out =
        cli.expect(
                0, "--now", "2026-11-21 10:00", "metrics", "--by", "month", "--from", "2026-11-01")
            .out();
    String[] head = out.lines().findFirst().orElseThrow().split(",");
    String[] row = out.lines().skip(1).findFirst().orElseThrow().split(",");
    return row[List.of(head).indexOf("sales")] + "|" + row[List.of(head).indexOf("net_sales")];
  }

  @Test
  void aCorrectedExportReplacesARefundAboveTheTotal() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path file = corrected();
    cli.expect(0, "--now", "2026-11-20 09:00", "-q", "import", "orders", file.toString());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db())) {
      impossibleRefund(c);
    }
    assertEquals("300.00|-50.00", netSales(cli));
    assertEquals(1, cli.run("--now", "2026-11-21 10:00", "check").exit());

    String err =
        cli.expect(0, "--now", "2026-11-21 10:00", "import", "orders", file.toString()).err();
    assertTrue(err.contains("1 order (0 new, 1 updated, 0 unchanged), 1 anomaly"), err);
    assertEquals("30000\n", cli.sql("SELECT refunded FROM orders"));
    assertEquals(
        "anomaly:refund-mended|4100000000000000008|the store held a refund of 350.00 on this"
            + " order, above its total of 300.00, which no export states (a store written by an"
            + " older shopops): this file's refund of 300.00 replaced it\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    assertEquals("300.00|0.00", netSales(cli));
    cli.expect(0, "--now", "2026-11-21 10:00", "check");
    // imported again: the same snapshot, no change and no anomaly
    err = cli.expect(0, "--now", "2026-11-21 11:00", "import", "orders", file.toString()).err();
    assertTrue(err.contains("1 order (0 new, 0 updated, 1 unchanged)"), err);
  }

  /** The same on PostgreSQL: the stored rows and the anomaly as on SQLite. */
  @Test
  @Tag("postgres")
  void postgresqlMendsItAsSqliteDoes() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = corrected();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("s.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    List<String> said = new ArrayList<>();
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
      cli.expect(0, "--now", "2026-11-20 09:00", "-q", "import", "orders", file.toString());
    }
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"));
        Connection b = pg.connection(db)) {
      impossibleRefund(a);
      impossibleRefund(b);
      for (CliRunner cli : List.of(sqlite, postgres)) {
        said.add(
            cli.expect(0, "--now", "2026-11-21 10:00", "import", "orders", file.toString())
                .err()
                .replaceAll(", [0-9.]+ s\n", "\n"));
        assertEquals("300.00|0.00", netSales(cli));
      }
      String q = "SELECT refunded, status FROM orders";
      assertEquals("30000|cancelled", CliRunner.rows(b, q).strip());
      assertEquals(CliRunner.rows(a, q), CliRunner.rows(b, q));
      String anomalies = "SELECT kind, record_id, message FROM anomalies";
      assertEquals(CliRunner.rows(a, anomalies), CliRunner.rows(b, anomalies));
      assertTrue(CliRunner.rows(b, anomalies).contains("anomaly:refund-mended"));
    }
    assertEquals(said.get(0), said.get(1));
  }
}
