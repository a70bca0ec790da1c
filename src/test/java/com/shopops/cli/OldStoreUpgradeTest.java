package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by a real old build (d4b6fca, schema 11) and opened by this one (review13 M1):
 * src/test/resources/upgrade/schema11/schema11.db holds what that build stored from the reviewer's
 * files in data/ (imported as data/… in this order: the Tmall 订单报表 with its 子订单 file, the JD
 * export, the JD 锁定 row of order 250002, the Taobao 退款关闭 refund). That build kept a Tmall total net
 * of its refund, a JD total without its 余额支付, 锁定 as cancelled and 退款关闭 as the shop's refusal. The
 * upgrade puts right what the store holds, names the rest with its files, and once those are
 * imported again the store is the one a fresh import makes.
 */
class OldStoreUpgradeTest {
  static final Path RES = Path.of("src/test/resources/upgrade/schema11");

  @TempDir Path dir;
  @TempDir Path freshDir;

  private CliRunner oldStore() throws Exception {
    CliRunner cli = new CliRunner(dir);
    Files.copy(RES.resolve("schema11.db"), cli.db());
    return cli;
  }

  private static String file(String name) {
    return RES.resolve("data").resolve(name).toAbsolutePath().toString();
  }

  @Test
  void theUpgradeRepairsWhatTheStoreHoldsAndCheckNamesTheRestWithTheirFiles() throws Exception {
    CliRunner cli = oldStore();
    CliRunner.Result r = cli.run("check", "--format", "csv");
    assertEquals(1, r.exit(), r.toString()); // not "ok" while the store is wrong
    assertTrue(r.err().contains("from schema 11 to"), r.err());
    assertTrue(r.err().contains("3 orders an older shopops stored"), r.err());
    // the old build kept the paths as typed: said with the time of their import (review14 N8),
    // each in the command that imports it again, of the kind it was imported as (tryout27a A2)
    String files =
        "shopops --db "
            + cli.db()
            + " import orders data/jd_locked.csv (the path as typed when imported 2026-12-06"
            + " 03:10: run it from that directory); shopops --db "
            + cli.db()
            + " import returns data/tm_closed_ref.csv"
            + " (the path as typed when imported 2026-12-06 03:11: run it from that directory)";
    assertTrue(r.err().contains("import these files again: " + files), r.err());
    assertTrue(
        r.out()
            .contains(
                "old readings,\"1 order and 1 return still as an older shopops stored them under a"
                    + " reading since corrected (e.g. 250002, R7): import these files again: "
                    + files
                    + "\""),
        r.out());
    // both rules applied to this store, and both are said
    assertTrue(
        r.err()
            .contains(
                "(a Tmall total net of its refund: the refund added back; a paid JD order on hold"
                    + " stored as cancelled: paid)"),
        r.err());
    assertTrue(r.out().contains("customer figures,ok"), r.out());
    // Tmall: 实际支付 200.00 + 退款 100.00 = 300.00; the closed order refunded in full 258.00
    // (were 200.00 and 0.00); JD 锁定 paid again; JD 250002 keeps 259.00: its 余额支付 50.00 is
    // only in the file, not guessed; R7 stays rejected until its file says 退款关闭 again
    assertEquals(
        String.join(
            "\n",
            "250001|completed|39800",
            "250002|paid|25900",
            "250003|paid|12900",
            "250004|cancelled|12900",
            "3029941234567890121|completed|20900",
            "3029941234567890122|completed|30000",
            "3029941234567890123|pending|0",
            "3029941234567890124|paid|8800",
            "3029941234567890125|shipped|13200",
            "3029941234567890126|cancelled|25800",
            ""),
        cli.sql("SELECT order_id, status, total FROM orders ORDER BY order_id"));
    assertEquals("1|null\n", cli.sql("SELECT rejected_at IS NOT NULL, withdrawn_at FROM returns"));
    // the Tmall refunds are no longer taken off twice: net is sales less the refunds once
    String m = cli.novemberMetrics("2026-11-20 10:00");
    assertTrue(m.contains(",7,6,1644.00,1286.00,"), m);
    // said once: the next command opens an upgraded store without the notes, check still names
    CliRunner.Result again = cli.run("check", "-q");
    assertEquals(1, again.exit(), again.toString());
    assertTrue(!again.err().contains("upgraded store"), again.err());
    assertTrue(again.err().contains("hint: import these files again"), again.err());
  }

