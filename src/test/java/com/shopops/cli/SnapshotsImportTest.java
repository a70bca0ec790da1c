package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicates and snapshots (issue 13 items 4–6): an exact duplicate row counts once, a later
 * snapshot of an order merges field by field without doubling its lines, an older export changes
 * nothing, and an order's rows scattered through a file give what they give together. The store's
 * content is asserted with SQL.
 */
class SnapshotsImportTest {
  static final String HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,status,sku,quantity,amount,order_total,"
          + "carrier\n";

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private String orders() throws SQLException {
    return CliRunner.sql(
        cli.db(),
        "SELECT order_id, status, amount, total, carrier, shipped_at IS NOT NULL FROM orders"
            + " ORDER BY order_id");
  }

  private String lines() throws SQLException {
    return CliRunner.sql(
        cli.db(),
        "SELECT order_id, line_no, sku, quantity, amount FROM order_lines ORDER BY order_id,"
            + " line_no");
  }

  private static String summary(String err) {
    return err.lines().filter(l -> l.contains(" rows, ")).findFirst().orElse(err);
  }

  @Test
  void aLaterSnapshotInTheSameFileMergesAndDoesNotDoubleTheLine() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "twice.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,99.00,99.00,\n"
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,2026-11-02 09:00,shipped,S1,1,99.00,"
                + "99.00,顺丰速运\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(summary(r.err()).contains("1 order (1 new"), r.err());
    assertEquals("A1|shipped|9900|9900|顺丰速运|1\n", orders());
    assertEquals("A1|1|S1|1|9900\n", lines());
  }

