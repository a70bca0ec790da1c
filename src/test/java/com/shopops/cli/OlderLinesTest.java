package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of line items older than the stored LINES (tryout28a A1, lines29): an items file does not
 * advance the order's export time (that is the order snapshot's), and the stored lines' own time
 * was never stored, so a file exported between the order's export and the stored lines' replaced
 * the newer lines ("4 updated", exit 0). The lines' export time is now stored with them (V056
 * order_lines.exported_at) and a file of lines is compared with it: olist order_items.csv and a
 * Tmall 订单报表 + 宝贝报表 pair re-imported after a newer 宝贝报表. And A6: the same 宝贝报表 again records no
 * lines-not-goods "which replace the stored ones"; an older one is said in one note. {@link
 * PgOlderLinesTest}: the same on PostgreSQL.
 */
class OlderLinesTest {
  @TempDir Path dir;

  static final String E481 = "e481f51cbdc54678b7cc49136f2d6af7";
  static final String O42 = "00042b26cf59d7ce69dfabb4e55b4fd9";

  /** The olist items file with 00042b26…'s price and e481…'s. */
  static String olistItems(String price42, String price481) {
    return ItemsFileReplacesLinesTest.ITEMS_HEAD
        + ItemsFileReplacesLinesTest.line42(ItemsFileReplacesLinesTest.P42, price42)
        + ItemsFileReplacesLinesTest.E481.replace(",29.99,", "," + price481 + ",");
  }

