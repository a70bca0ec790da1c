package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review12 L7, L1 and L10: customer money in one currency (list and show agree, the rest shown
 * beside it), the currency rule of metrics decided per period, and metrics as of --now. Figures by
 * hand from the file below (a USD store in UTC).
 */
class CurrencyAsOfFiguresTest {
  @TempDir Path dir;

  /** The command line on a SQLite store ({@link PgCurrencyAsOfFiguresTest}: PostgreSQL). */
  CliRunner runner() {
    return new CliRunner(dir);
  }

  /**
   * W45 (2026-11-02..08): O1 eve 20.00 USD, O2 bob 30.00 USD, O3 eve 80.00 EUR (mixed week). W46:
   * no orders. W47: O4 ann 50.00 EUR only. W48: O5 bob 12.00 USD on Mon 23rd 10:00, O6 ann 7.00 USD
   * on Mon 23rd 15:00 (after the --now of the as-of case).
   */
  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "UTC", "--currency", "USD", "-q");
    Path f =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,amount,currency",
                "O1,eve,2026-11-02 10:00:00,2026-11-02 10:00:00,20.00,USD",
                "O2,bob,2026-11-03 10:00:00,2026-11-03 10:00:00,30.00,USD",
                "O3,eve,2026-11-04 10:00:00,2026-11-04 10:00:00,80.00,EUR",
                "O4,ann,2026-11-17 10:00:00,2026-11-17 10:00:00,50.00,EUR",
                "O5,bob,2026-11-23 10:00:00,2026-11-23 10:00:00,12.00,USD",
                "O6,ann,2026-11-23 15:00:00,2026-11-23 15:00:00,7.00,USD",
                ""));
    cli.expect(0, "import", "orders", f.toString(), "-q");
    Path c =
        TestFiles.write(
            dir,
            "customers.csv",
            "customer_id,name,city\nann,Ann,Leeds\nbob,Bob,York\neve,Eve,Paris\n");
    cli.expect(0, "import", "customers", c.toString(), "-q");
    return cli;
  }

  @Test
  void customersListAndShowCountOneCurrencyAndShowTheRestBesideIt() throws Exception {
    CliRunner cli = store();
    // USD is the currency most paid orders are in (4 of 6): eve 20.00 + EUR 80.00 (1); ann 7.00 +
    // EUR 50.00 (1); bob 42.00. Orders and the last order count every currency's (only money is
    // per currency): eve 2 orders, her last the EUR one of the 4th; ann 2
    var list = cli.expect(0, "--now", "2026-12-01 00:00", "customers", "list", "--format", "csv");
    List<String> rows = list.out().lines().toList();
    assertTrue(rows.get(0).endsWith(",orders,spent,last_order_at,other_currencies"), rows.get(0));
    assertEquals(
        List.of(
            "ann,Ann,,,,Leeds,,,,2,7.00,2026-11-23 15:00:00,EUR 50.00 (1)",
            "bob,Bob,,,,York,,,,2,42.00,2026-11-23 10:00:00,",
            "eve,Eve,,,,Paris,,,,2,20.00,2026-11-04 10:00:00,EUR 80.00 (1)"),
        rows.subList(1, rows.size()));
    assertTrue(
        list.err()
            .contains(
                "note: spent counts the paid orders in USD only, the currency most paid orders are"
                    + " in; other_currencies holds the rest by currency: amounts of different"
                    + " currencies are never added up; orders and last_order_at count every paid"
                    + " order, whatever its currency"),
        list.err());
    var show =
        cli.expect(0, "--now", "2026-12-01 00:00", "customers", "show", "eve", "--format", "json");
    assertTrue(show.out().contains("\"orders\": 2,"), show.out());
    assertTrue(show.out().contains("\"lifetime_value\": 20.00,"), show.out());
    assertTrue(show.out().contains("\"other_currencies\": \"EUR 80.00 (1)\""), show.out());
    assertTrue(show.err().contains("note: lifetime_value counts the paid orders in USD only"));
    // as of --now, as show: at 09:00 on the 23rd O5 and O6 are not paid yet; EUR and USD have 2
    // paid orders each, and the tie goes to the store's own currency (USD), as RFM ranks
    // (tryout17 U8: before, the first in text order, EUR)
    var before = cli.expect(0, "--now", "2026-11-23 09:00", "customers", "list", "--format", "csv");
    assertEquals(
        List.of(
            "ann,Ann,,,,Leeds,,,,1,0.00,2026-11-17 10:00:00,EUR 50.00 (1)",
            "bob,Bob,,,,York,,,,1,30.00,2026-11-03 10:00:00,",
            "eve,Eve,,,,Paris,,,,2,20.00,2026-11-04 10:00:00,EUR 80.00 (1)"),
        before.out().lines().skip(1).toList());
  }

  @Test
  void moneyIsDecidedPerPeriod() throws Exception {
    CliRunner cli = store();
    var m =
        cli.expect(
            0,
            "--now",
            "2026-12-01 00:00",
            "metrics",
            "--by",
            "week",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-29",
            "--columns",
            "period,orders,buyers,sales,net_sales,aov,sales_per_buyer",
            "--format",
            "csv");
    assertEquals(
        List.of(
            "period,orders,buyers,sales,net_sales,aov,sales_per_buyer",
            "2026-W45,3,2,,,,", // 20 USD + 30 USD + 80 EUR: never added
            "2026-W46,0,0,0.00,0.00,,", // no orders: 0.00, not empty
            "2026-W47,1,1,50.00,50.00,50.00,50.00", // EUR only: its figure, in EUR
            "2026-W48,2,2,19.00,19.00,9.50,9.50"), // 12 + 7 USD
        m.out().lines().toList());
    assertTrue(
        m.err()
            .contains(
                "note: sales, net_sales, sales_per_buyer and aov are in USD, except in 2026-W47"
                    + " (EUR)"),
        m.err());
    assertTrue(
        m.err()
            .contains(
                "note: sales, net_sales, sales_per_buyer, aov: not computed in 1 period whose paid"
                    + " orders are in several currencies: 2026-W45 (EUR, USD); amounts of different"
                    + " currencies are never added up"),
        m.err());
  }

  @Test
  void metricsStopAtNow() throws Exception {
    CliRunner cli = store();
    // as of Monday 23rd 12:00: O5 (10:00) paid, O6 (15:00) not yet
    var m =
        cli.expect(
            0,
            "--now",
            "2026-11-23 12:00",
            "metrics",
            "--by",
            "day",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-23",
            "--columns",
            "period,orders,buyers,sales,repeat_rate",
            "--format",
            "csv");
    assertEquals("2026-11-23,1,1,12.00,1.0000", m.out().lines().skip(1).findFirst().get());
    // the same question asked after the day is over sees both
    var later =
        cli.expect(
            0,
            "--now",
            "2026-11-24 00:00",
            "metrics",
            "--by",
            "day",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-23",
            "--columns",
            "period,orders,buyers,sales,repeat_rate",
            "--format",
            "csv");
    assertEquals("2026-11-23,2,2,19.00,1.0000", later.out().lines().skip(1).findFirst().get());
  }

  @Test
  void anImportSaysWhenItsOrdersAreNotInTheStoresCurrency() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "UTC", "--currency", "GBP", "-q");
    Path f =
        TestFiles.write(
            dir,
            "usd.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,amount,currency",
                "U1,eve,2026-11-02 10:00:00,2026-11-02 10:00:00,20.00,usd",
                "U2,bob,2026-11-03 10:00:00,2026-11-03 10:00:00,30.00,USD",
                "U3,bob,2026-11-03 11:00:00,2026-11-03 11:00:00,5.00,EUR",
                "G1,ann,2026-11-03 12:00:00,2026-11-03 12:00:00,9.00,GBP",
                "G2,ann,2026-11-03 13:00:00,2026-11-03 13:00:00,9.00,",
                ""));
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        r.err()
            .contains(
                "usd.csv: 3 orders in EUR (1), USD (2); the store is GBP: metrics and the report show them with --currency and their code\n"),
        r.err());
    var zh = cli.expect(0, "--lang", "zh", "import", "orders", f.toString());
    assertTrue(zh.err().contains("usd.csv：3 笔订单的币种为 EUR (1), USD (2)；本店的币种是 GBP"), zh.err());
  }

  @Test
  void aWeekWithTrafficOnSomeOfItsDaysHasNoConversionRate() throws Exception {
    CliRunner cli = store();
    // daily traffic for 3 of W45's 7 days; W48 fully covered
    StringBuilder t = new StringBuilder("date,pv,uv\n");
    t.append("2026-11-02,1000,400\n2026-11-03,1200,450\n2026-11-04,100,150\n");
    for (int d = 23; d <= 29; d++) {
      t.append("2026-11-").append(d).append(",100,50\n");
    }
    Path f = TestFiles.write(dir, "traffic.csv", t.toString());
    cli.expect(0, "import", "traffic", f.toString(), "-q");
    var m =
        cli.expect(
            0,
            "--now",
            "2026-12-01 00:00",
            "metrics",
            "--by",
            "week",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-29",
            "--columns",
            "period,pv,uv,orders,buyers,conversion_rate,order_conversion_rate",
            "--format",
            "csv");
    assertEquals(
        List.of(
            "period,pv,uv,orders,buyers,conversion_rate,order_conversion_rate",
            "2026-W45,2300,1000,3,2,,", // 3 of 7 days: no rate
            "2026-W46,,,0,0,,",
            "2026-W47,,,1,1,,",
            "2026-W48,700,350,2,2,0.0057,0.0057"), // 2 / 350
        m.out().lines().toList());
    assertTrue(
        m.err()
            .contains(
                "note: conversion_rate, order_conversion_rate: not computed in 1 period whose"
                    + " traffic covers only some of its days (days with traffic/days): 2026-W45 (3/7); pv and uv"
                    + " there are of those days only"),
        m.err());
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
            "2026-11-29",
            "--format",
            "csv");
    assertTrue(
        zh.err().contains("注：转化率、订单转化率：1 个期间的流量只覆盖部分日期（有流量的天数/天数），未计算：2026-W45 (3/7)"), zh.err());
  }
}
