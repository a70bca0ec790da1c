package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same-snapshot re-exports (same status and times, no export time) whose lines replace the stored
 * ones take the money the file states for them (tryout29b B1, B2, B5): Shopify shop2 then price70
 * (#2002 1 × 80.00 corrected to 1 × 70.00): goods and total 70.00, sales 170.00, no anomaly, check
 * ok, the same file again unchanged with no anomaly; generic g2 then g3_down the same. A line
 * removed in a Shopify re-export (add20: TEA-B 80.00 + TEA-C 20.00, then shop2: TEA-B only) goes,
 * with its money: a Shopify export has every line of each order it has. A generic file may be a
 * part of an order: the line stays, and the anomaly's advice (the order's lines alone) removes it.
 */
class SameSnapshotLoweredTest {
  @TempDir Path dir;

  static final String LINES =
      "SELECT order_id, line_no, sku, quantity, amount FROM order_lines ORDER BY 1, 2";
  static final String MONEY = "SELECT order_id, amount, total FROM orders ORDER BY 1";

  /** The summary line of importing resource {@code name} ({@code import/...}) at {@code now}. */
  static String summary(CliRunner cli, Path dir, String name, String now) {
    Path file = TestFiles.copy(dir, name);
    return cli.expect(0, "--now", now, "import", "orders", file.toString())
        .err()
        .lines()
        .filter(l -> l.contains(" rows, ") || l.contains(" row, "))
        .map(l -> l.replace(dir + "/", "").replaceAll(", [0-9.]+ s$", ""))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  static String shop(String name) {
    return "shopify/same-snapshot/" + name;
  }

  static String generic(String name) {
    return "generic/same-snapshot/" + name;
  }

  /** The day's sales as metrics prints them. */
  static String sales(CliRunner cli) {
    String out =
        cli.expect(0, "metrics", "--by", "day", "--from", "2026-11-10", "--to", "2026-11-10").out();
    return out.lines().filter(l -> l.startsWith("2026-11-10,")).findFirst().orElse(out);
  }

  /** B1 on Shopify: the three summaries. */
  static String priceDown(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return summary(cli, dir, shop("shop2.csv"), "2026-11-15 10:30")
        + summary(cli, dir, shop("price70.csv"), "2026-11-15 11:00")
        + summary(cli, dir, shop("price70.csv"), "2026-11-16 09:05");
  }

  static final String PRICE_DOWN =
      "shop2.csv: 2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "price70.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "price70.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n";

  /** B2 on Shopify, then the older export again (the last import's lines stand). */
  static String removed(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return summary(cli, dir, shop("add20.csv"), "2026-11-15 10:30")
        + summary(cli, dir, shop("shop2.csv"), "2026-11-15 11:00")
        + summary(cli, dir, shop("shop2.csv"), "2026-11-15 11:30");
  }

  static final String REMOVED =
      "add20.csv: 3 rows, 2 orders (2 new, 0 updated, 0 unchanged), 3 line items;"
          + " shopify-orders, UTF-8\n"
          + "shop2.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n"
          + "shop2.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
          + " shopify-orders, UTF-8\n";

  /** B1 and B2 on the generic layout, and the advice for the kept line. */
  static String genericSteps(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String out =
        summary(cli, dir, generic("g2.csv"), "2026-11-15 10:30")
            + summary(cli, dir, generic("g3_down.csv"), "2026-11-15 11:00")
            + summary(cli, dir, generic("g3_down.csv"), "2026-11-15 11:30")
            + summary(cli, dir, generic("g3_add.csv"), "2026-11-15 12:00")
            + summary(cli, dir, generic("g2.csv"), "2026-11-15 12:30");
    Path items =
        TestFiles.write(dir, "g2_lines.csv", "order_id,sku,quantity,amount\nG2,SKU-B,1,80.00\n");
    return out
        + cli.expect(0, "--now", "2026-11-15 13:00", "import", "orders", items.toString())
            .err()
            .lines()
            .filter(l -> l.contains(" row, "))
            .map(l -> l.replace(dir + "/", "").replaceAll(", [0-9.]+ s$", ""))
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  static final String GENERIC =
      "g2.csv: 2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items;"
          + " generic-orders, UTF-8\n"
          + "g3_down.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"
          + " generic-orders, UTF-8\n"
          + "g3_down.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"
          + " generic-orders, UTF-8\n"
          + "g3_add.csv: 3 rows, 2 orders (0 new, 1 updated, 1 unchanged), 3 line items;"
          + " generic-orders, UTF-8\n"
          + "g2.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 1 anomaly"
          + " (shopops imports show 5); generic-orders, UTF-8\n"
          + "g2_lines.csv: 1 row, 1 order (0 new, 1 updated, 0 unchanged), 1 line item;"
          + " generic-orders, UTF-8\n";

  @Test
  void aPriceCorrectedDownTakesTheFileMoneyWithItsLine() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(PRICE_DOWN, priceDown(cli, dir));
    assertEquals("#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|7000\n", cli.sql(LINES));
    assertEquals("#2001|10000|10000\n#2002|7000|7000\n", cli.sql(MONEY));
    assertEquals("", cli.sql("SELECT kind FROM anomalies"));
    assertTrue(sales(cli).startsWith("2026-11-10,,,2,2,170.00,158.00,"), sales(cli));
    assertTrue(cli.expect(0, "check").out().contains("lines and goods,ok"));
  }

  @Test
  void aLineRemovedInAShopifyReExportGoesWithItsMoney() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(REMOVED, removed(cli, dir));
    assertEquals("#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|8000\n", cli.sql(LINES));
    assertEquals("#2001|10000|10000\n#2002|8000|8000\n", cli.sql(MONEY));
    assertEquals("", cli.sql("SELECT kind FROM anomalies"));
    assertTrue(sales(cli).startsWith("2026-11-10,,,2,2,180.00,168.00,"), sales(cli));
    var r =
        cli.expect(
            1,
            "--now",
            "2026-11-16 09:00",
            "returns",
            "add",
            "#2002",
            "--sku",
            "TEA-C",
            "--quantity",
            "1",
            "--reason",
            "other");
    assertTrue(r.err().contains("order #2002 has no line with SKU TEA-C"), r.err());
    // the export with the line imported last: its lines and money stand (no export times)
    summary(cli, dir, shop("add20.csv"), "2026-11-16 10:00");
    assertEquals(
        "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|8000\n#2002|2|TEA-C|1|2000\n", cli.sql(LINES));
    assertEquals("#2001|10000|10000\n#2002|10000|10000\n", cli.sql(MONEY));
  }

