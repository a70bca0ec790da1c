package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An items file whose export time is not known (no --exported-at, a name that states none) against
 * stored lines of a known export time (tryout29a A2, closing note 29 Left 2): it replaced them,
 * exit 0, nothing said ("one with an unknown or later time replaces the lines"). Now its lines are
 * kept out as an older export's are (a status never moves back either), each order an {@code
 * older-lines} anomaly, one note naming the orders, the stored lines' time and --exported-at; with
 * --exported-at of a later time the same file replaces them. {@link PgUntimedLinesTest}: the same
 * on PostgreSQL.
 */
class UntimedLinesTest {
  @TempDir Path dir;

  /** The olist A1 sequence ({@link OlderLinesTest#olistSteps}), then other prices, no time. */
  static String olistSteps(CliRunner cli, Path dir) throws Exception {
    String said = OlderLinesTest.olistSteps(cli, dir);
    return said
        + ItemsFileReplacesLinesTest.again(
            cli, dir, "i0.csv", OlderLinesTest.olistItems("198.9", "28.99"));
  }

  static final String REASON =
      "the store's line items of this order are from an export made 2026-11-02 09:00; this"
          + " file's export time is not known: its line items here are left out and the stored"
          + " ones kept (give --exported-at if this file is newer)";

  @Test
  void anOlistItemsFileOfUnknownTimeKeepsLinesOfAKnownOne() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = olistSteps(cli, dir);
    // before: "i0.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged), 2 line items;", the
    // lines 198.90 and 28.99 with no export time
    assertTrue(
        said.contains(
            "i0.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"
                + " (shopops imports show 5);"),
        said);
    assertTrue(
        said.contains(
            "i0.csv: the line items of 2 orders in this file differ from the store's, which come"
                + " from an export made 2026-11-02 09:00, and this file's export time is not"
                + " known: the stored line items are kept (anomalies: older-lines); if this file"
                + " is newer, import it again with --exported-at 'YYYY-MM-DD HH:MM' (its export"
                + " time)\n"),
        said);
    // 2026-11-02 09:00 at São Paulo (UTC-3) = 1793620800: the i2.csv lines, as before i0.csv
    assertEquals(
        OlderLinesTest.O42
            + "|20090|1814|1|20090|1793620800\n"
            + OlderLinesTest.E481
            + "|3199|872|1|3199|1793620800\n",
        cli.sql(OlderLinesTest.LINES));
    assertEquals(
        "anomaly:older-lines|"
            + OlderLinesTest.O42
            + "|"
            + REASON
            + "\nanomaly:older-lines|"
            + OlderLinesTest.E481
            + "|"
            + REASON
            + "\n",
        cli.sql(
            "SELECT kind, record_id, message FROM anomalies WHERE import_id = 5"
                + " ORDER BY record_id"));
    // the way the note gives: the same file with its (later) export time replaces the lines
    String timed =
        ItemsFileReplacesLinesTest.again(
            cli,
            dir,
            "i0.csv",
            OlderLinesTest.olistItems("198.9", "28.99"),
            "--exported-at",
            "2026-11-02 12:00");
    assertTrue(
        timed.startsWith("i0.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged), 2 line items;"),
        timed);
    assertEquals(
        OlderLinesTest.O42
            + "|19890|1814|1|19890|1793631600\n"
            + OlderLinesTest.E481
            + "|2899|872|1|2899|1793631600\n",
        cli.sql(OlderLinesTest.LINES));
  }

  /** A Tmall 宝贝报表 of order {@link TmallOrderDiscountTest#ID} with these rows. */
  private Path tmallItems(String name, String... lines) {
    StringBuilder sb = new StringBuilder(TmallOrderDiscountTest.ITEMS_HEADER);
    for (String l : lines) {
      sb.append(TmallOrderDiscountTest.ID).append(',').append(l);
    }
    return TestFiles.gbk(dir, name, sb.toString());
  }

  /**
   * The Tmall sequence of {@link OlderLinesTest#tmallSteps} (lines of 2026-11-14 10:00 stored),
   * then a renamed 宝贝报表 (its name states no time) with the mask alone. Returns what it said.
   */
  String tmallSteps(CliRunner cli, String... lang) {
    OlderLinesTest t = new OlderLinesTest();
    t.dir = dir;
    t.tmallSteps(cli);
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--now",
                "2026-11-20 10:10",
                "import",
                "orders",
                tmallItems("宝贝报表-改.csv", TmallOrderDiscountTest.MASK).toString()));
    args.addAll(0, java.util.List.of(lang));
    return cli.expect(0, args.toArray(String[]::new))
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll(", [0-9.]+ s\n", "\n");
  }

  @Test
  void aRenamedTmallItemsFileKeepsTheStoredLines() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String out = tmallSteps(cli);
    // before: "1 updated", the lines the mask alone, exported_at NULL
    assertTrue(
        out.startsWith(
            "宝贝报表-改.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged), 1 line item, 1 anomaly"
                + " (shopops imports show 8)"),
        out);
    assertTrue(
        out.contains(
            "宝贝报表-改.csv: the line items of 1 order in this file differ from the store's, which"
                + " come from an export made 2026-11-14 10:00, and this file's export time is not"
                + " known: the stored line items are kept (anomalies: older-lines); if this file is"
                + " newer, import it again with --exported-at 'YYYY-MM-DD HH:MM' (its export"
                + " time)\n"),
        out);
    // 2026-11-14 10:00 at Shanghai = 1794621600
    assertEquals(
        "1|MSK-HA-10|8900|1794621600\n2|SER-NIA-30|24900|1794621600\n",
        cli.sql("SELECT line_no, sku, amount, exported_at FROM order_lines ORDER BY line_no"));
    assertEquals(
        "anomaly:older-lines|"
            + TmallOrderDiscountTest.ID
            + "|the store's line items of this order are from an export made 2026-11-14 10:00;"
            + " this file's export time is not known: its line items here are left out and the"
            + " stored ones kept (give --exported-at if this file is newer)\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies WHERE import_id = 8"));
    assertEquals("32800|3000|29800\n", cli.sql("SELECT amount, discount, total FROM orders"));
  }

  @Test
  void theNoteAndTheAnomalyInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String out = tmallSteps(cli, "--lang", "zh");
    assertTrue(
        out.contains(
            "宝贝报表-改.csv：此文件的导出时间未知，其中 1 单的商品行与店铺里的不同（店铺商品行来自 2026-11-14 10:00 的导出）：保留已存的商品行"
                + "（异常：older-lines）；若此文件较新，请加 --exported-at 'YYYY-MM-DD HH:MM'（其导出时间）重新导入\n"),
        out);
    String shown = cli.expect(0, "--lang", "zh", "imports", "show", "8").out();
    assertTrue(
        shown.contains(
            "店铺中此订单的商品行来自 2026-11-14 10:00 的导出；本文件的导出时间未知：本文件中它的商品行不导入，保留已存的商品行"
                + "（若本文件较新，请加 --exported-at 重新导入）"),
        shown);
  }

  /**
   * The reviewer's Tmall file: 宝贝报表-旧.csv, a byte copy of the 11-12 宝贝报表 the store recorded under
   * its timed name, takes that time (before: "1 updated", the 11-12 lines with no export time).
   */
  @Test
  void aRenamedCopyOfARecordedFileTakesItsNamedTime() throws Exception {
    CliRunner cli = new CliRunner(dir);
    OlderLinesTest t = new OlderLinesTest();
    t.dir = dir;
    t.tmallSteps(cli);
    Path copy = dir.resolve("宝贝报表-旧.csv");
    java.nio.file.Files.copy(dir.resolve("ExportOrderDetailList202611121000.csv"), copy);
    String out =
        cli.expect(0, "--now", "2026-11-20 10:10", "import", "orders", copy.toString())
            .err()
            .replace(dir.toString() + "/", "")
            .replaceAll(", [0-9.]+ s\n", "\n");
    assertTrue(
        out.startsWith(
            "宝贝报表-旧.csv: 2 rows, 1 order (0 new, 0 updated, 1 unchanged), 2 line items, 1 anomaly"
                + " (shopops imports show 8)"),
        out);
    assertTrue(
        out.contains(
            "宝贝报表-旧.csv: exported 2026-11-12 10:00 (the time of import 7, the same file under a"
                + " name that states it)\n"),
        out);
    assertTrue(
        out.contains(
            "宝贝报表-旧.csv: the line items of 1 order in this file (exported 2026-11-12 10:00) are"
                + " older than the store's (latest export 2026-11-14 10:00): the stored line items"
                + " are kept (anomalies: older-lines)\n"),
        out);
    assertEquals(
        "1|MSK-HA-10|8900|1794621600\n2|SER-NIA-30|24900|1794621600\n",
        cli.sql("SELECT line_no, sku, amount, exported_at FROM order_lines ORDER BY line_no"));
  }

  /**
   * The reviewer's olist file: the first items file's very bytes again without --exported-at (the
   * store records no time given by the option): kept, with the note that asks for one.
   */
  @Test
  void theOlistItemsFileAgainWithoutItsTimeKeepsTheLines() throws Exception {
    CliRunner cli = new CliRunner(dir);
    OlderLinesTest.olistSteps(cli, dir);
    String said =
        ItemsFileReplacesLinesTest.again(
            cli, dir, "order_items.csv", OlderLinesTest.olistItems("199.9", "29.99"));
    // before: "(0 new, 2 updated, 0 unchanged)", e481 back to 29.99
    assertTrue(
        said.startsWith(
            "order_items.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items,"
                + " 2 anomalies (shopops imports show 5);"),
        said);
    assertTrue(said.contains("and this file's export time is not known"), said);
    assertEquals(
        OlderLinesTest.O42
            + "|20090|1814|1|20090|1793620800\n"
            + OlderLinesTest.E481
            + "|3199|872|1|3199|1793620800\n",
        cli.sql(OlderLinesTest.LINES));
  }
}