  @Test
  void importingTheNamedFilesAgainQuietsCheckAndGivesTheStoreAFreshImportMakes() throws Exception {
    CliRunner cli = oldStore();
    cli.run("check", "-q");
    cli.expect(0, "-q", "import", "orders", file("jd_locked.csv"));
    cli.expect(0, "-q", "import", "returns", file("tm_closed_ref.csv"));
    CliRunner.Result r = cli.run("check", "--format", "csv");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("old readings,ok"), r.out());
    assertEquals(
        "309.00\n",
        cli.sql("SELECT printf('%.2f', total / 100.0) FROM orders WHERE order_id = '250002'"));
    assertEquals(
        "0|1\n", cli.sql("SELECT rejected_at IS NOT NULL, withdrawn_at IS NOT NULL FROM returns"));

    CliRunner fresh = new CliRunner(freshDir);
    fresh.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    fresh.expect(
        0,
        "-q",
        "import",
        "orders",
        file("ExportOrderList202611.csv"),
        file("ExportOrderDetailList202611.csv"));
    fresh.expect(0, "-q", "import", "orders", file("jd_orders_202611.csv"));
    fresh.expect(0, "-q", "import", "orders", file("jd_locked.csv"));
    fresh.expect(0, "-q", "import", "returns", file("tm_closed_ref.csv"));
    for (String q : DUMP) {
      assertEquals(fresh.sql(q), cli.sql(q), q);
    }
    assertEquals(
        fresh.novemberMetrics("2026-11-20 10:00"), cli.novemberMetrics("2026-11-20 10:00"));
  }

  @Test
  void aFileTheOldBuildImportedTwiceIsStillNamedUntilImportedAgainAfterTheUpgrade()
      throws Exception {
    // the clock of a real upgrade: after the old build's imports (made 2026-12-05 19:11 UTC)
    CliRunner cli = oldStore().wallClock(java.time.Instant.parse("2026-12-06T00:00:00Z"));
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      // the old build's cron imported data/jd_locked.csv again, unchanged, an hour later
      st.execute(
          "INSERT INTO imports (kind, file, sha256, preset, encoding, started_at, finished_at)"
              + " SELECT kind, file, sha256, preset, encoding, started_at + 3600,"
              + " finished_at + 3600 FROM imports WHERE file = 'data/jd_locked.csv'");
    }
    CliRunner.Result r = cli.run("check", "--format", "csv");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains("(e.g. 250002, R7)"), r.out());
    cli.expect(0, "-q", "import", "orders", file("jd_locked.csv"));
    assertTrue(cli.run("check", "--format", "csv").out().contains("(e.g. R7)"));
  }

  /**
   * An upgraded store's JD orders have no item ids (stored before schema 23): a JD 售后 row by 商品编号
   * and `returns add --sku <商品ID>` are refused saying so and naming the order file to import again,
   * `check` lists such orders with their files (exit 0 for them), and once that file is imported
   * again the same rows land under the line's SKU (review14 N3).
   */
  @Test
  void anOrderStoredBeforeItemIdsIsNamedWithItsFileUntilImportedAgain() throws Exception {
    // the clock of a real upgrade: after the old build's imports (made 2026-12-05 19:11 UTC)
    CliRunner cli = oldStore().wallClock(java.time.Instant.parse("2026-12-06T00:00:00Z"));
    String aftersale =
        TestFiles.write(
                dir,
                "jd_as.csv",
                "服务单号,订单号,商品编号,申请数量,申请时间,申请原因,服务单状态\n"
                    + "S9001,250001,100002,1,2026-11-13 23:59:59,七天无理由,审核中\n")
            .toString();
    CliRunner.Result r = cli.run("import", "returns", aftersale);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "order 250001 has no line with SKU 100002; its lines were stored on 2026-12-06 by"
                    + " an older shopops, before order lines kept the platform's item id (商品ID):"
                    + " import its order export again: shopops --db "
                    + cli.db()
                    + " import orders"
                    + " data/jd_orders_202611.csv"),
        r.err());
    CliRunner.Result zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .run("returns", "add", "250001", "--sku", "100002", "--reason", "no-reason");
    assertEquals(1, zh.exit(), zh.toString());
    assertTrue(
        zh.err()
            .contains(
                "订单 250001 没有 SKU 为 100002 的商品行；它的商品行是旧版 shopops 于 2026-12-06 存入的，"
                    + "当时商品行还不保存平台商品ID（商品ID）：请重新导入该订单的导出文件："
                    + "shopops --db "
                    + cli.db()
                    + " import orders data/jd_orders_202611.csv"),
        zh.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns WHERE return_id = 'S9001'"));
    String check = cli.env("LANG", "C").run("check", "--format", "csv").out();
    assertTrue(
        check.contains(
            "item ids,\"10 orders whose lines an older shopops stored before order lines kept the"
                + " platform's item id (e.g. 3029941234567890121,"),
        check);
    assertTrue(
        check.contains(
            "shopops --db "
                + cli.db()
                + " import orders data/jd_orders_202611.csv (the path as typed when imported"
                + " 2026-12-06 03:10: run it from that directory)"),
        check);

    cli.expect(0, "-q", "import", "orders", file("jd_orders_202611.csv"));
    cli.expect(0, "-q", "import", "returns", aftersale);
    assertEquals(
        "S9001|250001|CBL-1\n",
        cli.sql("SELECT return_id, order_id, sku FROM returns WHERE return_id = 'S9001'"));
    check = cli.run("check", "--format", "csv").out();
    assertTrue(!check.contains("jd_orders_202611.csv"), check); // its JD orders have item ids
    assertTrue(check.contains("item ids,\"6 orders"), check); // the Tmall pair's are still named
  }

  /** What a store holds of the orders, their lines, buyers' figures and returns (no import ids). */
  static final String[] DUMP = {
    "SELECT order_id, customer_id, created_at, paid_at, shipped_at, delivered_at, completed_at,"
        + " cancelled_at, status, platform_status, amount, shipping_fee, total, refunded, currency,"
        + " source, amount_derived, total_derived, paid_at_inferred FROM orders ORDER BY order_id",
    "SELECT order_id, line_no, sku, title, quantity, unit_price, amount FROM order_lines"
        + " ORDER BY order_id, line_no",
    "SELECT return_id, order_id, sku, quantity, requested_at, approved_at, rejected_at,"
        + " received_at, refunded_at, reason, refund_amount, outside_window, not_eligible,"
        + " withdrawn_at FROM returns ORDER BY return_id",
    "SELECT * FROM customer_figures ORDER BY 1, 2",
  };

  @Test
  void anImportsProblemsNameItsFileAsTheImportsListDoes() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    // typed relative (to the working directory): recorded and listed as the absolute path
    String typed = RES.resolve("data/jd_subset.csv").toString();
    cli.expect(0, "-q", "import", "orders", typed);
    String absolute = file("jd_subset.csv");
    String list = cli.expect(0, "imports", "--format", "csv").out();
    assertTrue(list.contains(",orders," + absolute + ","), list);
    String shown = cli.expect(0, "imports", "show", "1", "--format", "csv").out();
    assertTrue(shown.contains(absolute + ",3,anomaly:duplicate-row,250001,"), shown);
    assertTrue(!shown.contains("\n" + typed + ","), shown);
  }
}
