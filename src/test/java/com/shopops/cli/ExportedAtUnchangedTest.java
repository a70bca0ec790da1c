package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import stamped with {@code --exported-at} whose rows and lines are what the store holds, only
 * exported later (tryout28b B3): those orders count unchanged, not updated, and the stored export
 * times, the order's and its lines', move forward silently. shop2 at 08:00, then qty (only #2002's
 * quantity changed) at 10:00 gives "1 updated, 1 unchanged"; the same file at 11:00 "0 updated, 2
 * unchanged"; and all stored times are the last file's.
 */
class ExportedAtUnchangedTest {
  @TempDir Path dir;

  static final String TIMES =
      "SELECT o.order_id, o.exported_at, l.line_no, l.exported_at FROM orders o"
          + " JOIN order_lines l ON l.order_id = o.order_id ORDER BY o.order_id, l.line_no";

  static String summary(CliRunner cli, Path dir, String name, String exportedAt) {
    Path file = TestFiles.copy(dir, "shopify/same-snapshot/" + name);
    return cli.expect(
            0,
            "--now",
            "2026-11-16 09:00",
            "import",
            "orders",
            "--exported-at",
            exportedAt,
            file.toString())
        .err()
        .lines()
        .filter(l -> l.contains(" rows, "))
        .map(l -> l.replace(dir + "/", "").replaceAll(", [0-9.]+ s$", ""))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** The reviewer's three imports: their summaries. */
  static String steps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    return summary(cli, dir, "shop2.csv", "2026-11-15 08:00")
        + summary(cli, dir, "qty.csv", "2026-11-15 10:00")
        + summary(cli, dir, "qty.csv", "2026-11-15 11:00");
  }

  static final String EXPECTED =
      "shop2.csv: 2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "qty.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "qty.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n";

  /** 2026-11-15 11:00 +08:00, the last file's export time, on the orders and their lines. */
  static final String TIMES_AFTER =
      "#2001|1794711600|1|1794711600\n#2002|1794711600|1|1794711600\n";

  @Test
  void aLaterExportOfTheSameContentIsUnchangedAndMovesTheStoredTimes() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(EXPECTED, steps(cli, dir));
    assertEquals(TIMES_AFTER, cli.sql(TIMES));
    assertEquals(
        "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|2|8000\n",
        cli.sql(
            "SELECT order_id, line_no, sku, quantity, amount FROM order_lines"
                + " ORDER BY order_id, line_no"));
    // a file exported before the moved times is recognised as older: shop2 at 10:30 keeps qty's
    // line of #2002
    summary(cli, dir, "shop2.csv", "2026-11-15 10:30");
    assertEquals(
        "#2002|1|2|8000\n",
        cli.sql(
            "SELECT order_id, line_no, quantity, amount FROM order_lines WHERE order_id = '#2002'"));
    assertEquals(TIMES_AFTER, cli.sql(TIMES));
  }
}