  @Test
  void genericFollowsTheLoweredLineAndKeepsALineOnlyTheStoreHasUntilItsLinesAreImported()
      throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(GENERIC, genericSteps(cli, dir));
    assertEquals(
        "anomaly:same-snapshot|G2|the store has this order at the same status and times with"
            + " line items this file does not have (2 stored, 1 here; goods 100.00 stored, 80.00"
            + " here): the lines are merged and no money is lowered (a partial export, or one made"
            + " before the order was edited); if the order no longer has them, import its lines"
            + " alone with `"
            + com.shopops.app.imports.ImportAgain.shopops(cli.db().toString())
            + " import orders FILE` (columns order_id, sku, quantity, amount): a line-items file"
            + " replaces the order's lines\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    assertEquals("G1|1|SKU-A|2|10000\nG2|1|SKU-B|1|8000\n", cli.sql(LINES));
    assertEquals("G1|10000\nG2|8000\n", cli.sql("SELECT order_id, amount FROM orders ORDER BY 1"));
    assertTrue(sales(cli).startsWith("2026-11-10,,,2,2,180.00,"), sales(cli));
    assertTrue(cli.expect(0, "check").out().contains("lines and goods,ok"));
  }

  @Test
  void genericPriceDownAloneTakesTheFileAmount() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    summary(cli, dir, generic("g2.csv"), "2026-11-15 10:30");
    summary(cli, dir, generic("g3_down.csv"), "2026-11-15 11:00");
    assertEquals("G1|1|SKU-A|2|10000\nG2|1|SKU-B|1|7000\n", cli.sql(LINES));
    assertEquals("G1|10000\nG2|7000\n", cli.sql("SELECT order_id, amount FROM orders ORDER BY 1"));
    assertEquals("", cli.sql("SELECT kind FROM anomalies"));
    assertTrue(sales(cli).startsWith("2026-11-10,,,2,2,170.00,"), sales(cli));
  }

  @Test
  void theAdviceIsSaidInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    summary(cli, dir, generic("g3_add.csv"), "2026-11-15 12:00");
    Path file = TestFiles.copy(dir, generic("g2.csv"));
    cli.expect(0, "--lang", "zh", "--now", "2026-11-15 12:30", "import", "orders", file.toString());
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "2").out();
    // tryout30b B3: the advice names the command to paste, with the store
    String shopops = com.shopops.app.imports.ImportAgain.shopops(cli.db().toString());
    assertTrue(
        zh.contains(
            "若订单已没有这些商品行，请用 `"
                + shopops
                + " import orders FILE` 单独导入它的商品行（列 order_id、sku、quantity、amount）：商品行文件会替换订单的商品行"),
        zh);
    String en = cli.expect(0, "imports", "show", "2").out();
    assertTrue(
        en.contains(
            "if the order no longer has them, import its lines alone with `"
                + shopops
                + " import orders FILE` (columns order_id, sku, quantity, amount): a line-items"
                + " file replaces the order's lines"),
        en);
  }

  /**
   * tryout30a A1: a file of unknown export time against an order stored from an export of known
   * time takes no money from it (an untimed older download lowered 80.00 to 70.00, nothing said):
   * the goods stay and the kept money is an anomaly.
   */
  @Test
  void anUntimedFileAfterATimedExportKeepsTheMoneyAndSaysSo() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path timed = TestFiles.copy(dir, generic("g2.csv"));
    cli.expect(
        0,
        "--now",
        "2026-11-15 10:30",
        "import",
        "orders",
        "--exported-at",
        "2026-11-14 10:00",
        timed.toString());
    summary(cli, dir, generic("g3_down.csv"), "2026-11-15 11:00");
    assertEquals("G1|10000|null\nG2|8000|null\n", cli.sql(MONEY));
    // untimed31: the lines of the known export are kept too (they were replaced, with the
    // same-snapshot and lines-not-goods anomalies): the file's lines are an older export's
    assertEquals(
        "anomaly:older-lines\n", cli.sql("SELECT kind FROM anomalies WHERE record_id = 'G2'"));
    assertTrue(sales(cli).startsWith("2026-11-10,,,2,2,180.00,"), sales(cli));
  }

  /** tryout30b B2: money that would fall below what was refunded is kept, and said. */
  @Test
  void moneyNeverFallsBelowTheRefund() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String header =
        "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount,shipping_fee,refunded\n";
    String row = "G2,CG2,2026-11-10 11:00:00,2026-11-10 11:01:00,paid,SKU-B,商品B,1,%s,0.00,75.00\n";
    Path before = TestFiles.write(dir, "r80.csv", header + String.format(row, "80.00"));
    Path after =
        TestFiles.write(
            dir, "r70.csv", header + String.format(row, "70.00").replace(",75.00", ",0.00"));
    cli.expect(0, "-q", "--now", "2026-11-15 10:30", "import", "orders", before.toString());
    cli.expect(0, "-q", "--now", "2026-11-15 11:00", "import", "orders", after.toString());
    assertEquals("G2|8000|null\n", cli.sql(MONEY));
    assertEquals(
        "anomaly:older-refund\n", cli.sql("SELECT kind FROM anomalies WHERE record_id = 'G2'"));
  }

  /**
   * tryout30b B2's steps: shop2 (#2002 1 × 80.00), return RF of it refunded 80.00, then price70
   * (the same snapshot at 70.00); the last summary.
   */
  static String refundedThenLowered(CliRunner cli, Path dir) {
    refunded(cli, dir);
    return summary(cli, dir, shop("price70.csv"), "2026-11-15 11:00");
  }

  /** shop2, then return RF of #2002 TEA-B refunded 80.00 by hand. */
  static void refunded(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    summary(cli, dir, shop("shop2.csv"), "2026-11-15 10:30");
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-15 10:40",
        "returns",
        "add",
        "#2002",
        "--sku",
        "TEA-B",
        "--quantity",
        "1",
        "--reason",
        "other",
        "--id",
        "RF");
    for (String step : new String[] {"approved", "received"}) {
      cli.expect(0, "-q", "--now", "2026-11-15 10:41", "returns", "update", "RF", "--status", step);
    }
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-15 10:43",
        "returns",
        "update",
        "RF",
        "--status",
        "refunded",
        "--refund",
        "80.00");
  }

  static final String REFUNDED_THEN_LOWERED =
      "price70.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items, 2 anomalies"
          + " (shopops imports show 2); shopify-orders, UTF-8\n";

  static final String BELOW_REFUNDED =
      "anomaly:below-refunded|#2002|this file states the order at the same status and times with"
          + " a total of 70.00, below the 80.00 refunded on it (returns RF 80.00): the stored money"
          + " is kept (goods 80.00), the lines are the file's; if a refund was recorded too high,"
          + " correct that return\n";

  /**
   * tryout30b B2: a same-snapshot price correction below a refund paid on a return (80.00 refunded
   * on RF, then 70.00) took the total to 70.00 with nothing said, and check blamed an old store.
   * Now the stored money stays, the anomaly names the return and both figures (en, zh), and check's
   * refunds row is ok.
   */
  @Test
  void aPriceCorrectedBelowAReturnsRefundKeepsTheMoneyAndSaysSo() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(REFUNDED_THEN_LOWERED, refundedThenLowered(cli, dir));
    assertEquals("#2001|10000|10000\n#2002|8000|8000\n", cli.sql(MONEY));
    assertEquals("#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|7000\n", cli.sql(LINES));
    assertEquals(
        "anomaly:below-refunded|#2002\nanomaly:lines-not-goods|#2002\n",
        cli.sql("SELECT kind, record_id FROM anomalies ORDER BY anomaly_id"));
    assertEquals(
        BELOW_REFUNDED,
        cli.sql(
            "SELECT kind, record_id, message FROM anomalies WHERE kind = 'anomaly:below-refunded'"));
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "2").out();
    assertTrue(
        zh.contains(
            "本文件所列此订单的状态和时间与店铺中相同，合计 70.00，低于其已退款 80.00（退货 RF 80.00）：保留已存金额（商品金额"
                + " 80.00），商品行取本文件的；若有退款记录过高，请更正该退货"),
        zh);
    var check = cli.run("check", "--format", "csv");
    assertTrue(check.out().contains("refunds above total,ok\n"), check.out());
  }

  /**
   * tryout30b B2, decided: a NEWER export (a later outbound time) at 70.00 is the shop's later word
   * on the order: its money is taken, and check names the order with the cause and the commands to
   * see and correct the return's refund, pasted as they are (the store named).
   */
  @Test
  void aNewerExportBelowAReturnsRefundIsNamedByCheckWithItsCause() throws Exception {
    CliRunner cli = new CliRunner(dir);
    refunded(cli, dir);
    String price70 = java.nio.file.Files.readString(TestFiles.copy(dir, shop("price70.csv")));
    assertTrue(price70.contains("fulfilled,2026-11-10 16:00:00 +0800,,CNY,70.00"));
    Path newer =
        TestFiles.write(
            dir,
            "newer70.csv",
            price70.replace(
                "fulfilled,2026-11-10 16:00:00 +0800,,CNY,70.00",
                "fulfilled,2026-11-10 17:00:00 +0800,,CNY,70.00"));
    cli.expect(0, "-q", "--now", "2026-11-15 11:30", "import", "orders", newer.toString());
    assertEquals("#2001|10000|10000\n#2002|7000|7000\n", cli.sql(MONEY));
    var check = cli.run("check", "--format", "csv");
    assertEquals(1, check.exit(), check.err());
    assertTrue(
        check
            .out()
            .contains(
                "refunds above total,\"1 order was refunded more than its total (a return refunded"
                    + " more than a later export states for the order, or a store written before"
                    + " imports refused such refunds; nothing was changed): #2002 (refunded 80.00"
                    + " of 70.00); see what was refunded with `shopops --db "
                    + cli.db()
                    + " orders show '#2002'`, then correct a return's refund with `shopops --db "
                    + cli.db()
                    + " returns correct RETURN_ID --refund AMOUNT --reason TEXT`, or import a"
                    + " corrected export of it\"\n"),
        check.out());
    cli.expect(
        0, "-q", "returns", "correct", "RF", "--refund", "70.00", "--reason", "price corrected");
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("refunds above total,ok"));
  }

  /** tryout30b B1's steps: add20, then the same export with TEA-C's row cut out; the summaries. */
  static String rowCut(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return summary(cli, dir, shop("add20.csv"), "2026-11-15 10:30")
        + summary(cli, dir, shop("rowdel.csv"), "2026-11-15 11:00");
  }

  static final String ROW_CUT =
      "add20.csv: 3 rows, 2 orders (2 new, 0 updated, 0 unchanged), 3 line items;"
          + " shopify-orders, UTF-8\n"
          + "rowdel.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 2 anomalies"
          + " (shopops imports show 2); shopify-orders, UTF-8\n";

  /**
   * tryout30b B1: a Shopify export with a line row deleted by hand (its Subtotal and Total still
   * 100.00) is not the order's whole: the stored TEA-C stays, goods 100.00, and it is said.
   */
  @Test
  void aShopifyRowCutOutByHandDoesNotRemoveTheLine() throws Exception {
    CliRunner cli = new CliRunner(dir);
    assertEquals(ROW_CUT, rowCut(cli, dir));
    assertEquals(
        "#2001|1|TEA-A|2|10000\n#2002|1|TEA-B|1|8000\n#2002|2|TEA-C|1|2000\n", cli.sql(LINES));
    assertEquals("#2001|10000|10000\n#2002|10000|10000\n", cli.sql(MONEY));
    assertEquals(
        "anomaly:same-snapshot\nanomaly:subtotal-differs\n",
        cli.sql("SELECT kind FROM anomalies WHERE record_id = '#2002' ORDER BY kind"));
  }
}
