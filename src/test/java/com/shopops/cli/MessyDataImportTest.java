package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messy real data (issue 13): implausible rows are imported and listed as anomalies, logs are
 * streams, every page-view line counts once, a dry run with --on-error skip is the real run minus
 * the writes. The store's content is asserted with SQL.
 */
class MessyDataImportTest {
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

  /** Shaped like the Olist orders export: approved, carrier, customer, estimated times. */
  static final String OLIST =
      """
      order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,\
      order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
      a1,c1,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,2017-10-04 19:55:00,\
      2017-10-10 21:25:13,2017-10-18 00:00:00
      a2,c2,delivered,2017-10-03 09:00:00,2017-10-03 10:00:00,2017-10-05 10:00:00,\
      2017-10-04 18:00:00,2017-10-20 00:00:00
      a3,c3,delivered,2017-10-03 09:00:00,2017-10-06 10:00:00,2017-10-04 10:00:00,\
      2017-10-09 10:00:00,2017-10-20 00:00:00
      a4,c4,shipped,2017-10-03 09:00:00,2017-10-03 09:30:00,2017-10-04 09:30:00,,\
      2017-10-20 00:00:00
      """;

  static final String OLIST_MAP =
      """
      kind: orders
      fields:
        order_id: [order_id]
        customer_id: [customer_id]
        status: [order_status]
        created_at: [order_purchase_timestamp]
        paid_at: [order_approved_at]
        shipped_at: [order_delivered_carrier_date]
        delivered_at: [order_delivered_customer_date]
      """;

  @Test
  void implausibleOrdersAreImportedAsTheyAreListedAsAnomaliesAndLeftOutOfTheHours()
      throws Exception {
    Path orders = file("orders.csv", OLIST);
    Path map = file("olist.yaml", OLIST_MAP);
    var r = cli.expect(0, "import", "orders", orders.toString(), "--map", map.toString());
    assertTrue(
        r.err()
            .contains(
                "orders.csv: 4 rows, 4 orders (4 new, 0 updated, 0 unchanged),"
                    + " 2 anomalies (shopops imports show 1);"),
        r.err());
    // every order is in the store, the implausible ones with their times as the export gave them
    assertEquals(
        """
        a1|delivered|1507157700|1507681513
        a2|delivered|1507208400|1507150800
        a3|delivered|1507122000|1507554000
        a4|shipped|1507120200|null
        """,
        cli.sql("SELECT order_id, status, shipped_at, delivered_at FROM orders ORDER BY 1"));
    assertEquals(
        """
        1|3|anomaly:delivered-before-shipped|a2
        1|4|anomaly:shipped-before-paid|a3
        """,
        cli.sql("SELECT import_id, line, kind, record_id FROM anomalies ORDER BY line"));
    var show = cli.expect(0, "imports", "show", "1");
    assertEquals(
        """
        file,line,kind,record_id,problem
        %1$s,3,anomaly:delivered-before-shipped,a2,"delivered_at is before shipped_at\
         (delivered 2017-10-04 18:00:00, shipped 2017-10-05 10:00:00)"
        %1$s,4,anomaly:shipped-before-paid,a3,"shipped_at is before paid_at\
         (shipped 2017-10-04 10:00:00, paid 2017-10-06 10:00:00; cash on delivery?)"
        """
            .formatted(orders),
        show.out());
    // the hours leave out a2's negative delivery time and a3's negative ship time, and say so
    var sla =
        cli.expect(
            0,
            "--now",
            "2017-11-01 00:00",
            "sla",
            "report",
            "--from",
            "2017-10-01",
            "--to",
            "2017-10-31",
            "--by",
            "week");
    assertTrue(sla.err().contains("note: 2 orders were left out of the hours"), sla.err());
    String total = sla.out().lines().filter(l -> l.startsWith("total,")).findFirst().orElseThrow();
    // ship hours of a1 (56.8), a2 (48.0), a4 (24.0): median 48.0, p90 55.0 (a3's -48 h left out);
    // delivery hours of a1 (145.5) and a3 (120.0): median 132.8, p90 143.0 (a2's -16 h left out)
    assertTrue(total.contains(",48.0,55.0,"), total);
    assertTrue(total.endsWith(",132.8,143.0"), total);
  }

