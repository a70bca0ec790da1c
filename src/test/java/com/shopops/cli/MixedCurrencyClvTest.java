package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A EUR store in Madrid whose buyers also paid in yuan (tryout17 U15, U8): the CLV inputs ({@code
 * customers summary}) and the tier table count every paid order's day and order whatever its
 * currency; their money is the euro orders' only, and the output says so.
 */
class MixedCurrencyClvTest {
  @TempDir Path dir;

  private static final String NOW = "2026-12-01T12:00";

  CliRunner runner() {
    return new CliRunner(dir);
  }

  /**
   * C1: 45.00 EUR on 11-01 (20.00 refunded), 500.00 CNY on 11-20. C2: 20.00 EUR on 11-02. C3:
   * 300.00 CNY on 11-02, refunded whole. C4: 10.00 EUR on 11-03, 100.00 CNY on 11-10, 30.00 and
   * 5.00 EUR on 11-15. EUR is ranked (5 paid orders to 3).
   */
  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    Path f =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,amount,currency",
                "E1,C1,2026-11-01 10:00:00,2026-11-01 10:00:00,45.00,EUR",
                "E2,C2,2026-11-02 10:00:00,2026-11-02 10:00:00,20.00,EUR",
                "Y1,C3,2026-11-02 10:00:00,2026-11-02 10:00:00,300.00,CNY",
                "Y2,C1,2026-11-20 10:00:00,2026-11-20 10:00:00,500.00,CNY",
                "E41,C4,2026-11-03 10:00:00,2026-11-03 10:00:00,10.00,EUR",
                "Y42,C4,2026-11-10 10:00:00,2026-11-10 10:00:00,100.00,CNY",
                "E43,C4,2026-11-15 10:00:00,2026-11-15 10:00:00,30.00,EUR",
                "E44,C4,2026-11-15 18:00:00,2026-11-15 18:00:00,5.00,EUR",
                ""));
    cli.expect(0, "import", "orders", f.toString(), "-q");
    Path r =
        TestFiles.write(
            dir,
            "returns.csv",
            "return_id,order_id,requested_at,refund_amount,refunded_at\n"
                + "R1,E1,2026-11-04 10:00:00,20.00,2026-11-05 10:00:00\n"
                + "R2,Y1,2026-11-04 10:00:00,300.00,2026-11-05 10:00:00\n");
    cli.expect(0, "import", "returns", r.toString(), "-q");
    Path c =
        TestFiles.write(
            dir,
            "customers.csv",
            "customer_id,name,accepts_marketing\nC1,Ana,yes\nC2,Bea,yes\nC3,Chen,yes\nC4,Dani,yes\n");
    cli.expect(0, "import", "customers", c.toString(), "-q");
    return cli;
  }

  @Test
  void clvInputsCountEveryPaidOrdersDayAndTheEuroRepeatPurchasesMoney() throws Exception {
    CliRunner cli = store();
    var summary = cli.expect(0, "--now", NOW, "customers", "summary", "--format", "csv");
    // before: C1,0,0,30,0.00 (her yuan order unseen), C3 absent, C4,1,12,28,35.00; no note
    assertEquals(
        String.join(
            "\n",
            "customer_id,frequency,recency,T,monetary_value",
            "C1,1,19,30,", // her one repeat day is in yuan: no euro figure
            "C2,0,0,29,0.00",
            "C3,0,0,29,0.00",
            "C4,2,12,28,35.00", // repeat days 11-10 (yuan) and 11-15 (euros: 30.00 + 5.00)
            ""),
        summary.out());
    assertTrue(
        summary
            .err()
            .contains(
                "note: monetary_value counts the repeat purchases in EUR only, the currency most"
                    + " paid orders are in; frequency, recency and T count every paid order,"
                    + " whatever its currency\n"),
        summary.err());
    assertTrue(
        summary
            .err()
            .contains(
                "note: 3 paid orders in other currencies (CNY: 3) left out: amounts of different"
                    + " currencies are never added up\n"),
        summary.err());
    assertTrue(
        summary
            .err()
            .contains(
                "note: monetary_value is blank for 1 buyer whose repeat purchases are all in"
                    + " other currencies\n"),
        summary.err());
    String json =
        cli.expect(0, "--now", NOW, "customers", "summary", "--format", "json", "-q").out();
    assertTrue(json.contains("\"monetary_value\": null"), json);
    // weeks: the same days over 7
    String weeks =
        cli.expect(0, "--now", NOW, "customers", "summary", "--unit", "weeks", "--format", "csv")
            .out();
    assertTrue(weeks.contains("\nC1,1,2.714286,4.285714,\n"), weeks);
    // Chinese
    String zh =
        cli.expect(0, "--lang", "zh", "--now", NOW, "customers", "summary", "--format", "csv")
            .err();
    assertTrue(
        zh.contains(
            "monetary_value 只计 EUR 的复购（多数已付款订单的币种）；frequency、recency 和 T" + " 计所有已付款订单，不论币种"),
        zh);
    assertTrue(zh.contains("1 位买家的复购全是其他币种，monetary_value 留空"), zh);
  }

  @Test
  void tiersCountEveryPaidOrderWhateverItsCurrency() throws Exception {
    CliRunner cli = store();
    var tiers =
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "tier", "--format", "csv");
    // growth = spend in euros + 10 per order; before: C3 absent (paid in yuan only)
    assertEquals(
        String.join(
            "\n",
            "customer_id,spend,orders,reviews,growth,tier,next_tier,growth_to_next",
            "C1,25.00,2,0,45,普通,银牌,455",
            "C2,20.00,1,0,30,普通,银牌,470",
            "C3,0.00,1,0,10,普通,银牌,490",
            "C4,45.00,4,0,85,普通,银牌,415",
            ""),
        tiers.out());
    assertTrue(
        tiers
            .err()
            .contains(
                "note: spend and growth count the paid orders in EUR only, the store's"
                    + " currency, whatever currency other buyers pay in; orders count every paid"
                    + " order, whatever its currency\n"),
        tiers.err());
    // one customer's record: the same tier input
    String show = cli.expect(0, "--now", NOW, "customers", "show", "C3", "--format", "json").out();
    assertTrue(show.contains("\"orders\": 1,"), show);
    assertTrue(show.contains("\"growth\": 10,"), show);
    // and RFM still ranks the buyers with euro money only: C3 is not scored on a 0 she did not
    // spend
    String rfm =
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out();
    assertTrue(!rfm.contains("\nC3,"), rfm);
    assertTrue(rfm.contains("\nC1,11,2,25.00,"), rfm);
  }

  /** tryout17 U5: the tier names a table shows, typed back, in either language. */
  @Test
  void aTierIsTakenByTheNameTheTablesShowInEitherLanguage() throws Exception {
    CliRunner cli = store();
    String[] promo = {
      "--now", NOW, "export", "promotion", "--dry-run", "--format", "csv", "--tier"
    };
    String stored = cli.expect(0, concat(promo, "普通")).out();
    assertTrue(stored.contains("\nC4,"), stored);
    assertEquals(stored, cli.expect(0, concat(promo, "Regular")).out());
    assertEquals(stored, cli.expect(0, concat(promo, "REGULAR")).out());
    assertEquals(
        cli.expect(0, concat(promo, "银牌,金牌")).out(),
        cli.expect(0, concat(promo, "silver,Gold")).out());
    var refused = cli.expect(2, concat(new String[] {"--lang", "en"}, concat(promo, "Bronze")));
    assertTrue(refused.err().contains("--tier: no tier \"Bronze\""), refused.err());
    assertTrue(
        refused.err().contains("use one of Regular, Silver, Gold, Platinum, Diamond"),
        refused.err());
    var zh = cli.expect(2, concat(new String[] {"--lang", "zh"}, concat(promo, "Bronze")));
    assertTrue(zh.err().contains("--tier：没有会员等级 \"Bronze\""), zh.err());
    assertTrue(zh.err().contains("普通, 银牌, 金牌, 白金, 钻石"), zh.err());

    String[] seg = {"--now", NOW, "customers", "segment", "--method", "tier", "--format", "csv"};
    String regular = cli.expect(0, concat(seg, "--segment", "regular")).out();
    assertEquals(cli.expect(0, concat(seg, "--segment", "普通")).out(), regular);
    assertTrue(regular.contains("\nC3,0.00,1,0,10,普通,"), regular);
    var noSuch =
        cli.expect(2, concat(new String[] {"--lang", "en"}, concat(seg, "--segment", "x")));
    assertTrue(noSuch.err().contains("--segment: no tier \"x\""), noSuch.err());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