  /**
   * The A1 sequence: orders and items at 11-01 09:00, changed prices at 11-02 09:00, the first
   * items file again exported 11-01 18:00 (between), then a third exported 11-02 12:00. Returns
   * what the four items imports said (dir and seconds taken out).
   */
  static String olistSteps(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "America/Sao_Paulo", "--currency", "BRL", "-q");
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-01 10:00",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", ItemsFileReplacesLinesTest.ORDERS).toString(),
        "--exported-at",
        "2026-11-01 09:00");
    StringBuilder said = new StringBuilder();
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i1.csv", olistItems("199.9", "29.99"), "--exported-at", "2026-11-01 09:00"));
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i2.csv", olistItems("200.9", "31.99"), "--exported-at", "2026-11-02 09:00"));
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli,
            dir,
            "i1b.csv",
            olistItems("199.9", "29.99"),
            "--exported-at",
            "2026-11-01 18:00"));
    return said.toString();
  }

  static final String LINES =
      "SELECT o.order_id, o.amount, o.shipping_fee, l.line_no, l.amount, l.exported_at FROM orders o"
          + " JOIN order_lines l ON l.order_id = o.order_id ORDER BY o.order_id, l.line_no";

  @Test
  void anOlistItemsFileOlderThanTheStoredLinesIsKeptOut() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = olistSteps(cli, dir);
    assertTrue(
        said.contains("i2.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged), 2 line items;"),
        said);
    // before: "2 updated", the lines back to 199.90 and 29.99
    assertTrue(
        said.contains(
            "i1b.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"
                + " (shopops imports show 4);"),
        said);
    assertTrue(
        said.contains(
            "i1b.csv: the line items of 2 orders in this file (exported 2026-11-01 18:00) are"
                + " older than the store's (latest export 2026-11-02 09:00): the stored line items"
                + " are kept (anomalies: older-lines)\n"),
        said);
    // 2026-11-02 09:00 at São Paulo (UTC-3) = 1793620800
    assertEquals(
        O42 + "|20090|1814|1|20090|1793620800\n" + E481 + "|3199|872|1|3199|1793620800\n",
        cli.sql(LINES));
    assertEquals(
        "anomaly:older-lines|"
            + O42
            + "|the store's line items of this order are from an export made 2026-11-02 09:00;"
            + " this file was exported 2026-11-01 18:00: its line items here are left out and the"
            + " stored ones kept\n"
            + "anomaly:older-lines|"
            + E481
            + "|the store's line items of this order are from an export made 2026-11-02 09:00;"
            + " this file was exported 2026-11-01 18:00: its line items here are left out and the"
            + " stored ones kept\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies ORDER BY record_id"));
    // the order's own export time stays orders.csv's: an items file is no order snapshot
    assertEquals("1793534400\n", cli.sql("SELECT DISTINCT exported_at FROM orders"));
    // exported after the stored lines (though after the order's export too): replaces them
    String later =
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i3.csv", olistItems("201.9", "31.99"), "--exported-at", "2026-11-02 12:00");
    assertTrue(
        later.startsWith("i3.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"),
        later);
    // e481's lines, the same in i3, take its time too: confirmed by the later export (A1 of
    // tryout29a; before, they kept 11-02 09:00)
    assertEquals(
        O42 + "|20190|1814|1|20190|1793631600\n" + E481 + "|3199|872|1|3199|1793631600\n",
        cli.sql(LINES));
  }

  /**
   * A store of schema 55 (no lines' export time) upgraded: its lines take the order's export time,
   * the one known, and an items file older than that is kept out as before (V056).
   */
  @Test
  void theUpgradeGivesStoredLinesTheOrdersExportTime() throws Exception {
    CliRunner cli = new CliRunner(dir);
    olistSteps(cli, dir);
    OldStore.asOfVersion(cli, 55);
    String older =
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i0.csv", olistItems("198.9", "29.99"), "--exported-at", "2026-10-31 09:00");
    assertEquals(
        com.shopops.store.Store.latestSchemaVersion() + "\n",
        cli.sql("SELECT max(version) FROM schema_migrations"));
    assertTrue(
        older.contains("i0.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items,"),
        older);
    // orders.csv's time, 2026-11-01 09:00: what the store knew of the lines before V056
    assertEquals(
        O42 + "|20090|1814|1|20090|1793534400\n" + E481 + "|3199|872|1|3199|1793534400\n",
        cli.sql(LINES));
    assertTrue(
        older.contains("(latest export 2026-11-01 09:00): the stored line items are kept"), older);
  }

  /** A Tmall 宝贝报表 of order {@link TmallOrderDiscountTest#ID} with these rows. */
  private Path tmallItems(String name, String... lines) {
    StringBuilder sb = new StringBuilder(TmallOrderDiscountTest.ITEMS_HEADER);
    for (String l : lines) {
      sb.append(TmallOrderDiscountTest.ID).append(',').append(l);
    }
    return TestFiles.gbk(dir, name, sb.toString());
  }

  private Path tmallList() {
    return TestFiles.gbk(
        dir,
        "ExportOrderList202611121000.csv",
        TmallOrderDiscountTest.LIST_HEADER
            + TmallOrderDiscountTest.listRow(
                TmallOrderDiscountTest.ID,
                "manjian_fan",
                "298.00",
                "2026-11-11 00:01:00",
                "2026-11-11 00:01:20"));
  }

  static final String SERUM_249 = TmallOrderDiscountTest.SERUM.replace("239.00", "249.00");

  /** What an import said on stderr, the dir and seconds taken out. */
  private String said(CliRunner cli, String... args) {
    return cli.expect(0, args)
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll(", [0-9.]+ s\n", "\n");
  }

  /**
   * The Tmall sequence (tm.sh of tryout28a): the 11-12 pair, a later 宝贝报表 (11-14: the serum at
   * 249.00), the same again, an older one alone (11-11), the 11-12 pair again. Returns what the
   * imports said.
   */
  String tmallSteps(CliRunner cli, String... lang) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    StringBuilder out = new StringBuilder();
    String pair12 =
        tmallItems(
                "ExportOrderDetailList202611121000.csv",
                TmallOrderDiscountTest.MASK,
                TmallOrderDiscountTest.SERUM)
            .toString();
    String list = tmallList().toString();
    out.append(said(cli, "--now", "2026-11-20 10:00", "import", "orders", list, pair12));
    String later =
        tmallItems("ExportOrderDetailList202611141000.csv", TmallOrderDiscountTest.MASK, SERUM_249)
            .toString();
    out.append(said(cli, "--now", "2026-11-20 10:05", "import", "orders", later));
    out.append(said(cli, "--now", "2026-11-20 10:06", "import", "orders", later));
    String older =
        tmallItems("ExportOrderDetailList202611111000.csv", TmallOrderDiscountTest.SERUM)
            .toString();
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of("--now", "2026-11-20 10:07", "import", "orders", older));
    args.addAll(0, java.util.List.of(lang));
    out.append(said(cli, args.toArray(String[]::new)));
    out.append(said(cli, "--now", "2026-11-20 10:09", "import", "orders", list, pair12));
    return out.toString();
  }

  @Test
  void aTmallPairAgainKeepsTheNewerLinesAndTheSameItemsFileSaysNothing() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String out = tmallSteps(cli);
    String id = TmallOrderDiscountTest.ID;
    // the 11-14 宝贝报表 replaced the lines (the serum 249.00, said: the lines are not the goods)
    assertTrue(
        out.contains(
            "ExportOrderDetailList202611141000.csv: 2 rows, 1 order (0 new, 1 updated, 0"
                + " unchanged), 2 line items, 1 anomaly (shopops imports show 3)"),
        out);
    // A6: the same file again is unchanged and records no anomaly
    assertTrue(
        out.contains(
            "ExportOrderDetailList202611141000.csv: 2 rows, 1 order (0 new, 0 updated, 1"
                + " unchanged), 2 line items;"),
        out);
    // A6: the older 宝贝报表 alone: kept out, said in one note
    assertTrue(
        out.contains(
            "ExportOrderDetailList202611111000.csv: 1 row, 1 order (0 new, 0 updated, 1"
                + " unchanged), 1 line item, 1 anomaly (shopops imports show 5)"),
        out);
    assertTrue(
        out.contains(
            "ExportOrderDetailList202611111000.csv: the line items of 1 order in this file"
                + " (exported 2026-11-11 10:00) are older than the store's (latest export"
                + " 2026-11-14 10:00): the stored line items are kept (anomalies: older-lines)\n"),
        out);
    // A1: the 11-12 pair again: before, "1 updated" and the serum back to 239.00
    assertTrue(
        out.contains(
            "ExportOrderDetailList202611121000.csv: 2 rows, 1 order (0 new, 0 updated, 1"
                + " unchanged), 2 line items, 1 anomaly (shopops imports show 7)"),
        out);
    assertEquals(
        "1|MSK-HA-10|8900\n2|SER-NIA-30|24900\n",
        cli.sql("SELECT line_no, sku, amount FROM order_lines ORDER BY line_no"));
    // the money stays the order list's: 328.00 of goods, 30.00 off, 298.00 paid
    assertEquals("32800|3000|29800\n", cli.sql("SELECT amount, discount, total FROM orders"));
    assertEquals(
        "3|anomaly:lines-not-goods|"
            + id
            + "\n5|anomaly:older-lines|"
            + id
            + "|the store's line items of this order are from an export made 2026-11-14 10:00;"
            + " this file was exported 2026-11-11 10:00: its line items here are left out and the"
            + " stored ones kept\n7|anomaly:older-lines|"
            + id
            + "|the store's line items of this order are from an export made 2026-11-14 10:00;"
            + " this file was exported 2026-11-12 10:00: its line items here are left out and the"
            + " stored ones kept\n",
        cli.sql(
            "SELECT import_id, kind, record_id || CASE WHEN kind = 'anomaly:older-lines' THEN '|'"
                + " || message ELSE '' END FROM anomalies ORDER BY import_id"));
    assertFalse(out.contains("rc="), out);
  }

  @Test
  void theOlderLinesNoteInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String out = tmallSteps(cli, "--lang", "zh");
    assertTrue(
        out.contains(
            "ExportOrderDetailList202611111000.csv：此文件（导出于 2026-11-11 10:00）中有 1 单的商品行比店铺里的旧"
                + "（店铺商品行最新一次导出于 2026-11-14 10:00）：保留已存的商品行（异常：older-lines）\n"),
        out);
  }
}
