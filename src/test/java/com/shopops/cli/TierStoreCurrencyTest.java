package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A buyer's member tier depends on their own orders only (tryout18 W6): growth value counts the
 * spend in the store's own currency, never the currency most of the store's orders happen to be in.
 * Before, a Madrid shop's (EUR) buyer with 495.00 EUR was 银牌 (growth 505) until other buyers paid
 * two CNY orders more than the euro ones: then her spend counted 0.00 (growth 10, 普通) and {@code
 * export promotion --tier Silver} left her out.
 */
class TierStoreCurrencyTest {
  @TempDir Path dir;

  CliRunner runner() {
    return new CliRunner(dir);
  }

  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    String orders =
        "order_id,customer_id,paid_at,status,amount,currency\n"
            + "Y1,CY,2026-11-01 10:00:00,paid,495.00,EUR\n"
            + "Z1,CZ,2026-11-02 10:00:00,paid,10.00,CNY\n"
            + "Z2,CZ,2026-11-03 10:00:00,paid,10.00,CNY\n"
            + "Z3,CZ2,2026-11-10 10:00:00,paid,10.00,CNY\n";
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", orders).toString());
    cli.expect(
        0,
        "-q",
        "import",
        "customers",
        TestFiles.write(dir, "c.csv", "customer_id,accepts_marketing\nCY,yes\nCZ,yes\n")
            .toString());
    return cli;
  }

  private static String tiers(CliRunner cli, String now) {
    return cli.expect(
            0, "--now", now, "customers", "segment", "--method", "tier", "--format", "csv")
        .out();
  }

  @Test
  void growthCountsTheStoresCurrencyWhateverOtherBuyersPayIn() throws Exception {
    CliRunner cli = store();
    String expected =
        "customer_id,spend,orders,reviews,growth,tier,next_tier,growth_to_next\n"
            + "CY,495.00,1,0,505,银牌,金牌,1495\n"
            + "CZ,0.00,2,0,20,普通,银牌,480\n"
            + "CZ2,0.00,1,0,10,普通,银牌,490\n";
    // as of December: the maintained figures; CNY has 3 paid orders, EUR 1 (before: CY 0.00, 10)
    var all =
        cli.expect(
            0,
            "--now",
            "2026-12-01 12:00",
            "customers",
            "segment",
            "--method",
            "tier",
            "--format",
            "csv");
    assertEquals(expected, all.out());
    assertTrue(
        all.err()
            .contains(
                "note: spend and growth count the paid orders in EUR only, the store's currency,"
                    + " whatever currency other buyers pay in; orders count every paid order,"
                    + " whatever its currency\n"
                    + "note: 3 paid orders in other currencies (CNY: 3) left out: amounts of"
                    + " different currencies are never added up"),
        all.err());
    // as of 11-05 (before CZ2's order: the raw rows): CZ's two CNY orders outnumber CY's euro one
    assertEquals(
        "customer_id,spend,orders,reviews,growth,tier,next_tier,growth_to_next\n"
            + "CY,495.00,1,0,505,银牌,金牌,1495\n"
            + "CZ,0.00,2,0,20,普通,银牌,480\n",
        tiers(cli, "2026-11-05 12:00"));
    var show =
        cli.expect(0, "--now", "2026-12-01 12:00", "customers", "show", "CY", "--format", "json");
    assertTrue(show.out().contains("\"growth\": 505,"), show.out());
    assertTrue(show.out().contains("\"tier\": \"银牌\","), show.out());
    var promo =
        cli.expect(
            0,
            "--now",
            "2026-12-01 12:00",
            "export",
            "promotion",
            "--tier",
            "Silver",
            "--dry-run",
            "--format",
            "csv",
            "--columns",
            "customer_id,tier");
    assertEquals("customer_id,tier\nCY,银牌\n", promo.out());
  }

  /**
   * review19 V9: a buyer who paid in other currencies than the ranked one only: the reason says her
   * own spend in her currency, not "spent 0.00" of the ranked one first.
   */
  @Test
  void theReasonOfABuyerWhoPaidInAnotherCurrencyOnlySaysHerSpend() throws Exception {
    CliRunner cli = store(); // CNY (3 orders) is ranked; CY paid 495.00 EUR only
    String[] promo = {
      "--now",
      "2026-12-01 12:00",
      "export",
      "promotion",
      "--dry-run",
      "--format",
      "csv",
      "--columns",
      "customer_id,reason"
    };
    String en = cli.expect(0, concat(new String[] {"--lang", "en"}, promo)).out();
    // her own segment (before: none, as if she had bought nothing), then her spend
    assertTrue(
        en.contains(
            "\nCY,segment Other Currency Only; spent EUR 495.00 (1); last order 2026-11-01"),
        en);
    assertTrue(en.contains("\nCZ,segment Lost; spent ¥20.00; last order 2026-11-03"), en);
    String zh = cli.expect(0, concat(new String[] {"--lang", "zh"}, promo)).out();
    assertTrue(zh.contains("\nCY,分群 仅外币消费；累计消费 EUR 495.00（1 单）；最近下单 2026-11-01"), zh);
    assertTrue(zh.contains("累计消费 ¥20.00；"), zh);
  }

  /**
   * review19 V9 rest: a buyer who paid in other currencies only is not ranked in RFM (no money in
   * the ranked currency), but she is a buyer: her segment is Other Currency Only in customers show
   * and the lists, and the RFM table says how many such buyers it leaves out.
   */
  @Test
  void aBuyerWhoPaidInAnotherCurrencyOnlyHasHerOwnSegment() throws Exception {
    CliRunner cli = store();
    String now = "2026-12-01 12:00";
    var rfm =
        cli.expect(0, "--now", now, "--lang", "en", "customers", "segment", "--format", "csv");
    assertTrue(!rfm.out().contains("\nCY,"), rfm.out());
    assertTrue(
        rfm.err()
            .contains(
                "note: 1 buyer paid in other currencies than CNY only: not ranked here; their"
                    + " segment is Other Currency Only (customers show, the lists)"),
        rfm.err());
    var zh = cli.expect(0, "--now", now, "--lang", "zh", "customers", "segment", "--format", "csv");
    assertTrue(zh.err().contains("1 位买家只用 CNY 以外的币种付款：不参与此处排名；其分群为“仅外币消费”"), zh.err());
    String show =
        cli.expect(0, "--now", now, "--lang", "en", "customers", "show", "CY", "--format", "json")
            .out();
    assertTrue(show.contains("\"segment\": \"Other Currency Only\""), show);
    String promo =
        cli.expect(
                0,
                "--now",
                now,
                "export",
                "promotion",
                "--dry-run",
                "--format",
                "csv",
                "--columns",
                "customer_id,segment")
            .out();
    assertTrue(promo.contains("\nCY,Other Currency Only\n"), promo);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
