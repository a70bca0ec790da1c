package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Shopify order's Financial Status says, taken at its word (review17, Sofia's Madrid/EUR
 * shop): {@code --status partially_refunded} lists the orders refunded in part and {@code --status
 * refunded} the ones refunded in full (R22); an order cancelled with its payment kept ({@code
 * paid}, {@code Refunded Amount 0.00}) is not taken off net sales (R11); a {@code partially_paid}
 * order's {@code Outstanding Balance} is not sales (R12).
 */
class ShopifyPaymentStatesTest {
  @TempDir Path dir;

  private CliRunner madrid() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    return cli;
  }

  private static String ids(String csv) {
    StringBuilder out = new StringBuilder();
    for (String line : csv.split("\n")) {
      if (!line.startsWith("order_id")) {
        out.append(line, 0, line.indexOf(',')).append(' ');
      }
    }
    return out.toString().strip();
  }

  @Test
  void partiallyRefundedListsTheOrdersRefundedInPartAndRefundedTheOnesRefundedInFull()
      throws Exception {
    CliRunner cli = madrid();
    Path export = TestFiles.copy(dir, "review17/orders_export_2026-11-01.csv");
    cli.expect(0, "-q", "import", "orders", export.toString());
    String october = "--from=2026-10-01";
    // #1005 (29.00 of 75.45 refunded) and #1021 (20.00 of 49.95); before: #1022, #1025, unshipped
    // and not refunded at all
    assertEquals(
        "\"#1005\" \"#1021\"",
        ids(
            cli.expect(
                    0,
                    "orders",
                    "list",
                    "--status",
                    "partially_refunded",
                    october,
                    "--to=2026-10-31",
                    "--format",
                    "csv")
                .out()));
    // #1006, cancelled with its 52.95 refunded: refunded (before: cancelled, and no order listed)
    assertEquals(
        "\"#1006\"",
        ids(
            cli.expect(
                    0,
                    "orders",
                    "list",
                    "--status",
                    "refunded",
                    october,
                    "--to=2026-10-31",
                    "--format",
                    "csv")
                .out()));
    // #1007 (voided) stays cancelled
    assertEquals(
        "\"#1007\"",
        ids(
            cli.expect(
                    0,
                    "orders",
                    "list",
                    "--status",
                    "cancelled",
                    october,
                    "--to=2026-10-31",
                    "--format",
                    "csv")
                .out()));
    assertEquals(
        "refunded|refunded/unfulfilled|5295|5295",
        cli.sql(
                "SELECT status, platform_status, refunded, total FROM orders WHERE order_id = '#1006'")
            .strip());
  }

  @Test
  void partiallyPaidIsNoFilterAndAnUnknownWordNamesPartiallyRefunded() {
    CliRunner cli = madrid();
    var r = cli.run("orders", "list", "--status", "partially_paid");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "unknown status \"partially_paid\"; use one of pending, paid, shipped, delivered,"
                    + " completed, cancelled, refunded, partially_refunded"),
        r.toString());
  }

  @Test
  void aReturnsRefundBelowTheTotalIsAPartialRefundTooAndAFullOneIsNot() throws Exception {
    CliRunner cli = madrid();
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee\n"
                + "O1,C1,2026-10-10 10:00:00,2026-10-10 10:00:00,completed,T,2,100.00,0\n"
                + "O2,C2,2026-10-10 11:00:00,2026-10-10 11:00:00,completed,T,1,50.00,0\n"
                + "O3,C3,2026-10-10 12:00:00,2026-10-10 12:00:00,completed,T,1,50.00,0\n");
    cli.expect(0, "-q", "import", "orders", orders.toString());
    Path returns =
        TestFiles.write(
            dir,
            "returns.csv",
            "return_id,order_id,sku,quantity,requested_at,refunded_at,refund_amount\n"
                + "R1,O1,T,1,2026-10-12 10:00:00,2026-10-13 10:00:00,50.00\n"
                + "R2,O2,T,1,2026-10-12 10:00:00,2026-10-13 10:00:00,50.00\n");
    cli.expect(0, "-q", "import", "returns", returns.toString());
    assertEquals(
        "O1",
        ids(
            cli.expect(0, "orders", "list", "--status", "partially_refunded", "--format", "csv")
                .out()));
  }

  @Test
  void aCancelledOrderWhoseExportSaysPaidAndNothingRefundedKeepsItsMoneyAndAnUnpaidBalanceIsNoSale()
      throws Exception {
    CliRunner cli = madrid();
    Path edge = TestFiles.copy(dir, "review17/orders_edge.csv");
    cli.expect(0, "-q", "import", "orders", edge.toString());
    // #2001 partially_paid: Total 59.85, Outstanding Balance 9.90 → 49.95 paid (goods 54.90 as
    // sold); #2003 cancelled as paid with Refunded Amount 0.00: status cancelled, money kept
    assertEquals(
        "#2001|paid|partially_paid/unfulfilled|5490|495|4995|0\n"
            + "#2002|pending|authorized/unfulfilled|3500|495|3995|0\n"
            + "#2003|cancelled|paid/fulfilled|2900|495|3395|0",
        cli.sql(
                "SELECT order_id, status, platform_status, amount, shipping_fee, total, refunded"
                    + " FROM orders ORDER BY order_id")
            .strip());
    String m =
        cli.expect(
                0,
                "--now",
                "2026-11-02 09:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--format",
                "csv")
            .out();
    // before: 2026-10,,,2,2,93.80,59.85 (59.85 counted with its unpaid 9.90; 33.95 taken off)
    assertTrue(m.contains("\n2026-10,,,2,2,83.90,83.90,"), m);
    // the buyers' money: Marie's 33.95 stays spent, Ana spent the 49.95 she paid
    String buyers =
        cli.expect(0, "--now", "2026-11-02 09:00", "customers", "list", "--format", "csv").out();
    assertTrue(buyers.contains(",true,1,49.95,2026-10-10 10:01:00,\n"), buyers);
    assertTrue(buyers.contains(",Paris,,,true,1,33.95,2026-10-12 10:01:00,\n"), buyers);
  }
}
