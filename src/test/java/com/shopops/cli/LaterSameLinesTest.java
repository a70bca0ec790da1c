package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines confirmed by a LATER identical export take its time (tryout29a A1, closing note 29 Left 1):
 * an identical re-import was "unchanged" and rewrote nothing, so the stored lines kept the EARLIER
 * export's time, and an export made between the two with other lines then replaced them ("2
 * updated", exit 0). Now the identical later file moves the stored lines' export time forward
 * (still "unchanged", no anomaly) and the in-between file is kept out with the older-lines note.
 * Tmall 宝贝报表 11-12, the same lines exported 11-14, then one of 11-13 with the serum at 249.00;
 * olist order_items.csv at 11-01 09:00, the same at 11-04 09:00, other prices at 11-02 09:00.
 * {@link PgLaterSameLinesTest}: the same on PostgreSQL.
 */
class LaterSameLinesTest {
  @TempDir Path dir;

  static final String LINES =
      "SELECT o.order_id, o.exported_at, l.line_no, l.quantity, l.amount, l.exported_at FROM orders o"
          + " JOIN order_lines l ON l.order_id = o.order_id ORDER BY o.order_id, l.line_no";

  /** What an import said on stderr, the dir and seconds taken out. */
  static String said(CliRunner cli, Path dir, String... args) {
    return cli.expect(0, args)
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll(", [0-9.]+ s\n", "\n");
  }

  static Path tmallItems(Path dir, String name, String... lines) {
    StringBuilder sb = new StringBuilder(TmallOrderDiscountTest.ITEMS_HEADER);
    for (String l : lines) {
      sb.append(TmallOrderDiscountTest.ID).append(',').append(l);
    }
    return TestFiles.gbk(dir, name, sb.toString());
  }

  /** The Tmall A1 sequence; what the three imports said. */
  static String tmallSteps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String list =
        TestFiles.gbk(
                dir,
                "ExportOrderList202611121000.csv",
                TmallOrderDiscountTest.LIST_HEADER
                    + TmallOrderDiscountTest.listRow(
                        TmallOrderDiscountTest.ID,
                        "manjian_fan",
                        "298.00",
                        "2026-11-11 00:01:00",
                        "2026-11-11 00:01:20"))
            .toString();
    String m = TmallOrderDiscountTest.MASK;
    String s = TmallOrderDiscountTest.SERUM;
    StringBuilder out = new StringBuilder();
    out.append(
        said(
            cli,
            dir,
            "--now",
            "2026-11-20 10:00",
            "import",
            "orders",
            list,
            tmallItems(dir, "ExportOrderDetailList202611121000.csv", m, s).toString()));
    out.append(
        said(
            cli,
            dir,
            "--now",
            "2026-11-20 10:01",
            "import",
            "orders",
            tmallItems(dir, "ExportOrderDetailList202611141000.csv", m, s).toString()));
    out.append(
        said(
            cli,
            dir,
            "--now",
            "2026-11-20 10:02",
            "import",
            "orders",
            tmallItems(dir, "ExportOrderDetailList202611131000.csv", m, OlderLinesTest.SERUM_249)
                .toString()));
    return out.toString();
  }

  static final String TMALL_SAID_14 =
      "ExportOrderDetailList202611141000.csv: 2 rows, 1 order (0 new, 0 updated, 1 unchanged), 2"
          + " line items; taobao-items, GB18030\n";

  static final String TMALL_SAID_13 =
      "ExportOrderDetailList202611131000.csv: 2 rows, 1 order (0 new, 0 updated, 1 unchanged), 2"
          + " line items, 1 anomaly (shopops imports show 4)";

  static final String TMALL_NOTE_13 =
      "ExportOrderDetailList202611131000.csv: the line items of 1 order in this file (exported"
          + " 2026-11-13 10:00) are older than the store's (latest export 2026-11-14 10:00): the"
          + " stored line items are kept (anomalies: older-lines)\n";

  /**
   * The order's time stays the order list's (11-12 10:00 +08:00 = 1794448800); its lines take the
   * 11-14 export's (1794621600) and keep the 11-12 file's content (the serum at 239.00).
   */
  static final String TMALL_LINES =
      TmallOrderDiscountTest.ID
          + "|1794448800|1|1|8900|1794621600\n"
          + TmallOrderDiscountTest.ID
          + "|1794448800|2|1|23900|1794621600\n";

  @Test
  void tmallSameLinesExportedLaterKeepOutAnExportMadeBetween() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String out = tmallSteps(cli, dir);
    // before: "(0 new, 1 updated, 0 unchanged), 2 line items, 1 anomaly" (lines-not-goods) and
    // the serum at 249.00 from the 11-13 export
    assertContains(out, TMALL_SAID_14);
    assertContains(out, TMALL_SAID_13);
    assertContains(out, TMALL_NOTE_13);
    assertEquals(TMALL_LINES, cli.sql(LINES));
    assertEquals(
        "4|anomaly:older-lines|"
            + TmallOrderDiscountTest.ID
            + "|the store's line items of this order are from an export made 2026-11-14 10:00;"
            + " this file was exported 2026-11-13 10:00: its line items here are left out and the"
            + " stored ones kept\n",
        cli.sql(
            "SELECT import_id, kind, record_id, message FROM anomalies"
                + " WHERE kind <> 'anomaly:lines-not-goods' ORDER BY import_id"));
  }

  /** The olist A1 sequence; what the three items imports said. */
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
    String first = OlderLinesTest.olistItems("199.9", "29.99");
    return ItemsFileReplacesLinesTest.again(
            cli, dir, "i1.csv", first, "--exported-at", "2026-11-01 09:00")
        + ItemsFileReplacesLinesTest.again(
            cli, dir, "i1c.csv", first, "--exported-at", "2026-11-04 09:00")
        + ItemsFileReplacesLinesTest.again(
            cli,
            dir,
            "i2.csv",
            OlderLinesTest.olistItems("200.9", "31.99"),
            "--exported-at",
            "2026-11-02 09:00");
  }

  static final String OLIST_SAID_4 =
      "i1c.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
          + " olist-order-items, UTF-8\n";

  static final String OLIST_SAID_2 =
      "i2.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"
          + " (shopops imports show 4)";

  static final String OLIST_NOTE_2 =
      "i2.csv: the line items of 2 orders in this file (exported 2026-11-02 09:00) are older than"
          + " the store's (latest export 2026-11-04 09:00): the stored line items are kept"
          + " (anomalies: older-lines)\n";

  /**
   * orders.csv's time stays the orders' (11-01 09:00 at São Paulo = 1793534400); the lines, the
   * 11-01 prices, take 11-04 09:00 (1793793600).
   */
  static final String OLIST_LINES =
      OlderLinesTest.O42
          + "|1793534400|1|1|19990|1793793600\n"
          + OlderLinesTest.E481
          + "|1793534400|1|1|2999|1793793600\n";

  @Test
  void olistSameItemsExportedLaterKeepOutAnExportMadeBetween() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String out = olistSteps(cli, dir);
    // before: "i2.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged)", 200.90 and 31.99 stored
    assertContains(out, OLIST_SAID_4);
    assertContains(out, OLIST_SAID_2);
    assertContains(out, OLIST_NOTE_2);
    assertEquals(OLIST_LINES, cli.sql(LINES));
  }

  static void assertContains(String out, String part) {
    org.junit.jupiter.api.Assertions.assertTrue(out.contains(part), out);
  }
}
