package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Shopify export of the same snapshot (same status and times) whose lines differ from the stored
 * ones (tryout27b B1, B2): a line renamed at the same sku takes the file's title, a 0.00 gift line
 * added as a continuation row is stored, and in both cases the order counts as updated, with no
 * anomaly; the same file again is unchanged. The store is the reviewer's: shop1, a refund by hand,
 * shop2 (the Refunded Amount grown).
 */
class SameSnapshotShopifyLinesTest {
  @TempDir Path dir;

  static final String LINES =
      "SELECT order_id, line_no, sku, title, quantity, amount FROM order_lines"
          + " ORDER BY order_id, line_no";

  /** The summary line of importing resource {@code name} at {@code now}. */
  static String summary(CliRunner cli, Path dir, String name, String now) {
    Path file = TestFiles.copy(dir, "shopify/same-snapshot/" + name);
    return cli.expect(0, "--now", now, "import", "orders", file.toString())
        .err()
        .lines()
        .filter(l -> l.contains(" rows, "))
        .map(l -> l.replace(dir + "/", "").replaceAll(", [0-9.]+ s$", ""))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** The reviewer's store: shop1, hand refund H1 of 5.00, shop2. */
  static void base(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    summary(cli, dir, "shop1.csv", "2026-11-12 09:00");
    cli.expect(
        0,
        "--now",
        "2026-11-13 09:00",
        "-q",
        "returns",
        "add",
        "#2001",
        "--sku",
        "TEA-A",
        "--reason",
        "other",
        "--refund-only",
        "--refund",
        "5.00",
        "--id",
        "H1");
    cli.expect(
        0, "--now", "2026-11-13 09:10", "-q", "returns", "update", "H1", "--status", "approved");
    cli.expect(
        0, "--now", "2026-11-13 09:20", "-q", "returns", "update", "H1", "--status", "refunded");
    summary(cli, dir, "shop2.csv", "2026-11-15 09:00");
  }

  /** The renamed line, then the added gift line, each imported twice: the four summaries. */
  static String steps(CliRunner cli, Path dir) {
    base(cli, dir);
    return summary(cli, dir, "title.csv", "2026-11-15 11:00")
        + summary(cli, dir, "title.csv", "2026-11-15 11:30")
        + summary(cli, dir, "addline.csv", "2026-11-15 12:00")
        + summary(cli, dir, "addline.csv", "2026-11-15 12:30");
  }

  @Test
  void aRenamedLineTakesTheFileTitleAndCountsUpdated() throws Exception {
    CliRunner cli = new CliRunner(dir);
    base(cli, dir);
    assertEquals(
        "title.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n",
        summary(cli, dir, "title.csv", "2026-11-15 11:00"));
    assertEquals("#2001|1|TEA-A|茶叶 A 新包装|2|10000\n#2002|1|TEA-B|茶叶 B|1|8000\n", cli.sql(LINES));
    assertEquals(
        "title.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n",
        summary(cli, dir, "title.csv", "2026-11-15 11:30"));
    assertEquals("", cli.sql("SELECT kind FROM anomalies WHERE record_id = '#2001'"));
  }

  @Test
  void anAddedGiftLineIsStoredAndCountsUpdated() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(
        "title.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n"
            + "title.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
            + " shopify-orders, UTF-8\n"
            + "addline.csv: 3 rows, 2 orders (0 new, 1 updated, 1 unchanged), 3 line items;"
            + " shopify-orders, UTF-8\n"
            + "addline.csv: 3 rows, 2 orders (0 new, 0 updated, 2 unchanged), 3 line items;"
            + " shopify-orders, UTF-8\n",
        steps(cli, dir));
    assertEquals(
        "#2001|1|TEA-A|茶叶 A|2|10000\n#2001|2|GIFT-1|赠品 杯子|1|0\n#2002|1|TEA-B|茶叶 B|1|8000\n",
        cli.sql(LINES));
    assertEquals(
        "#2001|10000\n#2002|8000\n", cli.sql("SELECT order_id, amount FROM orders ORDER BY 1"));
    assertEquals("", cli.sql("SELECT kind FROM anomalies WHERE record_id = '#2001'"));
  }
}
