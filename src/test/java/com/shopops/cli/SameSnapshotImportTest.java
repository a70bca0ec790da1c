package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of the same snapshot of an order (same status, times and refund) with different content
 * give the same store in every order they are imported in (review12 L17, L6, L8; README
 * "Duplicates"): a partial export never shrinks an order, an export made before an edit or a refund
 * never reverts it.
 */
class SameSnapshotImportTest {
  @TempDir Path dir;

  private static final String WOO_HEADER =
      "order_id,order_number,order_date,paid_date,status,shipping_total,order_total,"
          + "order_subtotal,order_currency,customer_email,line_item_sku,line_item_name,"
          + "line_item_quantity,line_item_total\n";

  private static String woo(String total, String... skus) {
    StringBuilder sb = new StringBuilder(WOO_HEADER);
    for (String s : skus) {
      sb.append("5001,5001,2026-11-10 09:05:00,2026-11-10 09:06:00,wc-processing,4.90,")
          .append(total)
          .append(",30.00,EUR,zoe@example.de,")
          .append(s)
          .append(",Item ")
          .append(s)
          .append(",1,10.00\n");
    }
    return sb.toString();
  }

  private static final String SHOPIFY_HEADER =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,"
          + "Shipping,Total,Refunded Amount,Created at,Lineitem quantity,Lineitem name,"
          + "Lineitem price,Lineitem sku\n";

  /** #1001 before and after a partial refund; #1002 with one mug or (edited) with two. */
  private static String shopify(boolean refunded, boolean edited) {
    String paid = "2026-11-02 09:15:00 -0500";
    String created = "2026-11-02 09:14:00 -0500";
    return SHOPIFY_HEADER
        + "#1001,ann@example.com,"
        + (refunded ? "partially_refunded" : "paid")
        + ","
        + paid
        + ",fulfilled,2026-11-03 14:00:00 -0500,USD,50.00,5.00,55.00,"
        + (refunded ? "10.00" : "")
        + ","
        + created
        + ",1,Card,50.00,CARD\n"
        + "#1002,bob@example.com,paid,"
        + paid
        + ",unfulfilled,,USD,"
        + (edited ? "30.00,5.00,35.00" : "15.00,5.00,20.00")
        + ",,"
        + created
        + ",1,Engraved Mug,15.00,MUG-ENG\n"
        + (edited ? "#1002,bob@example.com,,,,,,,,,,,1,Engraved Mug,15.00,MUG-ENG\n" : "");
  }

  @Test
  void wooCommerceEditedOrderInEveryOrder() throws Exception {
    Path oldFile = TestFiles.write(dir, "w_old.csv", woo("35.53", "A", "B"));
    Path newFile = TestFiles.write(dir, "w_new.csv", woo("45.53", "A", "B", "C"));
    String want = sameInEveryOrder("woo", List.of(oldFile, newFile), "Europe/Berlin", "EUR", null);
    assertTrue(want.contains("5001|") && want.contains("|4553|"), want);
    assertEquals(3, want.split("\n5001\\|\\d\\|", -1).length - 1, want);
  }

  @Test
  void shopifyBeforeAndAfterARefundInEveryOrder() throws Exception {
    Path oldFile = TestFiles.write(dir, "old.csv", shopify(false, false));
    Path newFile = TestFiles.write(dir, "new.csv", shopify(true, false));
    String want =
        sameInEveryOrder("shop", List.of(oldFile, newFile), "America/New_York", "USD", null);
    assertTrue(want.contains("partially_refunded/fulfilled"), want);
  }