  /**
   * Olist's items file: one row per unit, the rows of two units alike but for order_item_id, a
   * column not read. Same stage of the order, so two units, not a snapshot seen twice; and lines
   * imported after their orders are stored (an order without lines takes an older file's lines).
   */
  @Test
  void twoUnitsOnRowsThatDifferOnlyInAnUnreadColumnAreBothCountedAfterTheirOrders()
      throws Exception {
    Path head =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status\n"
                + "Y1,C1,2026-11-01 10:00,2026-11-01 10:05,shipped\n");
    cli.expect(0, "import", "orders", head.toString());
    Path items =
        TestFiles.write(
            dir,
            "items.csv",
            "order_id,order_item_id,sku,amount,shipping_fee\n"
                + "Y1,1,P1,10.00,1.00\n"
                + "Y1,2,P1,10.00,1.00\n");
    cli.expect(
        0,
        "import",
        "orders",
        items.toString(),
        "--map",
        TestFiles.write(
                dir,
                "items-map.json",
                "{\"kind\":\"orders\",\"fields\":{\"order_id\":\"order_id\",\"sku\":\"sku\","
                    + "\"amount\":\"amount\",\"shipping_fee\":\"shipping_fee\"},"
                    + "\"money\":{\"shipping_fee\":\"per_line\"}}")
            .toString());
    assertEquals("Y1|shipped|2000|null|null|0\n", orders());
    assertEquals("Y1|1|P1|null|1000\nY1|2|P1|null|1000\n", lines());
    assertEquals("200\n", CliRunner.sql(cli.db(), "SELECT shipping_fee FROM orders"));
  }

  @Test
  void anExactDuplicateRowIsCountedOnceAndListedAsAnAnomaly() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "dup.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,,\n"
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S2,2,30.00,,\n"
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,,\n");
    cli.expect(0, "import", "orders", f.toString());
    assertEquals("A1|paid|5000|null|null|0\n", orders());
    assertEquals("A1|1|S1|1|2000\nA1|2|S2|2|3000\n", lines());
    assertEquals(
        "4|anomaly:duplicate-row|A1|an exact copy of line 2: counted once\n",
        CliRunner.sql(cli.db(), "SELECT line, kind, record_id, message FROM anomalies"));
  }

  @Test
  void theSameOrderInTwoFilesNeverDoublesItsLinesAndAnOlderFileChangesNothing() throws Exception {
    Path paid =
        TestFiles.write(
            dir,
            "monday.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,,\n"
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S2,1,30.00,,\n");
    Path shipped =
        TestFiles.write(
            dir,
            "tuesday.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,2026-11-02 09:00,shipped,S1,1,20.00,,"
                + "中通快递\n");
    cli.expect(0, "import", "orders", paid.toString());
    cli.expect(0, "import", "orders", shipped.toString());
    // the newer export says the order has one line now (S2 was taken off before shipping)
    assertEquals("A1|shipped|2000|null|中通快递|1\n", orders());
    assertEquals("A1|1|S1|1|2000\n", lines());
    // Monday's export again: older, it changes no field and no line
    var again = cli.expect(0, "import", "orders", paid.toString());
    assertTrue(summary(again.err()).contains("(0 new, 0 updated, 1 unchanged)"), again.err());
    assertEquals("A1|shipped|2000|null|中通快递|1\n", orders());
    assertEquals("A1|1|S1|1|2000\n", lines());
    // Tuesday's again: the same store
    cli.expect(0, "import", "orders", shipped.toString());
    assertEquals("A1|1|S1|1|2000\n", lines());
  }

  /** Orders of 1–4 rows each, JD-style: the order total repeated on every row. */
  static List<String> rowsOf(int orders) {
    List<String> rows = new ArrayList<>();
    for (int o = 1; o <= orders; o++) {
      int n = 1 + o % 4;
      long total = 0;
      for (int l = 1; l <= n; l++) {
        total += l * 100 + o;
      }
      for (int l = 1; l <= n; l++) {
        rows.add(
            "O"
                + o
                + ",C"
                + (o % 7)
                + ",2026-11-01 10:00,2026-11-01 10:05,,paid,S"
                + l
                + ",1,"
                + (l * 100 + o)
                + ","
                + total
                + ",\n");
      }
    }
    return rows;
  }

  @Test
  void scatteredRowsGiveTheSameStoreAsSortedAndAReimportChangesNothing() throws Exception {
    List<String> rows = rowsOf(300);
    Path sorted = TestFiles.write(dir, "sorted.csv", HEADER + String.join("", rows));
    List<String> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(13));
    Path mixed = TestFiles.write(dir, "shuffled.csv", HEADER + String.join("", shuffled));

    cli.expect(0, "import", "orders", sorted.toString());
    String ordersSorted = orders();
    String linesSorted =
        CliRunner.sql(cli.db(), "SELECT order_id, sku, amount FROM order_lines ORDER BY 1, 2");

    CliRunner other = new CliRunner(java.nio.file.Files.createDirectories(dir.resolve("b")));
    other.expect(0, "init", "--tz", "Asia/Shanghai");
    var r = other.expect(0, "import", "orders", mixed.toString());
    assertTrue(
        summary(r.err())
            .startsWith(
                mixed
                    + ": 750 rows, 300 orders (300 new, 0 updated, 0 unchanged), 750 line items;"
                    + " generic-orders, UTF-8"),
        r.err());
    CliRunner sortedCli = cli;
    cli = other;
    assertEquals(ordersSorted, orders());
    assertEquals(
        linesSorted,
        CliRunner.sql(cli.db(), "SELECT order_id, sku, amount FROM order_lines ORDER BY 1, 2"));
    // the total is the order's, not the first row's share, and amounts are not doubled
    assertEquals(
        "O5|paid|31000|31000|null|0\n",
        CliRunner.sql(
            cli.db(),
            "SELECT order_id, status, amount,"
                + " total, carrier, 0 FROM orders WHERE order_id = 'O5'"));
    var again = other.expect(0, "import", "orders", mixed.toString());
    assertTrue(summary(again.err()).contains("(0 new, 0 updated, 300 unchanged)"), again.err());
    assertEquals(ordersSorted, orders());
    // and the shuffled file into the store the sorted one made: nothing changes
    var cross = sortedCli.expect(0, "import", "orders", mixed.toString());
    assertTrue(summary(cross.err()).contains("(0 new, 0 updated, 300 unchanged)"), cross.err());
  }

  @Test
  void severalRowsOfOneCustomerMergeAndABlankNeverErases() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "customers.csv",
            "customer_id,name,phone,email,province,city,accepts_marketing\n"
                + "K1,王芳,13812341234,wf@example.com,浙江,杭州,yes\n"
                + "K1,,,,,,\n"
                + "K1,,,wf@new.example,,,\n");
    cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        "王芳|1|wf@new.example|浙江|杭州|1\n",
        CliRunner.sql(
            cli.db(),
            "SELECT name, phone IS NOT NULL, email, province, city, accepts_marketing"
                + " FROM customers"));
  }

  @Test
  void moreVisitorsThanPageViewsAndANegativeAmountAreImportedAndFlagged() throws Exception {
    Path traffic =
        TestFiles.write(dir, "traffic.csv", "date,pv,uv\n2026-11-01,100,40\n2026-11-02,80,120\n");
    cli.expect(0, "import", "traffic", traffic.toString());
    assertEquals("2\n", CliRunner.sql(cli.db(), "SELECT count(*) FROM traffic"));
    Path orders =
        TestFiles.write(
            dir,
            "neg.csv",
            HEADER + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,-5.00,,\n");
    cli.expect(0, "import", "orders", orders.toString());
    assertEquals("A1|paid|-500|null|null|0\n", orders());
    assertEquals(
        "3|anomaly:uv-above-pv|2026-11-02|more visitors than page views (uv 120, pv 80)\n"
            + "2|anomaly:negative-amount|A1|a line item's amount is negative (-5.00); imported as"
            + " it is (returns are imported with `import returns`)\n",
        CliRunner.sql(
            cli.db(), "SELECT line, kind, record_id, message FROM anomalies ORDER BY anomaly_id"));
  }
}