  @Test
  void aDryRunWithOnErrorSkipIsTheRealRunMinusTheWrites() throws Exception {
    Path f =
        file(
            "o.csv",
            """
        order_id,customer_id,paid_at,amount
        D1,C1,2026-11-01 10:00:00,10.00
        D2,C1,2026-11-01 10:00:00,abc
        D3,C1,2026-11-01 10:00:00,5.00
        """);
    var dry = cli.expect(0, "import", "orders", f.toString(), "--on-error", "skip", "--dry-run");
    assertTrue(
        dry.err()
            .contains(
                "o.csv: dry run, nothing written: 3 rows, 2 orders (2 new,"
                    + " 0 updated, 0 unchanged), 1 rejected;"),
        dry.err());
    assertFalse(dry.err().contains("nothing from this file was written"), dry.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM imports"));
    var real = cli.expect(0, "import", "orders", f.toString(), "--on-error", "skip");
    assertTrue(
        real.err()
            .contains("o.csv: 3 rows, 2 orders (2 new, 0 updated, 0 unchanged)," + " 1 rejected;"),
        real.err());
    assertEquals("D1\nD3\n", cli.sql("SELECT order_id FROM orders ORDER BY 1"));
    assertEquals(
        "3|rejected|amount: not an amount (\"abc\")\n",
        cli.sql("SELECT line, kind, message FROM anomalies"));
  }

  private static Path sample(String name) throws URISyntaxException {
    return Path.of(MessyDataImportTest.class.getResource("/samples/" + name).toURI());
  }

  /**
   * 421 lines of the elastic/examples Apache log (Apache-2.0), its truncated line 8899 as line 401:
   * 79 page views by an independent count (3 of them a second view by one visitor in the same
   * second), 341 lines that are not page views.
   */
  @Test
  void anAccessLogIsAStreamAndEveryPageViewLineCountsOnce() throws Exception {
    Path log = sample("apache_logs_excerpt");
    Path rejects = dir.resolve("bad-lines.csv");
    var strict = cli.expect(1, "import", "events", log.toString(), "--strict");
    assertTrue(
        strict.err().contains("apache_logs_excerpt:401: not a combined log format line"),
        strict.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM events"));

    var r = cli.expect(0, "import", "events", log.toString(), "--rejects", rejects.toString());
    assertTrue(
        r.err().contains("apache_logs_excerpt:401: not a combined log format line"), r.err());
    assertTrue(
        r.err()
            .contains(
                "apache_logs_excerpt: 421 rows, 79 events (79 new, 0 updated,"
                    + " 0 unchanged), 1 rejected (see "
                    + rejects
                    + ");"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "341 lines are not page views and were skipped (bots 138,"
                    + " static assets 196, status not 2xx/304 7)"),
        r.err());
    assertEquals("79|3\n", cli.sql("SELECT count(*), sum(seq > 0) FROM events"));
    assertTrue(Files.readString(rejects).contains(",401,\"not a combined log format line"));
    assertEquals("401|rejected\n", cli.sql("SELECT line, kind FROM anomalies"));

    var again = cli.expect(0, "import", "events", log.toString());
    assertTrue(
        again.err().contains("79 events (0 new, 0 updated, 79 unchanged), 1 rejected"),
        again.err());
    assertEquals("79\n", cli.sql("SELECT count(*) FROM events"));
  }

  @Test
  void aClickstreamWithABadTimestampKeepsItsOtherLinesAndTwoViewsInOneSecondAreTwo()
      throws Exception {
    // Taobao UserBehavior: user,item,category,behavior,timestamp; one row at timestamp 15
    Path f =
        file(
            "UserBehavior.csv",
            """
        1,100,9,pv,1511544070
        1,100,9,pv,1511544070
        1,101,9,pv,1511544070
        1,100,9,cart,1511544080
        2,100,9,pv,15
        2,100,9,buy,1511544090
        """);
    var r = cli.expect(0, "import", "events", f.toString());
    assertTrue(
        r.err()
            .contains(
                "UserBehavior.csv:5: timestamp: 15 is 1970-01-01T00:00:15Z, not a"
                    + " plausible event time"),
        r.err());
    assertTrue(
        r.err().contains("6 rows, 5 events (5 new, 0 updated, 0 unchanged), 1 rejected;"), r.err());
    assertEquals("1|3\n2|1\n4|1\n", cli.sql("SELECT type, count(*) FROM events GROUP BY type"));
    cli.expect(0, "import", "events", f.toString());
    assertEquals("5\n", cli.sql("SELECT count(*) FROM events"));
  }

  @Test
  void aReviewOfAnOrderTheStoreDoesNotHaveIsRejectedNotAGhost() throws Exception {
    cli.expect(
        0,
        "import",
        "orders",
        file("o.csv", "order_id,customer_id,paid_at\nR1,C1,2026-11-01 10:00:00\n").toString());
    Path f =
        file(
            "reviews.csv",
            """
        order_id,rating_description,rating_service,rating_logistics
        R1,5,5,5
        GHOST,1,1,1
        """);
    var r = cli.expect(1, "import", "reviews", f.toString());
    assertTrue(
        r.err()
            .contains("reviews.csv:3: order_id: unknown order GHOST: import its orders" + " first"),
        r.err());
    cli.expect(0, "import", "reviews", f.toString(), "--on-error", "skip");
    assertEquals("R1\n", cli.sql("SELECT order_id FROM reviews"));
    assertEquals("R1\n", cli.sql("SELECT order_id FROM orders"));
  }
}
