package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report never draws amounts of two currencies as one line: a range in several currencies, the
 * store's among them, is reported in the store's, the others listed in the notes (review19 V6);
 * {@code metrics} decides per period (docs/metrics.md).
 */
class ReportCurrencyChartTest {
  @TempDir Path dir;

  CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                OrderConsentCurrencyTest.HEADER,
                OrderConsentCurrencyTest.row(
                    "#1002", "b2@example.com", "no", "USD", "2026-11-02 10:00:00 +0000"),
                OrderConsentCurrencyTest.row(
                    "#1001", "b1@example.com", "no", "CNY", "2026-11-01 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", f.toString());
    return cli;
  }

  @Test
  void aRangeInTwoCurrenciesIsReportedInTheStoresWithTheOthersListed() throws Exception {
    // review19 V6: a USD order of a side store no longer blanks the money of a CNY shop's report
    CliRunner cli = store();
    Path html = dir.resolve("r.html");
    cli.expect(
        0,
        "--now",
        "2026-11-03 09:00",
        "report",
        "--html",
        html.toString(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-02");
    String page = Files.readString(html);
    assertTrue(
        page.contains("<span class=\"l\">Sales</span><b>10.00 <small>yuan</small></b>"), page);
    assertTrue(page.contains("<span class=\"l\">Orders</span><b>1</b>"), page);
    assertTrue(page.contains("<figcaption>Sales (yuan)</figcaption>\n<svg"), page);
    assertFalse(page.contains("not computed (see the notes)</p>"), page);
    assertTrue(
        page.contains(
            "orders, buyers, sales, net_sales, sales_per_buyer, aov and repeat_rate count the paid"
                + " orders in CNY (the store&#39;s currency) only"),
        page);
    assertTrue(
        page.contains(
            "paid orders in USD left out: 1 (10.00 USD); <code>--currency USD</code> shows them"),
        page);
    // metrics decides per day (review12 L1): each day's orders are in one currency, so each day
    // has its sales, the note naming the day that is not in the store's CNY
    var m =
        cli.expect(
            0,
            "metrics",
            "--by",
            "day",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-02",
            "--format",
            "csv",
            "--columns",
            "period,orders,sales");
    assertEquals("period,orders,sales\n2026-11-01,1,10.00\n2026-11-02,1,10.00\n", m.out());
    assertTrue(
        m.err()
            .contains(
                "note: sales is in CNY, except in 2026-11-02 (USD)"), // the one money column shown
        m.err());
  }

  @Test
  void aRangeInOneCurrencyDrawsItsSales() throws Exception {
    CliRunner cli = store();
    Path html = dir.resolve("r.html");
    cli.expect(
        0,
        "--now",
        "2026-11-03 09:00",
        "report",
        "--html",
        html.toString(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-01");
    String page = Files.readString(html);
    assertFalse(page.contains("<p class=\"note\">"), page);
    assertTrue(page.contains("<figcaption>Sales (yuan)</figcaption>\n<svg"), page);
  }
}
