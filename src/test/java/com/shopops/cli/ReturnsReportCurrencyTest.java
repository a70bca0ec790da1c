package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A EUR store with a Tmall (CNY) storefront: {@code returns report} and the report's Returns box
 * never add refunds of different currencies (before: EUR 1500.00 + CNY 135.90 refunded showed as
 * 1635.90). refund_total is in the store's currency, or {@code --currency}'s; the counts and rates
 * are every return's; a note says how many refunds were left out and the option that shows them.
 *
 * <p>Store (UTC, EUR): E1 ann 1500.00 (no currency: EUR), SKU A, delivered 11-04; T1 li 135.90 CNY,
 * SKU B, delivered 11-05; E2 bob 200.00 EUR, SKU A, delivered 11-05. R1 (E1) requested 11-06 10:00,
 * refunded 11-08 10:00, 1500.00; R2 (T1) requested 11-06 12:00, refunded 11-09 10:00, 135.90; R3
 * (E2) requested 11-07 10:00, not refunded.
 */
class ReturnsReportCurrencyTest {
  @TempDir Path dir;

  /** The command line on a SQLite store ({@link PgReturnsReportCurrencyTest}: PostgreSQL). */
  CliRunner runner() {
    return new CliRunner(dir);
  }

  static final String NOW = "2026-11-20 10:00";

  static final String HEADER =
      "sku,returns,rejected,returned_units,delivered_units,return_rate,refunded,refund_total,"
          + "median_refund_hours,withdrawn";

