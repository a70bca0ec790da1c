package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Shopify re-export of the same snapshot (same status and times, no export time) with one line
 * corrected (tryout28b B1): #2002 1 × 80.00 became 2 × 40.00 (qty.csv, same subtotal), then 2 ×
 * 80.00 (qty2.csv, subtotal 160.00). The line of item TEA-B is replaced, not kept beside the new
 * one (before: TEA-B 1 × 80.00 and 2 × 80.00, 3 units, a 3-unit return accepted); the same file
 * again is unchanged with no anomaly (B4); the older export imported last takes its line back and
 * the money it states for it (tryout29b B1: a Shopify export has every line of its orders), and the
 * newer export again takes its own. A file whose lines do not add up to its Subtotal (short.csv,
 * cut by hand) corrects the line but lowers no money: import and check both say the lines no longer
 * add up.
 */
class SameSnapshotCorrectedLineTest {
  @TempDir Path dir;

  static final String LINES_2002 =
      "SELECT line_no, sku, quantity, unit_price, amount FROM order_lines"
          + " WHERE order_id = '#2002' ORDER BY line_no";

  /** The reviewer's sequence: the summaries of the five imports. */
  static String steps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return SameSnapshotShopifyLinesTest.summary(cli, dir, "shop2.csv", "2026-11-15 09:00")
        + SameSnapshotShopifyLinesTest.summary(cli, dir, "qty.csv", "2026-11-15 11:00")
        + SameSnapshotShopifyLinesTest.summary(cli, dir, "qty.csv", "2026-11-15 11:30")
        + SameSnapshotShopifyLinesTest.summary(cli, dir, "qty2.csv", "2026-11-15 12:00")
        + SameSnapshotShopifyLinesTest.summary(cli, dir, "shop2.csv", "2026-11-15 12:30");
  }

  static final String SUMMARIES =
      "shop2.csv: 2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "qty.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "qty.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "qty2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "shop2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n";

  @Test
  void aCorrectedQuantityReplacesTheLineAndReturnsFollowIt() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    SameSnapshotShopifyLinesTest.summary(cli, dir, "shop2.csv", "2026-11-15 09:00");
    assertEquals(
        "qty.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n",
        SameSnapshotShopifyLinesTest.summary(cli, dir, "qty.csv", "2026-11-15 11:00"));
    assertEquals("1|TEA-B|2|4000|8000\n", cli.sql(LINES_2002));
    assertEquals(
        "8000|8000\n", cli.sql("SELECT amount, total FROM orders WHERE order_id = '#2002'"));
    assertEquals("", cli.sql("SELECT kind FROM anomalies"));
    var r =
        cli.expect(
            1,
            "--now",
            "2026-11-16 09:00",
            "returns",
            "add",
            "#2002",
            "--sku",
            "TEA-B",
            "--quantity",
            "3",
            "--reason",
            "other",
            "--id",
            "R3");
    assertTrue(
        r.err().contains("3 units returned, but only 2 bought on order #2002 SKU TEA-B"), r.err());
    assertTrue(cli.expect(0, "check").out().contains("lines and goods,ok"));
  }

  @Test
  void theSequenceFollowsTheLastImportWithItsMoney() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(SUMMARIES, steps(cli, dir));
    assertEquals("1|TEA-B|1|8000|8000\n", cli.sql(LINES_2002));
    assertEquals(
        "8000|8000\n", cli.sql("SELECT amount, total FROM orders WHERE order_id = '#2002'"));
    assertEquals("", cli.sql("SELECT import_id, kind FROM anomalies ORDER BY anomaly_id"));
    assertTrue(cli.expect(0, "check").out().contains("lines and goods,ok"));
    // the newer export again: its line and money stand
    SameSnapshotShopifyLinesTest.summary(cli, dir, "qty2.csv", "2026-11-15 13:00");
    assertEquals("1|TEA-B|2|8000|16000\n", cli.sql(LINES_2002));
    assertEquals(
        "16000|16000\n", cli.sql("SELECT amount, total FROM orders WHERE order_id = '#2002'"));
    assertTrue(cli.expect(0, "check").out().contains("lines and goods,ok"));
  }

  /** add20 (#2002 TEA-B 80.00 + TEA-C 20.00), then the order's lines alone: TEA-B only. */
  static String shortSteps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path items =
        TestFiles.write(dir, "lines.csv", "order_id,sku,quantity,amount\n#2002,TEA-B,1,80.00\n");
    return SameSnapshotShopifyLinesTest.summary(cli, dir, "add20.csv", "2026-11-15 09:00")
        + cli.expect(0, "--now", "2026-11-15 12:30", "import", "orders", items.toString())
            .err()
            .lines()
            .filter(l -> l.contains(" row, "))
            .map(l -> l.replace(dir + "/", "").replaceAll(", [0-9.]+ s$", ""))
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  static final String SHORT =
      "add20.csv: 3 rows, 2 orders (2 new, 0 updated, 0 unchanged), 3 line items;"
          + " shopify-orders, UTF-8\n"
          + "lines.csv: 1 row, 1 order (0 new, 1 updated, 0 unchanged), 1 line item, 1 anomaly"
          + " (shopops imports show 2); generic-orders, UTF-8\n";

  /**
   * A line-items file's lines replace the stored ones, the goods an orders export stated stay
   * (items27): import and check say the lines no longer add up; the Shopify export again repairs.
   */
  @Test
  void linesNotAddingUpToStatedGoodsAreSaidAndCheckListsTheOrder() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(SHORT, shortSteps(cli, dir));
    assertEquals("1|TEA-B|1|8000|8000\n", cli.sql(LINES_2002));
    assertEquals(
        "10000|10000\n", cli.sql("SELECT amount, total FROM orders WHERE order_id = '#2002'"));
    assertEquals(
        "2|anomaly:lines-not-goods\n",
        cli.sql("SELECT import_id, kind FROM anomalies ORDER BY anomaly_id"));
    String check = cli.expect(0, "check").out();
    assertTrue(
        check.contains(
            "lines and goods,\"1 order has line items that do not add up to its goods amount"
                + " (e.g. #2002)"),
        check);
    SameSnapshotShopifyLinesTest.summary(cli, dir, "add20.csv", "2026-11-15 13:00");
    assertEquals("1|TEA-B|1|8000|8000\n2|TEA-C|1|2000|2000\n", cli.sql(LINES_2002));
    assertTrue(cli.expect(0, "check").out().contains("lines and goods,ok"));
  }

  @Test
  void checkSaysItInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    shortSteps(cli, dir);
    String zh = cli.expect(0, "--lang", "zh", "check").out();
    assertTrue(zh.contains("1 单的商品行合计与商品金额不符（例如 #2002）"), zh);
  }
}
