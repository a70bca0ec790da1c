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
 * cut by hand) corrects the line but lowers no money: import and check both say the lines no
 * longer add up.
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

  /** shop2, qty2, then short.csv: #2002 1 × 80.00 beside a Subtotal of 160.00. */
  static String shortSteps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return SameSnapshotShopifyLinesTest.summary(cli, dir, "shop2.csv", "2026-11-15 09:00")
        + SameSnapshotShopifyLinesTest.summary(cli, dir, "qty2.csv", "2026-11-15 12:00")
        + SameSnapshotShopifyLinesTest.summary(cli, dir, "short.csv", "2026-11-15 12:30");
  }

  static final String SHORT =
      "shop2.csv: 2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "qty2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "short.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items,"
          + " 1 anomaly (shopops imports show 3); shopify-orders, UTF-8\n";

  @Test
  void linesNotAddingUpToTheirSubtotalLowerNoMoneyAndCheckListsTheOrder() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(SHORT, shortSteps(cli, dir));
    assertEquals("1|TEA-B|1|8000|8000\n", cli.sql(LINES_2002));
    assertEquals(
        "16000|16000\n", cli.sql("SELECT amount, total FROM orders WHERE order_id = '#2002'"));
    assertEquals(
        "3|anomaly:lines-not-goods\n",
        cli.sql("SELECT import_id, kind FROM anomalies ORDER BY anomaly_id"));
    assertTrue(
        cli.sql("SELECT message FROM anomalies WHERE kind = 'anomaly:lines-not-goods'")
            .contains("come to 80.00, its goods amount is 160.00"));
    String check = cli.expect(0, "check").out();
    assertTrue(
        check.contains(
            "lines and goods,\"1 order has line items that do not add up to its goods amount"
                + " (e.g. #2002)"),
        check);
    // the newer export again: its line replaces the stored one, lines and goods agree
    SameSnapshotShopifyLinesTest.summary(cli, dir, "qty2.csv", "2026-11-15 13:00");
    assertEquals("1|TEA-B|2|8000|16000\n", cli.sql(LINES_2002));
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
