package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review15 P3: a CNY + USD shop sees each currency's figures with {@code metrics --currency}, the
 * plain view says once which currencies there are and the option, and a currency the store holds no
 * paid order in is refused. Figures by hand from the files below (a CNY store in UTC).
 */
class MetricsCurrencyViewTest {
  @TempDir Path dir;

  /** The command line on a SQLite store ({@link PgMetricsCurrencyViewTest}: PostgreSQL). */
  CliRunner runner() {
    return new CliRunner(dir);
  }

  /**
   * W45 (2026-11-02..08): C1 ann 100.00 CNY, C2 bob 50.00 (no currency: the store's CNY), U1 eve
   * 20.00 USD; refunds on the 5th: C2 10.00, U1 20.00. W46: C3 ann 30.00 CNY, U2 eve 10.00 USD, U3
   * ann 5.00 USD. W47: C4 bob 40.00 CNY only. Traffic: 100 UV every day (700 a week).
   */
  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "UTC", "-q");
    Path o =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,amount,currency",
                "C1,ann,2026-11-02 10:00:00,2026-11-02 10:00:00,100.00,CNY",
                "C2,bob,2026-11-03 10:00:00,2026-11-03 10:00:00,50.00,",
                "U1,eve,2026-11-03 11:00:00,2026-11-03 11:00:00,20.00,USD",
                "C3,ann,2026-11-10 10:00:00,2026-11-10 10:00:00,30.00,CNY",
                "U2,eve,2026-11-11 10:00:00,2026-11-11 10:00:00,10.00,USD",
                "U3,ann,2026-11-12 10:00:00,2026-11-12 10:00:00,5.00,USD",
                "C4,bob,2026-11-17 10:00:00,2026-11-17 10:00:00,40.00,CNY",
                ""));
    cli.expect(0, "import", "orders", o.toString(), "-q");
    Path r =
        TestFiles.write(
            dir,
            "returns.csv",
            String.join(
                "\n",
                "return_id,order_id,quantity,requested_at,approved_at,received_at,refunded_at,"
                    + "refund_amount",
                "R1,C2,1,2026-11-04 10:00:00,2026-11-04 11:00:00,2026-11-05 09:00:00,"
                    + "2026-11-05 10:00:00,10.00",
                "R2,U1,1,2026-11-04 10:00:00,2026-11-04 11:00:00,2026-11-05 09:00:00,"
                    + "2026-11-05 10:00:00,20.00",
                ""));
    cli.expect(0, "import", "returns", r.toString(), "-q");
    List<String> traffic = new ArrayList<>(List.of("date,pv,uv"));
    for (int d = 2; d <= 22; d++) {
      traffic.add(String.format("2026-11-%02d,300,100", d));
    }
    traffic.add("");
    Path t = TestFiles.write(dir, "traffic.csv", String.join("\n", traffic));
    cli.expect(0, "import", "traffic", t.toString(), "-q");
    return cli;
  }

  private static final String COLUMNS =
      "period,orders,buyers,sales,net_sales,conversion_rate,aov,sales_per_buyer,repeat_rate";

  private static CliRunner.Result weeks(CliRunner cli, String... currency) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--now",
                "2026-12-01 00:00",
                "metrics",
                "--by",
                "week",
                "--from",
                "2026-11-02",
                "--to",
                "2026-11-22",
                "--columns",
                COLUMNS,
                "--format",
                "csv"));
    args.addAll(List.of(currency));
    return cli.expect(0, args.toArray(String[]::new));
  }

  @Test
  void eachCurrencyHasItsOwnFigures() throws Exception {
    CliRunner cli = store();
    var cny = weeks(cli, "--currency", "CNY");
    assertEquals(
        List.of(
            COLUMNS,
            // C1 + C2: net of C2's 10.00; conversion empty: U1 (USD) was paid that week
            "2026-W45,2,2,150.00,140.00,,75.00,75.00,0.0000",
            "2026-W46,1,1,30.00,30.00,,30.00,30.00,1.0000", // ann paid in CNY before
            "2026-W47,1,1,40.00,40.00,0.0014,40.00,40.00,1.0000"), // CNY only: 1 buyer / 700
        cny.out().lines().toList());
    assertTrue(
        cny.err()
            .contains(
                "note: --currency CNY: orders, buyers, sales, net_sales, sales_per_buyer, aov and"
                    + " repeat_rate count the paid orders in CNY only; pv, uv, return_rate and"
                    + " on_time_ship_rate are the whole store's\n"
                    + "note: paid orders in USD left out: 3 (35.00 USD); `--currency USD` shows them\n"
                    + "note: conversion_rate, order_conversion_rate: not computed in 2 periods with"
                    + " paid orders in other currencies: 2026-W45 (CNY, USD), 2026-W46 (CNY, USD);"
                    + " the visitors there are those of every currency's orders\n"
                    + "note: sales, net_sales, sales_per_buyer and aov are in CNY\n"),
        cny.err());
    // lower case is the same code
    var usd = weeks(cli, "--currency", "usd");
    assertEquals(
        List.of(
            COLUMNS,
            "2026-W45,1,1,20.00,0.00,,20.00,20.00,0.0000", // U1, refunded in full
            "2026-W46,2,2,15.00,15.00,,7.50,7.50,0.5000", // eve paid in USD before, ann did not
            "2026-W47,0,0,0.00,0.00,,,,"), // C4 is CNY: no USD order, no conversion
        usd.out().lines().toList());
    assertTrue(
        usd.err()
            .contains(
                "note: paid orders in CNY left out: 4 (220.00 CNY); `--currency CNY` shows them\n"));
    assertTrue(usd.err().contains("note: sales, net_sales, sales_per_buyer and aov are in USD\n"));
  }

  @Test
  void thePlainViewNeverAddsCurrenciesAndSaysOnceHowToSeeEach() throws Exception {
    CliRunner cli = store();
    var all = weeks(cli);
    assertEquals(
        List.of(
            COLUMNS,
            "2026-W45,3,3,,,0.0043,,,0.0000", // 150 CNY + 20 USD: never added
            "2026-W46,3,2,,,0.0029,,,1.0000",
            "2026-W47,1,1,40.00,40.00,0.0014,40.00,40.00,1.0000"),
        all.out().lines().toList());
    String hint =
        "note: 2 currencies in 2026-11-02..2026-11-22 (paid orders: CNY: 4, USD: 3): add --currency"
            + " CNY or --currency USD to see each one's sales\n";
    assertTrue(all.err().contains(hint), all.err());
    assertEquals(all.err().indexOf(hint), all.err().lastIndexOf(hint), "said once");
    var zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-12-01 00:00",
            "metrics",
            "--by",
            "week",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-22");
    assertTrue(
        zh.err()
            .contains(
                "2026-11-02..2026-11-22 的已付款订单涉及 2 种币种（CNY：4 笔、USD：3 笔）：加 --currency CNY 或"
                    + " --currency USD 分别查看各币种的销售额"),
        zh.err());
    // a one-currency range says nothing of it
    var one =
        cli.expect(
            0,
            "--now",
            "2026-12-01 00:00",
            "metrics",
            "--by",
            "week",
            "--from",
            "2026-11-16",
            "--to",
            "2026-11-22");
    assertFalse(one.err().contains("--currency"), one.err());
  }

  @Test
  void aCurrencyWithoutPaidOrdersIsRefused() throws Exception {
    CliRunner cli = store();
    var r = cli.expect(2, "--now", "2026-12-01 00:00", "metrics", "--currency", "EUR");
    assertEquals("", r.out());
    assertEquals(
        "shopops: --currency: no paid order in \"EUR\"\n  hint: currencies: CNY, USD\n", r.err());
    var compare =
        cli.expect(2, "--now", "2026-12-01 00:00", "metrics", "compare", "--currency", "GBP");
    assertTrue(compare.err().contains("hint: currencies: CNY, USD"), compare.err());
    // the store's own currency is always accepted, with or without orders in it
    cli.expect(0, "--now", "2026-12-01 00:00", "metrics", "--currency", "cny", "-q");
  }

  @Test
  void compareAndReportTakeTheCurrencyToo() throws Exception {
    CliRunner cli = store();
    var c =
        cli.expect(
            0,
            "--now",
            "2026-12-01 00:00",
            "metrics",
            "compare",
            "--from",
            "2026-11-09",
            "--to",
            "2026-11-15",
            "--currency",
            "USD",
            "--format",
            "csv");
    List<String> rows = c.out().lines().toList();
    assertTrue(rows.contains("orders,2,1,1,1.0000,up"), c.out());
    assertTrue(rows.contains("sales,15.00,20.00,-5.00,-0.2500,down"), c.out());
    assertTrue(rows.contains("net_sales,15.00,0.00,15.00,,up"), c.out());
    assertTrue(rows.contains("conversion_rate,,,,,"), c.out());
    Path html = dir.resolve("r.html");
    cli.expect(
        0,
        "--now",
        "2026-12-01 00:00",
        "report",
        "--html",
        html.toString(),
        "--from",
        "2026-11-02",
        "--to",
        "2026-11-08",
        "--currency",
        "CNY",
        "-q");
    String page = java.nio.file.Files.readString(html);
    assertTrue(page.contains("150.00"), "the CNY sales of W45");
    assertTrue(
        page.contains(
            "paid orders in USD left out: 1 (20.00 USD); <code>--currency USD</code> shows them"),
        "its note");
  }
}
