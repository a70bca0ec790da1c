package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A euro shop with buyers who pay in pounds (Shopify Markets, review17 R5): the promotion list's
 * reason says what such a buyer paid in her currency, not "spent EUR 0.00". Lists still rank in one
 * currency (amounts of different currencies are never added up).
 */
class ListSpendOtherCurrencyTest {
  @TempDir Path dir;

  @Test
  void aPoundsBuyersReasonSaysWhatSheSpentInPounds() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                OrderConsentCurrencyTest.HEADER,
                OrderConsentCurrencyTest.row(
                    "#1004", "ana@example.es", "yes", "EUR", "2026-11-04 10:00:00 +0100"),
                OrderConsentCurrencyTest.row(
                    "#1003", "ana@example.es", "yes", "EUR", "2026-11-03 10:00:00 +0100"),
                OrderConsentCurrencyTest.row(
                    "#1005", "luis@example.es", "yes", "EUR", "2026-11-05 10:00:00 +0100"),
                OrderConsentCurrencyTest.row(
                    "#1002", "emma@example.co.uk", "yes", "GBP", "2026-11-02 10:00:00 +0100"),
                OrderConsentCurrencyTest.row(
                    "#1001", "emma@example.co.uk", "yes", "GBP", "2026-11-01 10:00:00 +0100"),
                ""));
    cli.expect(0, "-q", "import", "orders", f.toString());
    String out =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "export",
                "promotion",
                "--dry-run",
                "--format",
                "csv")
            .out();
    String emma = out.lines().filter(l -> l.startsWith("emma@")).findFirst().orElseThrow();
    assertTrue(emma.contains("spent GBP 20.00 (2);"), out); // her own money only (review19 V9)
    String ana = out.lines().filter(l -> l.startsWith("ana@")).findFirst().orElseThrow();
    assertTrue(ana.contains("spent EUR 20.00;") || ana.endsWith("spent EUR 20.00"), out);
    assertTrue(!ana.contains("GBP"), out);
    // she is ranked in euros, where she has none: after the euro buyers
    assertTrue(out.indexOf("emma@") > out.indexOf("luis@"), out);
    String zh =
        cli.expect(
                0,
                "--lang",
                "zh",
                "--now",
                "2026-11-20 10:00",
                "export",
                "promotion",
                "--dry-run",
                "--format",
                "csv")
            .out();
    // tryout17 U7: the currencies parted by ，inside a reason whose parts are parted by ；. The
    // segment column stays its code in csv (the machine contract, MachineFormatLanguageTest); a
    // table or xlsx says it in Chinese
    assertTrue(zh.contains("累计消费 GBP 20.00（2 单）"), zh);
    assertEquals(
        "ana@example.es,,,ana@example.es,,New Customers,普通,分群 新客户；累计消费 EUR 20.00；最近下单 2026-11-04,新人券,"
            + "new-customer-coupon",
        zh.lines().filter(l -> l.startsWith("ana@")).findFirst().orElseThrow());
  }
}
