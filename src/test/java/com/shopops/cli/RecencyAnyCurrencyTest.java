package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only money is per currency (review17 follow-up): a euro shop's buyer whose latest order was paid
 * in pounds bought recently. Her last order, recency and order count (RFM's R and F, customers list
 * and show, the lists) count every paid order whatever its currency; her money (spent,
 * lifetime_value, RFM's M) counts the euro orders only, the pounds in other_currencies.
 */
class RecencyAnyCurrencyTest {
  @TempDir Path dir;

  private static final String NOW = "2026-12-01 00:00";

  /**
   * A EUR store in UTC. ann: 100.00 EUR on 2026-03-01 and 50.00 GBP on 2026-11-20; bob: 80.00 EUR
   * on 2026-06-01 and 20.00 EUR on 2026-11-25; cat 300.00 EUR on 2026-02-01; dan 40.00 EUR on
   * 2026-10-01. EUR is ranked (5 of 6 paid orders).
   */
  CliRunner runner() {
    return new CliRunner(dir);
  }

  /** The rows of a query of the store {@code cli} writes, as {@link CliRunner#sql}. */
  String rows(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "UTC", "--currency", "EUR", "-q");
    Path f =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,amount,currency",
                "A1,ann,2026-03-01 10:00:00,2026-03-01 10:00:00,100.00,EUR",
                "A2,ann,2026-11-20 10:00:00,2026-11-20 10:00:00,50.00,GBP",
                "B1,bob,2026-06-01 10:00:00,2026-06-01 10:00:00,80.00,EUR",
                "B2,bob,2026-11-25 10:00:00,2026-11-25 10:00:00,20.00,EUR",
                "C1,cat,2026-02-01 10:00:00,2026-02-01 10:00:00,300.00,EUR",
                "D1,dan,2026-10-01 10:00:00,2026-10-01 10:00:00,40.00,EUR",
                ""));
    cli.expect(0, "import", "orders", f.toString(), "-q");
    Path c =
        TestFiles.write(
            dir,
            "customers.csv",
            "customer_id,name,city,accepts_marketing\n"
                + "ann,Ann,Leeds,yes\nbob,Bob,York,yes\ncat,Cat,Paris,yes\ndan,Dan,Lyon,yes\n");
    cli.expect(0, "import", "customers", c.toString(), "-q");
    return cli;
  }

  private static final String RFM =
      String.join(
          "\n",
          "customer_id,recency_days,orders,monetary,r,f,m,segment",
          "ann,11,2,100.00,4,2,2,Loyal Customers", // before: 275 days, 1 order, R2 F1 M2
          "bob,6,2,100.00,5,2,2,New Customers",
          "cat,303,1,300.00,1,1,5,Lost",
          "dan,61,1,40.00,2,1,1,About To Sleep",
          "");

  @Test
  void aPoundsOrderIsTheLastOrderButNotEuroMoney() throws Exception {
    CliRunner cli = store();
    var list = cli.expect(0, "--now", NOW, "customers", "list", "--format", "csv");
    assertEquals(
        String.join(
            "\n",
            "customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,"
                + "orders,spent,last_order_at,other_currencies",
            "ann,Ann,,,,Leeds,,,true,2,100.00,2026-11-20 10:00:00,GBP 50.00 (1)",
            "bob,Bob,,,,York,,,true,2,100.00,2026-11-25 10:00:00,",
            "cat,Cat,,,,Paris,,,true,1,300.00,2026-02-01 10:00:00,",
            "dan,Dan,,,,Lyon,,,true,1,40.00,2026-10-01 10:00:00,",
            ""),
        list.out());
    assertTrue(
        list.err()
            .contains(
                "note: spent counts the paid orders in EUR only, the currency most paid orders are"
                    + " in; other_currencies holds the rest by currency: amounts of different"
                    + " currencies are never added up; orders and last_order_at count every paid"
                    + " order, whatever its currency"),
        list.err());

    String show = cli.expect(0, "--now", NOW, "customers", "show", "ann", "--format", "json").out();
    assertTrue(show.contains("\"orders\": 2,"), show);
    assertTrue(show.contains("\"lifetime_value\": 100.00,"), show);
    assertTrue(show.contains("\"last_order_at\": \"2026-11-20T10:00:00+00:00\","), show);
    assertTrue(show.contains("\"recency_days\": 11,"), show);
    assertTrue(show.contains("\"rfm\": \"R4 F2 M2\","), show);
    assertTrue(show.contains("\"segment\": \"Loyal Customers\","), show);
    assertTrue(show.contains("\"other_currencies\": \"GBP 50.00 (1)\""), show);

    // RFM from the maintained figures, and from the raw rows (a window reads them)
    assertEquals(
        RFM,
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out());
    assertEquals(
        RFM,
        cli.expect(
                0,
                "--now",
                NOW,
                "customers",
                "segment",
                "--method",
                "rfm",
                "--window",
                "3650",
                "--format",
                "csv")
            .out());

    // the lists: her last order is the pounds one, her spend the euros
    String promo =
        cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--format", "csv").out();
    assertTrue(
        promo.contains(
            "ann,Ann,,,,Loyal Customers,普通,segment Loyal Customers; spent EUR 100.00;"
                + " GBP 50.00 (1); last order 2026-11-20,"),
        promo);
    // not among the buyers about to sleep (before: she was, from her March order)
    String asleep =
        cli.expect(
                0,
                "--now",
                NOW,
                "export",
                "promotion",
                "--segment",
                "About To Sleep",
                "--dry-run",
                "--format",
                "csv")
            .out();
    assertFalse(asleep.contains("ann,"), asleep);
    assertTrue(asleep.contains("dan,Dan,"), asleep);
    String winback =
        cli.expect(
                0,
                "--now",
                NOW,
                "export",
                "followup",
                "--kind",
                "winback",
                "--dry-run",
                "--format",
                "csv")
            .out();
    assertFalse(winback.contains("ann,"), winback);

    // the maintained figures are what a rebuild from the raw rows gives (one row per currency)
    String figures =
        "SELECT customer_id, currency, orders, first_paid, last_paid, gross, refunded"
            + " FROM customer_figures ORDER BY customer_id, currency";
    String kept = rows(cli, figures);
    assertTrue(kept.startsWith("ann|EUR|1|"), kept);
    assertTrue(kept.contains("\nann|GBP|1|"), kept);
    cli.expect(0, "-q", "check");
    cli.expect(0, "-q", "check", "--rebuild");
    assertEquals(kept, rows(cli, figures));
    assertEquals(
        RFM,
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out());
  }

  @Test
  void asOfBeforeHerPoundsOrderSheLastBoughtInMarch() throws Exception {
    CliRunner cli = store();
    // as of 2026-11-19 the pounds order is not paid yet: one order, 263 days
    String show =
        cli.expect(0, "--now", "2026-11-19 00:00", "customers", "show", "ann", "--format", "json")
            .out();
    assertTrue(show.contains("\"orders\": 1,"), show);
    assertTrue(show.contains("\"last_order_at\": \"2026-03-01T10:00:00+00:00\","), show);
    assertTrue(show.contains("\"recency_days\": 263,"), show);
    // as of 2026-11-21 (the raw rows: bob's last order is later) it is her last order
    String seg =
        cli.expect(
                0,
                "--now",
                "2026-11-21 00:00",
                "customers",
                "segment",
                "--method",
                "rfm",
                "--format",
                "csv")
            .out();
    assertTrue(seg.contains("\nann,1,2,100.00,"), seg);
  }

  @Test
  void aBuyerWhoPaidOnlyInAnotherCurrencyIsListedWithHerOrdersNotRankedOnMoney() throws Exception {
    CliRunner cli = store();
    Path f =
        TestFiles.write(
            dir,
            "more.csv",
            "order_id,customer_id,created_at,paid_at,amount,currency\n"
                + "E1,eve,2026-11-28 10:00:00,2026-11-28 10:00:00,117.00,GBP\n");
    cli.expect(0, "import", "orders", f.toString(), "-q");
    String list = cli.expect(0, "--now", NOW, "customers", "list", "--format", "csv").out();
    assertTrue(list.contains("\neve,,,,,,,,,1,0.00,2026-11-28 10:00:00,GBP 117.00 (1)\n"), list);
    // RFM ranks the buyers with euro money, as before: eve is not scored on a 0 she did not spend
    assertEquals(
        RFM,
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out());
  }
}