  /**
   * An edit at the same snapshot (#1002: one mug, then two): a Shopify export has every line of
   * each order it has, so the last import's lines stand with the money they add up to (tryout29b
   * B2), whichever came first; the refund of #1001 is the same in both orders.
   */
  @Test
  void shopifyEditFollowsTheLastImportWithItsMoney() throws Exception {
    Path oldFile = TestFiles.write(dir, "old.csv", shopify(false, false));
    Path newFile = TestFiles.write(dir, "new.csv", shopify(true, true));
    for (boolean newLast : new boolean[] {true, false}) {
      Path store = dir.resolve("edit" + newLast);
      Files.createDirectories(store);
      CliRunner cli = new CliRunner(store);
      cli.expect(0, "init", "--tz", "America/New_York", "--currency", "USD", "-q");
      for (Path p : newLast ? List.of(oldFile, newFile) : List.of(newFile, oldFile)) {
        cli.expect(0, "import", "orders", p.toString(), "-q");
      }
      assertEquals(
          newLast
              ? "#1001|5000|5500|1000\n#1002|3000|3500|null\n"
              : "#1001|5000|5500|1000\n#1002|1500|2000|null\n",
          cli.sql("SELECT order_id, amount, total, refunded FROM orders ORDER BY 1"));
      assertEquals(
          newLast ? "1|1500\n2|1500\n" : "1|1500\n",
          cli.sql("SELECT line_no, amount FROM order_lines WHERE order_id = '#1002'"));
    }
  }

  @Test
  void onlineRetailFullAndSlicesInEveryOrder() throws Exception {
    Path full = Path.of("src/test/resources/golden/fixtures/OnlineRetail_head999_evanvolgas.csv");
    List<String> rows = Files.readAllLines(full, StandardCharsets.UTF_8);
    StringBuilder sample = new StringBuilder(rows.get(0)).append('\n');
    StringBuilder head = new StringBuilder(rows.get(0)).append('\n');
    for (int i = 1; i < rows.size(); i++) {
      if (i % 7 == 3) {
        sample.append(rows.get(i)).append('\n'); // a row sample, as Kaggle's random one is
      }
      if (i <= 300) {
        head.append(rows.get(i)).append('\n');
      }
    }
    List<Path> files =
        List.of(
            full,
            TestFiles.write(dir, "sample.csv", sample.toString()),
            TestFiles.write(dir, "head300.csv", head.toString()));
    String want = sameInEveryOrder("gb", files, "Europe/London", "GBP", "online-retail");
    assertTrue(want.contains("536367|"), want);
  }

  @Test
  void tmallOrderListFullAndSubsetInEveryOrder() throws Exception {
    Path full = Path.of("src/test/resources/import/taobao/ExportOrderList202611201000.csv");
    Charset gbk = Charset.forName("GBK");
    List<String> rows = Files.readAllLines(full, gbk);
    StringBuilder subset = new StringBuilder(rows.get(0)).append("\r\n");
    for (int i = 1; i < rows.size(); i += 2) {
      subset.append(rows.get(i)).append("\r\n");
    }
    Path part =
        TestFiles.write(dir, "ExportOrderList202611201001.csv", subset.toString().getBytes(gbk));
    sameInEveryOrder("tm", List.of(full, part), "Asia/Shanghai", "CNY", null);
  }

  private static final String GENERIC =
      "order_id,customer_id,created_at,paid_at,shipped_at,status,sku,quantity,amount,order_total,"
          + "refunded\n";

