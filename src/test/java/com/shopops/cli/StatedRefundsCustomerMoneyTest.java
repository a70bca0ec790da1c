package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer money is net of the refunds an order export states (Shopify Refunded Amount, a
 * "refunded" order) as well as of the returns' refunds, once each, as net sales is (review12 L15):
 * RFM monetary from the maintained figures and from the raw rows, {@code customers list} spent and
 * {@code customers show} lifetime value. A fully refunded order still counts as a purchase.
 *
 * <p>#4001 hal 30.00; #4002 hal refunded 35.00 of 35.00 → hal 30.00, 2 orders. #4003 bob 100.00,
 * Refunded Amount 30.00; #4004 bob 50.00, a return refunding 20.00 → bob 100.00. #4005 kim 60.00,
 * Refunded Amount 40.00 of which a return refunds 25.00 → kim 20.00 (not 60 − 40 − 25 = −5). #4006
 * zed 10.00 on 11-25, so that as of 11-24 the figures are not usable and the raw rows are added up.
 */
class StatedRefundsCustomerMoneyTest {
  static final String ORDERS = "src/test/resources/customers/stated-refunds-orders.csv";
  static final String RETURNS = "src/test/resources/customers/stated-refunds-returns.csv";

  @TempDir Path dir;

  @Test
  void customerMoneyIsNetOfStatedRefundsOnSqlite() {
    check(new CliRunner(dir));
  }

  static void check(CliRunner cli) {
    cli.expect(0, "init", "--tz", "America/New_York", "--currency", "USD", "-q");
    cli.expect(0, "import", "orders", ORDERS, "-q");
    cli.expect(0, "import", "returns", RETURNS, "-q");
    // maintained figures (every purchase and refund before as-of)
    assertEquals(
        """
        customer_id,orders,monetary
        bob@example.com,2,100.00
        hal@example.com,2,30.00
        kim@example.com,1,20.00
        zed@example.com,1,10.00
        """,
        segment(cli, "2026-12-01 12:00"));
    // raw rows: zed's order is after as-of
    assertEquals(
        """
        customer_id,orders,monetary
        bob@example.com,2,100.00
        hal@example.com,2,30.00
        kim@example.com,1,20.00
        """,
        segment(cli, "2026-11-24 12:00"));
    assertEquals(
        """
        customer_id,orders,spent
        bob@example.com,2,100.00
        hal@example.com,2,30.00
        kim@example.com,1,20.00
        zed@example.com,1,10.00
        """,
        cli.expect(
                0,
                "--now",
                "2026-12-01 12:00",
                "customers",
                "list",
                "--format",
                "csv",
                "--columns",
                "customer_id,orders,spent")
            .out());
    for (String now : new String[] {"2026-12-01 12:00", "2026-11-24 12:00"}) {
      String profile =
          cli.expect(0, "--now", now, "customers", "show", "hal@example.com", "--format", "csv")
              .out();
      // orders, lifetime_value, last_order_at
      assertEquals(
          "hal@example.com,,,hal@example.com,,,,,,2,30.00,2026-11-21 10:00:00",
          profile.lines().skip(1).findFirst().orElseThrow().substring(0, 66),
          now);
    }
    // the same money net sales counts: 285.00 − 35.00 − 30.00 − 20.00 − 40.00 = 160.00
    assertEquals(
        "period,sales,net_sales\n2026-11,285.00,160.00\n",
        cli.novemberMetrics("2026-12-01 12:00", "--columns", "period,sales,net_sales"));
  }

  private static String segment(CliRunner cli, String now) {
    return cli.expect(
            0,
            "--now",
            now,
            "customers",
            "segment",
            "--format",
            "csv",
            "--columns",
            "customer_id,orders,monetary")
        .out();
  }
}