  static final String EUR_NOTE =
      "note: refunds are in EUR: the refunds of 1 return of orders in other currencies (CNY: 1) are"
          + " left out of them, not of the counts and rates: see them with --currency CNY\n";

  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "UTC", "--currency", "EUR", "-q");
    Path o =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,delivered_at,sku,quantity,amount,currency",
                "E1,ann,2026-11-02 10:00:00,2026-11-02 10:00:00,2026-11-04 10:00:00,A,1,1500.00,",
                "T1,li,2026-11-03 10:00:00,2026-11-03 10:00:00,2026-11-05 10:00:00,B,1,135.90,CNY",
                "E2,bob,2026-11-03 12:00:00,2026-11-03 12:00:00,2026-11-05 10:00:00,A,1,200.00,EUR",
                ""));
    cli.expect(0, "import", "orders", o.toString(), "-q");
    Path r =
        TestFiles.write(
            dir,
            "returns.csv",
            String.join(
                "\n",
                "return_id,order_id,sku,quantity,requested_at,approved_at,received_at,refunded_at,"
                    + "refund_amount",
                "R1,E1,A,1,2026-11-06 10:00:00,2026-11-06 11:00:00,2026-11-08 09:00:00,"
                    + "2026-11-08 10:00:00,1500.00",
                "R2,T1,B,1,2026-11-06 12:00:00,2026-11-06 13:00:00,2026-11-08 09:00:00,"
                    + "2026-11-09 10:00:00,135.90",
                "R3,E2,A,1,2026-11-07 10:00:00,,,,",
                ""));
    cli.expect(0, "import", "returns", r.toString(), "-q");
    return cli;
  }

  private static CliRunner.Result report(CliRunner cli, int exit, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--now",
                NOW,
                "returns",
                "report",
                "--by",
                "sku",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-20",
                "--format",
                "csv"));
    args.addAll(List.of(more));
    return cli.expect(exit, args.toArray(String[]::new));
  }

  @Test
  void refundTotalIsTheStoresCurrencyOnlyAndTheNoteNamesTheRest() throws Exception {
    CliRunner cli = store();
    var r = report(cli, 0);
    assertEquals(
        List.of(
            HEADER,
            // 2 returned of 2 delivered; only R1 refunded: 48 h
            "A,2,0,2,2,1.0000,1,1500.00,48.00,0",
            // R2 counts as a refunded return, its CNY is not added to EUR
            "B,1,0,1,1,1.0000,1,0.00,70.00,0",
            "(all),3,0,3,3,1.0000,2,1500.00,59.00,0"),
        r.out().lines().toList());
    assertTrue(r.err().endsWith(EUR_NOTE), r.err());
    // --currency with the store's code: the same figures and note
    var eur = report(cli, 0, "--currency", "eur");
    assertEquals(r.out(), eur.out());
    assertTrue(eur.err().endsWith(EUR_NOTE), eur.err());
  }

  @Test
  void theNoteInChinese() throws Exception {
    CliRunner cli = store();
    var zh = cli.expect(0, "--lang", "zh", "--now", NOW, "returns", "report", "--by", "reason");
    assertTrue(
        zh.err()
            .endsWith(
                "注：退款金额只计 EUR：其他币种订单的 1 笔退货的退款（CNY：1 笔）未计入，退货数和退货率仍计入：加 --currency CNY" + " 查看\n"),
        zh.err());
  }

  @Test
  void currencyShowsThatCurrencysRefunds() throws Exception {
    CliRunner cli = store();
    var cny = report(cli, 0, "--currency", "CNY");
    assertEquals(
        List.of(
            HEADER,
            "A,2,0,2,2,1.0000,1,0.00,48.00,0",
            "B,1,0,1,1,1.0000,1,135.90,70.00,0",
            "(all),3,0,3,3,1.0000,2,135.90,59.00,0"),
        cny.out().lines().toList());
    assertTrue(
        cny.err()
            .endsWith(
                "note: refunds are in CNY: the refunds of 1 return of orders in other currencies"
                    + " (EUR: 1) are left out of them, not of the counts and rates: see them with"
                    + " --currency EUR\n"),
        cny.err());
  }

  @Test
  void aCurrencyWithNoDataIsRefusedAndOneWithNoReturnsInThePeriodIsZero() throws Exception {
    CliRunner cli = store();
    var usd = report(cli, 2, "--currency", "USD");
    assertEquals("", usd.out());
    assertEquals(
        "shopops: --currency: no paid order in \"USD\"\n  hint: currencies: CNY, EUR\n", usd.err());
    var bad = report(cli, 2, "--currency", "yuan");
    assertTrue(bad.err().startsWith("shopops: --currency: unknown currency \"yuan\"\n"), bad.err());
    // CNY is held, but no return was requested after 11-07
    var later =
        cli.expect(
            0,
            "--now",
            NOW,
            "returns",
            "report",
            "--by",
            "sku",
            "--from",
            "2026-11-08",
            "--currency",
            "CNY",
            "--format",
            "csv");
    assertEquals(List.of(HEADER, "(all),0,0,0,0,,0,0.00,,0"), later.out().lines().toList());
    assertFalse(later.err().contains("refunds are in"), later.err());
  }

  @Test
  void theReportsReturnsBoxIsInItsCurrency() throws Exception {
    CliRunner cli = store();
    Path html = dir.resolve("eur.html");
    cli.expect(
        0,
        "--now",
        NOW,
        "report",
        "--html",
        html.toString(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-19");
    String page = Files.readString(html);
    assertTrue(
        page.contains(
            "<tr><td>Refunded of these, by the period&#39;s end</td>"
                + "<td class=\"n\">1,500.00 Euro</td></tr>"),
        page);
    assertTrue(
        page.contains(
            "<li>refunds are in EUR: the refunds of 1 return of orders in other currencies (CNY: 1)"
                + " are left out of them, not of the counts and rates: see them with --currency"
                + " CNY</li>"),
        page);
    Path cny = dir.resolve("cny.html");
    cli.expect(
        0,
        "--now",
        NOW,
        "report",
        "--html",
        cny.toString(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-19",
        "--currency",
        "CNY");
    String yuan = Files.readString(cny);
    assertTrue(
        yuan.contains(
            "<tr><td>Refunded of these, by the period&#39;s end</td>"
                + "<td class=\"n\">135.90 yuan</td></tr>"),
        yuan);
  }
}