  @Test
  void aNewerSnapshotStillReplacesTheLinesAndTheMoney() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path paid =
        TestFiles.write(
            dir,
            "paid.csv",
            GENERIC
                + "G1,c1,2026-11-01 10:00,2026-11-01 10:05,,paid,A,1,10.00,30.00,\n"
                + "G1,c1,2026-11-01 10:00,2026-11-01 10:05,,paid,B,1,20.00,30.00,\n");
    Path shipped =
        TestFiles.write(
            dir,
            "shipped.csv",
            GENERIC
                + "G1,c1,2026-11-01 10:00,2026-11-01 10:05,2026-11-02 09:00,shipped,A,1,10.00,"
                + "10.00,\n");
    cli.expect(0, "import", "orders", shipped.toString(), "-q");
    cli.expect(0, "import", "orders", paid.toString(), "-q"); // older: changes nothing
    assertEquals("shipped|1000|1000\n", cli.sql("SELECT status, amount, total FROM orders"));
    assertEquals("1\n", cli.sql("SELECT count(*) FROM order_lines"));
    CliRunner other = new CliRunner(Files.createDirectories(dir.resolve("b")));
    other.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    other.expect(0, "import", "orders", paid.toString(), "-q");
    other.expect(0, "import", "orders", shipped.toString(), "-q"); // newer: replaces, lowers
    assertEquals(dump(cli.db()), dump(other.db()));
  }

  @Test
  void theSameSnapshotNeverLowersMoneyAndSaysSo() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String row = "G2,c2,2026-11-01 10:00,2026-11-01 10:05,,paid,";
    Path more = TestFiles.write(dir, "more.csv", GENERIC + row + ",,50.00,80.00,\n");
    Path less = TestFiles.write(dir, "less.csv", GENERIC + row + ",,40.00,70.00,\n");
    cli.expect(0, "import", "orders", more.toString(), "-q");
    CliRunner.Result r = cli.expect(0, "import", "orders", less.toString());
    assertTrue(
        r.err().contains("0 updated, 1 unchanged") && r.err().contains("1 anomaly"), r.err());
    assertEquals("5000|8000\n", cli.sql("SELECT amount, total FROM orders"));
    assertEquals(
        "anomaly:same-snapshot|G2|the store has this order at the same status and times with"
            + " more money (goods 50.00 stored, 40.00 here): kept (a partial export, or one made"
            + " before the order was edited)\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
  }

  @Test
  void theSameStatusAndTimesNeverLowerOrEraseARefund() throws Exception {
    CliRunner cli = shopifyStore();
    String ten = shopify(true, false);
    cli.expect(0, "import", "orders", TestFiles.write(dir, "ten.csv", ten).toString(), "-q");
    String five = ten.replace(",10.00,", ",5.00,");
    CliRunner.Result r =
        cli.expect(0, "import", "orders", TestFiles.write(dir, "five.csv", five).toString());
    assertTrue(
        r.err().contains("0 updated, 2 unchanged") && r.err().contains("1 anomaly"), r.err());
    cli.expect(
        0,
        "import",
        "orders",
        TestFiles.write(dir, "none.csv", shopify(false, false)).toString(),
        "-q");
    assertEquals(
        "partially_refunded/fulfilled|1000\n",
        cli.sql("SELECT platform_status, refunded FROM orders WHERE order_id = '#1001'"));
    assertEquals(
        "anomaly:older-refund|#1001|the store has this order at the same status and times with a"
            + " larger refund (10.00 stored, 5.00 here): this file is taken as the older export and"
            + " changes nothing of it\n"
            + "anomaly:older-refund|#1001|the store has this order at the same status and times with"
            + " a larger refund (10.00 stored, 0.00 here): this file is taken as the older export"
            + " and changes nothing of it\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies ORDER BY import_id"));
  }

  @Test
  void anAppendedOlderSnapshotInOneFileDoesNotMoveThePlatformStatusBack() throws Exception {
    CliRunner cli = shopifyStore();
    String both = shopify(true, false) + shopify(false, false).substring(SHOPIFY_HEADER.length());
    cli.expect(0, "import", "orders", TestFiles.write(dir, "app.csv", both).toString(), "-q");
    assertEquals(
        "partially_refunded/fulfilled|1000\n",
        cli.sql("SELECT platform_status, refunded FROM orders WHERE order_id = '#1001'"));
  }

  @Test
  void twoIdenticalShopifyLineItemsAreTwoLinesAndARepeatedBlockIsACopy() throws Exception {
    CliRunner cli = shopifyStore();
    String edited = shopify(false, true).substring(SHOPIFY_HEADER.length());
    String twice = SHOPIFY_HEADER + edited + edited; // an export appended to itself
    CliRunner.Result r =
        cli.expect(0, "import", "orders", TestFiles.write(dir, "twice.csv", twice).toString());
    assertTrue(r.err().contains("3 anomalies"), r.err()); // the repeated block's rows, once each
    assertEquals(
        "#1002|3000|3500\n",
        cli.sql("SELECT order_id, amount, total FROM orders WHERE order_id = '#1002'"));
    assertEquals("2\n", cli.sql("SELECT count(*) FROM order_lines WHERE order_id = '#1002'"));
  }

  @Test
  void theAnomaliesAreSaidInChinese() {
    var zh = com.shopops.render.Messages.of(com.shopops.domain.lists.Language.ZH);
    assertEquals(
        "店铺中此订单的状态和时间与本文件相同，但有本文件没有的商品行（已存 3 行，本文件 2 行；商品金额已存 35.00，本文件"
            + " 25.00）：商品行已合并，金额不降低（部分导出，或订单修改前的导出）；若订单已没有这些商品行，请单独导入它的商品行"
            + "（列 order_id、sku、quantity、amount）：商品行文件会替换订单的商品行",
        ErrorText.stored(
            zh,
            "the store has this order at the same status and times with line items this file"
                + " does not have (3 stored, 2 here; goods 35.00 stored, 25.00 here): the lines are"
                + " merged and no money is lowered (a partial export, or one made before the order"
                + " was edited)"));
    assertEquals(
        "店铺中此订单的状态和时间与本文件相同，但金额更高（商品金额已存 50.00，本文件 40.00）：保留已存金额（部分导出，或订单修改前的导出）",
        ErrorText.stored(
            zh,
            "the store has this order at the same status and times with more money (goods 50.00"
                + " stored, 40.00 here): kept (a partial export, or one made before the order was"
                + " edited)"));
    assertEquals(
        "店铺中此订单的状态和时间与本文件相同，但退款更多（已存 10.00，本文件 0.00）：本文件视为较早的导出，不改动此订单",
        ErrorText.stored(
            zh,
            "the store has this order at the same status and times with a larger refund (10.00"
                + " stored, 0.00 here): this file is taken as the older export and changes nothing"
                + " of it"));
  }

  /** Imports the files in every order, asserts the stores are the same; returns one of them. */
  private String sameInEveryOrder(
      String name, List<Path> files, String zone, String currency, String map) throws Exception {
    String first = null;
    int n = 0;
    for (List<Path> order : permutations(files)) {
      Path store = dir.resolve(name + n++);
      Files.createDirectories(store);
      CliRunner cli = new CliRunner(store);
      cli.expect(0, "init", "--tz", zone, "--currency", currency, "-q");
      for (Path p : order) {
        List<String> args = new ArrayList<>(List.of("import", "orders", p.toString(), "-q"));
        if (map != null) {
          args.addAll(List.of("--map", map));
        }
        cli.expect(0, args.toArray(new String[0]));
      }
      String got = dump(cli.db());
      if (first == null) {
        first = got;
      } else {
        assertEquals(first, got, "imported in the order " + order);
      }
    }
    return first;
  }

  static String dump(Path db) throws Exception {
    return CliRunner.sql(
            db,
            "SELECT order_id, customer_id, created_at, paid_at, shipped_at, delivered_at,"
                + " completed_at, cancelled_at, carrier, tracking_no, status, platform_status,"
                + " amount, shipping_fee, total, currency, province, city, region, source,"
                + " paid_at_inferred, refunded, amount_derived, total_derived FROM orders"
                + " ORDER BY order_id")
        + CliRunner.sql(
            db,
            "SELECT order_id, line_no, sku, title, quantity, unit_price, amount FROM order_lines"
                + " ORDER BY order_id, line_no");
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T head = rest.remove(i);
      for (List<T> p : permutations(rest)) {
        List<T> one = new ArrayList<>();
        one.add(head);
        one.addAll(p);
        out.add(one);
      }
    }
    return out;
  }

  /** A new store in New York time and US dollars, as a Shopify shop's. */
  private CliRunner shopifyStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "America/New_York", "--currency", "USD", "-q");
    return cli;
  }
}
