package com.shopops.cli;

import static com.shopops.cli.ImportPresetsTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user found importing real data: -q keeps only errors, customers are counted once
 * however many rows they have, an unchanged re-import from a second file updates nothing, and a
 * column read from a companion file is said to be.
 */
class ImportFindingsTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "America/Sao_Paulo");
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void quietKeepsTheRowErrorsButNotTheSummaryOfRejectsAndAnomalies() throws Exception {
    Path orders =
        file(
            "orders.csv",
            MessyDataImportTest.OLIST + "a5,c5,delivered,2017-10-03 09:00:00,yesterday,,,\n");
    Path map = file("olist.yaml", MessyDataImportTest.OLIST_MAP);
    var r =
        cli.expect(
            0,
            "-q",
            "import",
            "orders",
            orders.toString(),
            "--map",
            map.toString(),
            "--on-error",
            "skip");
    assertEquals(
        orders + ":6: paid_at (column \"order_approved_at\"): not a date (\"yesterday\")\n",
        r.err());
    assertEquals("", r.out());
    // the rejects and anomalies are in the store, for `imports` and `imports show`
    assertEquals("a1\na2\na3\na4\n", cli.sql("SELECT order_id FROM orders ORDER BY 1"));
    assertEquals(
        "1|1|2\n",
        cli.sql(
            "SELECT import_id, rejected, (SELECT count(*) FROM anomalies"
                + " WHERE kind LIKE 'anomaly:%') FROM imports"));
  }

  static final String CUSTOMERS_HEADER = "customer_id,name,phone,accepts_marketing\n";

  @Test
  void severalRowsOfOneCustomerAreOneCustomerInTheSummary() throws Exception {
    Path f =
        file(
            "customers.csv",
            CUSTOMERS_HEADER
                + "c1,Ana Souza,11987654321,yes\n"
                + "c2,Bruno Lima,,\n"
                + "c1,,,\n"
                + "c1,,,no\n");
    var r = cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        f + ": 4 rows, 2 customers (2 new, 0 updated, 0 unchanged); generic-customers, UTF-8\n",
        summary(r.err()));
    assertEquals(
        "c1|Ana Souza|0\nc2|Bruno Lima|null\n",
        cli.sql("SELECT customer_id, name, accepts_marketing FROM customers ORDER BY 1"));
    var again = cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        f + ": 4 rows, 2 customers (0 new, 0 updated, 2 unchanged); generic-customers, UTF-8\n",
        summary(again.err()));
  }

  @Test
  void aCustomerWhoseRowsAreFarApartIsCountedOnce() throws Exception {
    // the writer writes 200 customers at a time: c0's second row lands in a later batch
    StringBuilder sb = new StringBuilder(CUSTOMERS_HEADER);
    for (int i = 0; i < 300; i++) {
      sb.append("c").append(i).append(",Name ").append(i).append(",,\n");
    }
    sb.append("c0,,,yes\n");
    Path f = file("customers.csv", sb.toString());
    var r = cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        f
            + ": 301 rows, 300 customers (300 new, 0 updated, 0 unchanged); generic-customers,"
            + " UTF-8\n",
        summary(r.err()));
    assertEquals(
        "Name 0|1\n",
        cli.sql("SELECT name, accepts_marketing FROM customers" + " WHERE customer_id = 'c0'"));
    // a later file that changes one customer on two rows far apart: one customer updated
    StringBuilder later = new StringBuilder(CUSTOMERS_HEADER);
    later.append("c5,,11911112222,\n");
    for (int i = 0; i < 300; i++) {
      later.append("c").append(i).append(",Name ").append(i).append(",,\n");
    }
    later.append("c5,,,no\n");
    Path g = file("customers2.csv", later.toString());
    var again = cli.expect(0, "import", "customers", g.toString());
    assertEquals(
        g
            + ": 302 rows, 300 customers (0 new, 1 updated, 299 unchanged); generic-customers,"
            + " UTF-8\n",
        summary(again.err()));
    assertEquals(
        "Name 5|11911112222|0\n",
        cli.sql("SELECT name, phone, accepts_marketing FROM customers WHERE customer_id = 'c5'"));
  }

  static final String OLIST_ITEMS =
      """
      order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value
      a1,1,p1,s1,2017-10-06 11:07:15,29.90,8.72
      a1,2,p1,s1,2017-10-06 11:07:15,29.90,8.72
      a2,1,p2,s1,2017-10-07 10:00:00,118.70,22.76
      """;

  /**
   * An Olist items file states no order status: it closes no order, so it says nothing of orders
   * closed after payment; the orders file said it (before: "1 order is closed … not stored paid
   * before" again after the items, of an order the store held paid and closed).
   */
  @Test
  void anItemsFileRepeatsNoClosureNote() throws Exception {
    Path orders =
        file(
            "orders.csv",
            """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,\
            order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
            c1,k1,canceled,2017-10-02 10:56:33,2017-10-02 11:07:15,,,2017-10-18 00:00:00
            c2,k2,delivered,2017-10-03 10:00:00,2017-10-03 10:30:00,2017-10-04 19:55:00,\
            2017-10-10 21:25:13,2017-10-20 00:00:00
            """);
    Path items =
        file(
            "order_items.csv",
            """
            order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value
            c1,1,p1,s1,2017-10-06 11:07:15,29.90,8.72
            c2,1,p2,s1,2017-10-07 10:00:00,118.70,22.76
            """);
    var first = cli.expect(0, "import", "orders", orders.toString());
    assertTrue(
        first.err().contains(": 1 order is closed after payment with no close time"), first.err());
    var lines = cli.expect(0, "import", "orders", items.toString(), "--map", "olist-order-items");
    assertTrue(
        summary(lines.err()).contains(": 2 rows, 2 orders (0 new, 2 updated, 0 unchanged)"),
        lines.err());
    assertFalse(lines.err().contains("closed after payment"), lines.err());
    assertEquals(
        "c1|cancelled|3862\nc2|delivered|14146\n",
        cli.sql("SELECT order_id, status, amount + shipping_fee FROM orders ORDER BY 1"));
  }

  @Test
  void itemsThenOrdersThenItemsAgainUpdatesNothing() throws Exception {
    Path orders = file("orders.csv", MessyDataImportTest.OLIST);
    Path map = file("olist.yaml", MessyDataImportTest.OLIST_MAP);
    Path items = file("order_items.csv", OLIST_ITEMS);
    cli.expect(0, "import", "orders", orders.toString(), "--map", map.toString());
    var first = cli.expect(0, "import", "orders", items.toString(), "--map", "olist-order-items");
    assertTrue(
        summary(first.err()).contains(": 3 rows, 2 orders (0 new, 2 updated, 0 unchanged)"),
        first.err());
    String stored =
        "SELECT order_id, status, amount, shipping_fee, shipped_at, delivered_at FROM orders"
            + " ORDER BY 1";
    String before = cli.sql(stored);
    var ordersAgain = cli.expect(0, "import", "orders", orders.toString(), "--map", map.toString());
    assertTrue(
        summary(ordersAgain.err())
            .contains(orders + ": 4 rows, 4 orders (0 new, 0 updated, 4 unchanged), 2 anomalies"),
        ordersAgain.err());
    var itemsAgain =
        cli.expect(0, "import", "orders", items.toString(), "--map", "olist-order-items");
    assertTrue(
        summary(itemsAgain.err())
            .contains(
                items
                    + ": 3 rows, 2 orders (0 new, 0 updated, 2 unchanged), 3 line items;"
                    + " olist-order-items, UTF-8\n"),
        itemsAgain.err());
    assertEquals(before, cli.sql(stored));
    assertEquals(
        "a1|1|p1|2990\na1|2|p1|2990\na2|1|p2|11870\n",
        cli.sql("SELECT order_id, line_no, sku, amount FROM order_lines ORDER BY 1, 2")); // cents
    // the source is the layout that last changed the order: the items file gave a1 its amounts;
    // a mapping file by its absolute path (tryout27a A2: advice to import it again names it)
    assertEquals(
        "a1|olist-order-items\na4|map:" + map.toAbsolutePath().normalize() + "\n",
        cli.sql("SELECT order_id, source FROM orders WHERE order_id IN ('a1', 'a4') ORDER BY 1"));
  }

  /**
   * The 订单报表's 宝贝标题 and 宝贝总数量 are kept on the order (the pick lists show them until it has lines,
   * tryout20 Y10); its lines still come from the items file imported with it.
   */
  @Test
  void theTaobaoItemTitleIsKeptOnTheOrderAndItsLinesComeFromTheItemsFile() throws Exception {
    Path orders = TestFiles.copy(dir, "taobao/ExportOrderList202611201000.csv");
    Path items = TestFiles.copy(dir, "taobao/ExportOrderDetailList202611201000.csv");
    var r = cli.expect(0, "import", "orders", orders.toString(), items.toString());
    assertTrue(!r.err().contains("宝贝标题 is not read"), r.err());
    assertTrue(
        r.err().contains(orders + ": 23 columns were not read: "), r.err()); // 分阶段订单信息 is read (X6)
    assertTrue(!r.err().contains("宝贝标题") && !r.err().contains("宝贝总数量"), r.err());
    assertEquals(
        "桌面手机支架 铝合金，德式不锈钢刀具 三件套|2\n",
        cli.sql(
            "SELECT items_title, items_quantity FROM orders WHERE order_id = '3962574745609585772'"));
    assertEquals(
        "2\n", cli.sql("SELECT count(*) FROM order_lines WHERE order_id = '3962574745609585772'"));
  }

  @Test
  void olistStatusesMeanWhatOlistMeansAndUnavailableOrdersAreNotOverdue() throws Exception {
    Path f =
        file(
            "orders.csv",
            """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,\
            order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
            u1,c1,unavailable,2017-10-02 10:00:00,2017-10-02 11:00:00,,,2017-10-20 00:00:00
            p1,c2,processing,2017-10-02 10:00:00,2017-10-02 11:00:00,,,2017-10-20 00:00:00
            i1,c3,invoiced,2017-10-02 10:00:00,2017-10-02 11:00:00,,,2017-10-20 00:00:00
            n1,c4,created,2017-10-02 10:00:00,,,,2017-10-20 00:00:00
            d1,c5,delivered,2017-10-02 10:00:00,2017-10-02 11:00:00,2017-10-03 11:00:00,\
            2017-10-09 11:00:00,2017-10-20 00:00:00
            """);
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        summary(r.err())
            .contains(
                f + ": 5 rows, 5 orders (5 new, 0 updated, 0 unchanged); olist-orders, UTF-8\n"),
        r.err());
    assertEquals(
        """
        d1|delivered|null
        i1|paid|invoiced
        n1|pending|created
        p1|paid|processing
        u1|cancelled|unavailable
        """,
        cli.sql("SELECT order_id, status, platform_status FROM orders ORDER BY 1"));
    var overdue =
        cli.expect(0, "--now", "2017-10-10 00:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("\ni1,") && overdue.contains("\np1,"), overdue);
    assertTrue(!overdue.contains("\nu1,") && !overdue.contains("\nd1,"), overdue);
  }

  @Test
  void theOlistCustomersFileImports() throws Exception {
    Path f =
        file(
            "customers.csv",
            """
            customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state
            b2d1536598b7,918dc87cd72c,18682,lencois paulista,SP
            6e359a57a91f,2e6a42a9b5cb,4571,sao paulo,SP
            """);
    var r = cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        f
            + ": 2 rows, 2 customers (2 new, 0 updated, 0 unchanged); olist-customers, UTF-8\n"
            + f
            + ": 2 customer_id (one per order) name 2 customers (customer_unique_id): 0 orders of"
            + " the store attributed to their customer\n",
        summary(r.err()));
    assertEquals(
        "2e6a42a9b5cb|SP|sao paulo\n918dc87cd72c|SP|lencois paulista\n",
        cli.sql("SELECT customer_id, province, city FROM customers ORDER BY 1"));
  }

  /** Olist's customer_id is one per order: the orders go to the person, customer_unique_id. */
  @Test
  void olistOrdersAreAttributedToThePersonInEitherOrder() throws Exception {
    Path orders =
        file(
            "orders.csv",
            """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,\
            order_delivered_carrier_date,order_delivered_customer_date,\
            order_estimated_delivery_date
            o1,c1,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,,,2017-10-18 00:00:00
            o2,c2,delivered,2017-11-18 19:28:06,2017-11-18 19:45:59,,,2017-12-15 00:00:00
            o3,c3,delivered,2017-11-20 08:00:00,2017-11-20 08:10:00,,,2017-12-05 00:00:00
            """);
    Path customers =
        file(
            "customers.csv",
            """
            customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state
            c1,u1,3149,sao paulo,SP
            c2,u1,3149,sao paulo,SP
            c3,u2,20040,rio de janeiro,RJ
            """);
    // customers first: the store remembers each customer_id's person, the orders go to it at once
    var first = cli.expect(0, "import", "customers", customers.toString());
    assertTrue(first.err().contains("0 orders of the store attributed"), first.err());
    assertEquals("c1|u1\nc2|u1\nc3|u2\n", cli.sql("SELECT * FROM customer_aliases ORDER BY 1"));
    var o = cli.expect(0, "import", "orders", orders.toString());
    assertFalse(o.err().contains("the store does not know"), o.err());
    String attributed = "o1|u1\no2|u1\no3|u2\n";
    assertEquals(attributed, cli.sql("SELECT order_id, customer_id FROM orders ORDER BY 1"));
    // the same orders file again changes nothing and keeps the person
    var o2 = cli.expect(0, "import", "orders", orders.toString());
    assertTrue(o2.err().contains("(0 new, 0 updated, 3 unchanged)"), o2.err());
    assertEquals(attributed, cli.sql("SELECT order_id, customer_id FROM orders ORDER BY 1"));
    var again = cli.expect(0, "import", "customers", customers.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 2 unchanged)"), again.err());
    assertTrue(again.err().contains("0 orders of the store attributed"), again.err());
    // orders first: stored on the per-order id, moved by the customers file, kept by a re-import
    Path later =
        file(
            "orders2.csv",
            """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,\
            order_delivered_carrier_date,order_delivered_customer_date,\
            order_estimated_delivery_date
            o4,c4,delivered,2017-12-01 10:00:00,2017-12-01 10:05:00,,,2017-12-20 00:00:00
            """);
    var o4 = cli.expect(0, "import", "orders", later.toString());
    assertTrue(o4.err().contains("1 order names a customer_id the store does not know"), o4.err());
    assertEquals("c4", cli.sql("SELECT customer_id FROM orders WHERE order_id = 'o4'").strip());
    Path more =
        file("customers2.csv", Files.readString(customers) + "c4,u2,20040,rio de janeiro,RJ\n");
    var c4 = cli.expect(0, "import", "customers", more.toString());
    assertTrue(c4.err().contains("1 orders of the store attributed"), c4.err());
    var o4again = cli.expect(0, "import", "orders", later.toString());
    assertTrue(o4again.err().contains("(0 new, 0 updated, 1 unchanged)"), o4again.err());
    assertEquals(
        attributed + "o4|u2\n", cli.sql("SELECT order_id, customer_id FROM orders ORDER BY 1"));
    assertEquals(
        "u1|2\nu2|2\n", cli.sql("SELECT customer_id, orders FROM customer_figures ORDER BY 1"));
    assertEquals("u1\nu2\n", cli.sql("SELECT customer_id FROM customers ORDER BY 1"));
  }

  /**
   * A person on two rows far apart (Olist: a row per order) with different cities: the later row's
   * value is stored, and the same file again counts nothing as updated (review 6, F5).
   */
  @Test
  void anUnchangedCustomerListWithAPersonOnRowsFarApartIsUnchanged() throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,"
                + "customer_state\nc0,p0,1,rio de janeiro,RJ\n");
    for (int i = 1; i <= 250; i++) {
      csv.append("c").append(i).append(",p").append(i).append(",1,sao paulo,SP\n");
    }
    csv.append("c251,p0,1,duque de caxias,RJ\n");
    Path f = file("customers.csv", csv.toString());
    var r = cli.expect(0, "import", "customers", f.toString());
    assertTrue(r.err().contains("251 customers (251 new, 0 updated, 0 unchanged)"), r.err());
    var again = cli.expect(0, "import", "customers", f.toString());
    assertTrue(
        again.err().contains("251 customers (0 new, 0 updated, 251 unchanged)"), again.err());
    assertEquals(
        "duque de caxias", cli.sql("SELECT city FROM customers WHERE customer_id = 'p0'").strip());
  }

  @Test
  void anImportThatFindsTheStoreHeldNamesTheImportHoldingIt() throws Exception {
    Path f = file("o.csv", "order_id,customer_id,paid_at,amount\nO1,C1,2026-11-20 09:00,10\n");
    Path note = Path.of(cli.db() + "-writer");
    long started =
        java.time.ZonedDateTime.of(
                2026, 11, 20, 10, 2, 0, 0, java.time.ZoneId.of("America/Sao_Paulo"))
            .toEpochSecond();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE"); // the other import holds the store, and left its note
      Files.writeString(
          note,
          "import\tbig.csv\t"
              + started
              + "\tAmerica/Sao_Paulo\t"
              + ProcessHandle.current().pid()
              + "\n");
      var r = cli.run("--wait", "0", "--now", "2026-11-20 10:30", "import", "orders", f.toString());
      assertEquals(2, r.exit(), r.toString());
      assertEquals(
          "shopops: store "
              + cli.db()
              + " is busy: the import of big.csv (started 10:02 America/Sao_Paulo) is writing to it\n"
              + "  hint: run this again when the other command has finished, or wait longer with"
              + " --wait\n",
          r.err());
      st.execute("ROLLBACK");
    } finally {
      Files.deleteIfExists(note);
    }
    assertEquals("0|0\n", cli.sql("SELECT (SELECT count(*) FROM orders), count(*) FROM imports"));
  }
}
