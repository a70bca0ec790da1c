package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store PresaleParcelUpgradeTest, PaidSeenAgainUpgradeTest and PresaleHeldReimportTest (and
 * their PostgreSQL twins) set up: a presale paid in stages (order 5300000000000000002, 299.00)
 * whose 订单报表 exported 12-01 10:00 is imported, then parcels SF101 (11-02 11:00, which caps its paid
 * time) and SF201 (11-03 09:00); queries and statements on it, and the store taken back to an older
 * schema ({@link OldStore}).
 */
abstract class PresaleParcelStore {
  @TempDir Path dir;

  /** A new store in Asia/Shanghai (PostgreSQL: the twins override it and {@link #connection}). */
  CliRunner newStore() throws Exception {
    return TmallPresaleFixture.newStore(dir);
  }

  java.sql.Connection connection(CliRunner cli) throws Exception {
    return java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
  }

  /** A query's rows, or a statement run ("" back). */
  String q(CliRunner cli, String query) throws Exception {
    try (java.sql.Connection c = connection(cli)) {
      if (query.startsWith("SELECT")) {
        return CliRunner.rows(c, query);
      }
      try (java.sql.Statement st = c.createStatement()) {
        st.execute(query);
      }
      return "";
    }
  }

  /** The store as schema {@code version} left it ({@link OldStore#asOfVersion}). */
  void asOfVersion(CliRunner cli, int version) throws Exception {
    try (java.sql.Connection c = connection(cli)) {
      OldStore.asOfVersion(c, version);
    }
  }

  static final String DEC01 =
      TmallPresaleFixture.HEAD
          + TmallPresaleFixture.row(
              "5300000000000000002",
              "hist_b",
              "299.00",
              "卖家已发货，等待买家确认",
              "定金：50.00元，已付款；尾款：249.00元，已付款",
              "");

  /** SF101 shipped 11-02 11:00, SF201 11-03 09:00. */
  static final String SHIP = PresaleParcelPaidTest.SHIP;

  static final long NOV02_1100 = PresaleParcelPaidTest.NOV02_1100;
  static final long NOV03_0900 = PresaleParcelPaidTest.NOV03_0900;
  static final long DEC01_1000 = PresaleParcelPaidTest.DEC01_1000;

  /** The presale's paid time and the time it was seen paid. */
  static final String PAID_SEEN =
      "SELECT paid_at, paid_seen_at FROM orders WHERE order_id = '5300000000000000002'";

  /**
   * The 订单报表 {@link #DEC01} imported at 12-01 11:00 and {@link #SHIP} at 12-02 10:00: the paid time
   * capped at SF101's outbound 11-02 11:00, seen paid 12-01 10:00. Returns the export's path.
   */
  Path presaleShipped(CliRunner cli) throws Exception {
    Path orders = TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01);
    cli.expect(0, "--now", "2026-12-01 11:00", "-q", "import", "orders", orders.toString());
    shipBoth(cli, dir);
    assertEquals(NOV02_1100 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    return orders;
  }

  /** {@link #SHIP} imported at 12-02 10:00: SF101 and SF201 shipped. */
  static void shipBoth(CliRunner cli, Path dir) throws Exception {
    cli.expect(
        0,
        "--now",
        "2026-12-02 10:00",
        "-q",
        "import",
        "shipments",
        TestFiles.write(dir, "ship.csv", SHIP).toString());
  }

  /** {@link #days} with the presale counted on 11-02 (1 order, 299.00) and none on 11-03. */
  static final String ON_NOV02 =
      "orders,buyers,sales,net_sales\n1,1,299.00,299.00\n0,0,0.00,0.00\n";

  /** {@link #days} with the presale counted on 11-03. */
  static final String ON_NOV03 =
      "orders,buyers,sales,net_sales\n0,0,0.00,0.00\n1,1,299.00,299.00\n";

  /** {@code metrics --by day} of 11-02 and 11-03 at 12-02 11:00, as csv. */
  static CliRunner.Result dayMetrics(CliRunner cli) {
    return cli.expect(
        0,
        "--now",
        "2026-12-02 11:00",
        "metrics",
        "--by",
        "day",
        "--from",
        "2026-11-02",
        "--to",
        "2026-11-03",
        "-f",
        "csv");
  }

  /** The day figures of 11-02 and 11-03: orders, buyers, sales, net sales (csv). */
  static String days(CliRunner cli) {
    return dayMetrics(cli)
        .out()
        .lines()
        .map(l -> String.join(",", java.util.Arrays.asList(l.split(",", -1)).subList(3, 7)))
        .reduce("", (a, b) -> a + b + "\n");
  }
}
