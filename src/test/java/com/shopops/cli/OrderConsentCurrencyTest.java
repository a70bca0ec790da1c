package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consent carried on order rows (Shopify {@code Accepts Marketing}) and currencies (issue 12): the
 * newest word on consent wins; amounts of different currencies are never added up.
 */
class OrderConsentCurrencyTest {
  static final String HEADER =
      "Name,Email,Financial Status,Paid at,Accepts Marketing,Currency,Total,Created at,"
          + "Lineitem quantity,Lineitem name,Lineitem price";

  @TempDir Path dir;

  static String row(String name, String email, String consent, String currency, String created) {
    return name
        + ","
        + email
        + ",paid,"
        + created
        + ","
        + consent
        + ","
        + currency
        + ",10.00,"
        + created
        + ",1,Mug,10.00";
  }

  static List<String> ids(String csv) {
    return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
  }

  String consent(CliRunner cli, String id) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT accepts_marketing FROM customers WHERE customer_id = '" + id + "'")) {
      return rs.next() ? rs.getString(1) : "absent";
    }
  }

  @Test
  void consentOnOrderRowsReachesThePromotionListAndTheNewestWordWins() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    // newest first, as Shopify lists them: b3's newer order says yes, its older one no
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                HEADER,
                row("#1004", "b3@example.com", "yes", "USD", "2026-11-04 10:00:00 +0000"),
                row("#1003", "b2@example.com", "yes", "USD", "2026-11-03 10:00:00 +0000"),
                row("#1002", "b3@example.com", "no", "USD", "2026-11-02 10:00:00 +0000"),
                row("#1001", "b1@example.com", "no", "USD", "2026-11-01 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", f.toString());
    assertEquals("0", consent(cli, "b1@example.com"));
    assertEquals("1", consent(cli, "b2@example.com"));
    assertEquals("1", consent(cli, "b3@example.com"));
    var p =
        cli.expect(
            0, "--now", "2026-11-20 10:00", "export", "promotion", "--dry-run", "--format", "csv");
    assertEquals(List.of("b2@example.com", "b3@example.com"), ids(p.out()), p.out());
    assertTrue(p.err().contains("no consent 1"), p.err());

    // a later export in which b2 says no: b2 leaves the list
    Path later =
        TestFiles.write(
            dir,
            "later.csv",
            String.join(
                "\n",
                HEADER,
                row("#1005", "b2@example.com", "no", "USD", "2026-11-05 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", later.toString());
    assertEquals("0", consent(cli, "b2@example.com"));
    assertEquals(
        List.of("b3@example.com"),
        ids(
            cli.expect(
                    0,
                    "--now",
                    "2026-11-20 10:00",
                    "export",
                    "promotion",
                    "--dry-run",
                    "--format",
                    "csv")
                .out()));
  }

  /**
   * review12 L11: an order's consent is the buyer's word at checkout. Re-importing the orders
   * export after the customer list recorded a withdrawal must not subscribe her again; a "yes" from
   * an order only fills an unknown consent, a "no" always applies.
   */
  @Test
  void aWithdrawalFromTheCustomerListSurvivesReimportingTheOrders() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    Path orders =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                HEADER,
                row("#1001", "alice@example.com", "yes", "USD", "2026-11-01 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", orders.toString());
    assertEquals("1", consent(cli, "alice@example.com"));
    Path customers =
        TestFiles.write(
            dir, "customers.csv", "customer_id,accepts_marketing\nalice@example.com,no\n");
    cli.expect(0, "import", "customers", customers.toString());
    assertEquals("0", consent(cli, "alice@example.com"));

    var again = cli.expect(0, "import", "orders", orders.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 1 unchanged)"), again.err());
    assertEquals("0", consent(cli, "alice@example.com"));
    // a newer order saying yes does not undo the withdrawal either: only the customer list can
    Path newer =
        TestFiles.write(
            dir,
            "newer.csv",
            String.join(
                "\n",
                HEADER,
                row("#1002", "alice@example.com", "yes", "USD", "2026-11-10 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", newer.toString());
    assertEquals("0", consent(cli, "alice@example.com"));
    var p =
        cli.expect(
            0, "--now", "2026-11-20 10:00", "export", "promotion", "--dry-run", "--format", "csv");
    assertEquals(List.of(), ids(p.out()), p.out());

    Path resubscribed =
        TestFiles.write(
            dir, "customers2.csv", "customer_id,accepts_marketing\nalice@example.com,yes\n");
    cli.expect(0, "import", "customers", resubscribed.toString());
    assertEquals("1", consent(cli, "alice@example.com"));
  }

  @Test
  void ordersWithoutACurrencyTakeTheStoresAndOneCurrencyIsNamed() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC", "--currency", "usd");
    Path f =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,amount",
                "O1,C1,2026-11-02 10:00:00,2026-11-02 10:00:00,100.00",
                "O2,C2,2026-11-02 11:00:00,2026-11-02 11:00:00,50.00",
                ""));
    cli.expect(0, "import", "orders", f.toString());
    var m =
        cli.expect(
            0,
            "--now",
            "2026-11-03 00:00",
            "metrics",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-02",
            "--format",
            "csv");
    assertTrue(
        m.err().contains("note: sales, net_sales, sales_per_buyer and aov are in USD"), m.err());
    var seg = cli.expect(0, "--now", "2026-11-03 00:00", "customers", "segment", "--format", "csv");
    assertTrue(seg.err().contains("note: amounts ranked in USD"), seg.err());
  }

  @Test
  void amountsOfDifferentCurrenciesAreNeverAddedUp() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                HEADER,
                row("#1001", "b1@example.com", "yes", "USD", "2026-11-02 10:00:00 +0000"),
                row("#1002", "b2@example.com", "yes", "INR", "2026-11-02 11:00:00 +0000"),
                row("#1003", "b2@example.com", "yes", "INR", "2026-11-01 11:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", f.toString());
    // metrics: orders and buyers counted, the money metrics left empty
    var m =
        cli.expect(
            0,
            "--now",
            "2026-11-03 00:00",
            "metrics",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-02",
            "--format",
            "csv");
    assertEquals(
        "2026-11-02,,,2,2,,,,,,,0.5000,,", m.out().lines().skip(1).findFirst().get(), m.out());
    assertTrue(
        m.err()
            .contains(
                "note: sales, net_sales, sales_per_buyer, aov: not computed in 1 period whose"
                    + " paid orders are in several currencies: 2026-11-02 (INR, USD); amounts of"
                    + " different currencies are never added up"),
        m.err());
    // metrics compare: the money metrics are not compared either
    var cmp =
        cli.expect(
            0,
            "--now",
            "2026-11-03 00:00",
            "metrics",
            "compare",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-02",
            "--format",
            "csv");
    assertTrue(
        cmp.err().contains("note: sales, net_sales, sales_per_buyer, aov: not computed:"),
        cmp.err());
    assertTrue(cmp.out().lines().anyMatch(l -> l.startsWith("sales,,")), cmp.out());
    // customers: ranked in the currency most orders are in, the others left out and said so
    var seg = cli.expect(0, "--now", "2026-11-03 00:00", "customers", "segment", "--format", "csv");
    assertEquals(List.of("b2@example.com"), ids(seg.out()), seg.out());
    assertTrue(seg.err().contains("note: amounts ranked in INR\n"), seg.err());
    assertTrue(
        seg.err()
            .contains(
                "note: 1 paid order in other currencies (USD: 1) left out:"
                    + " amounts of different currencies are never added up"),
        seg.err());
    // one currency's dates are fine
    var one =
        cli.expect(
            0,
            "--now",
            "2026-11-03 00:00",
            "metrics",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-01",
            "--format",
            "csv");
    assertTrue(one.out().contains(",10.00,"), one.out());
    assertTrue(
        one.err().contains("note: sales, net_sales, sales_per_buyer and aov are in INR"),
        one.err());
  }

  @Test
  void anUnknownCurrencyAtInitIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    var r = cli.expect(2, "init", "--currency", "yuan");
    assertTrue(r.err().contains("--currency: unknown currency \"yuan\""), r.err());
  }
}
