package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFM, tiers, lifecycle and the pyramid through the real command line, on hand-checked data
 * (src/test/resources/customers). As of 2026-11-20 10:00 Asia/Shanghai.
 */
class CustomersSegmentCliTest {
  static final String NOW = "2026-11-20 10:00:00";
  static final String RES = "src/test/resources/customers/";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private void rfmData() {
    cli.expect(0, "import", "orders", RES + "rfm-orders.csv", "-q");
  }

  // Recency 1,1,5,30,90,180 → breaks 1,5,30,90 → +1 → 2,6,31,91: R 5,5,4,3,2,1.
  // Orders 1,1,1,2,2,5 → breaks 1,1,2,2 → 2,2,3,3: scores 1,3,5 (2 and 4 skipped: ties together).
  // Money 30,40,150,150,500,1000 yuan → breaks (fen) 4000,15000,15000,50000 +1 fen: M 1,1,2,2,4,5.
  // A: its cancelled order and G (cancelled only), H (paid after now), P (unpaid) are not seen.
  @Test
  void rfmQuantileScoresAndSegmentsWithTiesAndOneOrderCustomers() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "segment");
    assertEquals(
        """
        customer_id,recency_days,orders,monetary,r,f,m,segment
        A,1,2,150.00,5,3,2,Potential Loyalist
        B,1,5,1000.00,5,5,5,Champions
        C,30,1,30.00,3,1,1,About To Sleep
        D,90,1,500.00,2,1,4,About To Sleep
        E,5,2,150.00,4,3,2,Loyal Customers
        F,180,1,40.00,1,1,1,Lost
        """,
        r.out());
    assertTrue(r.err().contains("never reaches Can't Lose Them"), r.err());
  }

  // NTILE(5) over (value, customer_id), 6 customers: the first group holds 2.
  @Test
  void rfmNtileBreaksTiesByCustomerId() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--binning", "ntile");
    assertEquals(
        """
        customer_id,recency_days,orders,monetary,r,f,m,segment
        A,1,2,150.00,5,3,2,Potential Loyalist
        B,1,5,1000.00,5,5,5,Champions
        C,30,1,30.00,3,1,1,About To Sleep
        D,90,1,500.00,2,1,4,About To Sleep
        E,5,2,150.00,4,4,3,Loyal Customers
        F,180,1,40.00,1,2,1,Lost
        """,
        r.out());
  }

  @Test
  void summaryPerSegmentAndThresholdsOnStderr() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--summary");
    assertEquals(
        """
        segment,customers,share,orders,revenue,revenue_share,average_order_value,avg_r,avg_f,avg_m
        Champions,1,0.1667,5,1000.00,0.5348,200.00,5.00,5.00,5.00
        Loyal Customers,1,0.1667,2,150.00,0.0802,75.00,4.00,3.00,2.00
        Potential Loyalist,1,0.1667,2,150.00,0.0802,75.00,5.00,3.00,2.00
        About To Sleep,2,0.3333,2,530.00,0.2834,265.00,2.50,1.00,2.50
        Lost,1,0.1667,1,40.00,0.0214,40.00,1.00,1.00,1.00
        """,
        r.out());
    assertTrue(
        r.err()
            .contains(
                "  R recency_days:  5 [1, 2) n=2  4 [2, 6) n=1  3 [6, 31) n=1  2 [31, 91) n=1"
                    + "  1 [91, 181) n=1"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "  F orders:  5 [3, 6) n=1  4 [3, 3) n=0  3 [2, 3) n=2  2 [2, 2) n=0  1 [1, 2) n=3"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "  M monetary:  5 [500.01, 1000.01) n=1  4 [150.01, 500.01) n=1  3 [150.01, 150.01) n=0"
                    + "  2 [40.01, 150.01) n=2  1 [30.00, 40.01) n=2"),
        r.err());
  }

  @Test
  void windowCountsTheAsOfDayAndTheDaysBefore() {
    rfmData();
    // 30 days: paid on or after 2026-10-22 00:00 — C (2026-10-21 08:00) is out, 31 days has it
    String w30 = cli.expect(0, "--now", NOW, "customers", "segment", "--window", "30").out();
    assertEquals(4, w30.lines().count(), w30); // header + A, B, E
    assertTrue(!w30.contains("\nC,"), w30);
    assertTrue(w30.contains("\nB,1,2,400.00,"), w30); // only B4, B5 in the window
    String w31 = cli.expect(0, "--now", NOW, "customers", "segment", "--window", "31").out();
    assertTrue(w31.contains("\nC,30,1,30.00,"), w31);
    cli.expect(2, "customers", "segment", "--window", "0");
  }

  @Test
  void regionAndSegmentFilterTheRowsNotTheScores() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--region", "华东");
    assertEquals(
        """
        customer_id,recency_days,orders,monetary,r,f,m,segment
        A,1,2,150.00,5,3,2,Potential Loyalist
        C,30,1,30.00,3,1,1,About To Sleep
        E,5,2,150.00,4,3,2,Loyal Customers
        """,
        r.out());
    var s = cli.expect(0, "--now", NOW, "customers", "segment", "--segment", "about to sleep");
    assertEquals(3, s.out().lines().count(), s.out());
    var bad = cli.expect(2, "customers", "segment", "--segment", "Hibernating");
    assertTrue(bad.err().contains("no segment \"Hibernating\""), bad.err());
  }

  @Test
  void configuredSegmentTableReplacesTheDefault() {
    rfmData();
    cli.expect(
        0,
        "config",
        "set",
        "customers.segments",
        "[{\"name\":\"Top\",\"r\":\"4-5\",\"f\":\"3-5\",\"m\":\"1-5\"},{\"name\":\"Rest\"}]");
    var r = cli.expect(0, "--now", NOW, "customers", "segment");
    assertTrue(r.out().contains("\nA,1,2,150.00,5,3,2,Top\n"), r.out());
    assertTrue(r.out().contains("\nF,180,1,40.00,1,1,1,Rest\n"), r.out());
    assertTrue(!r.err().contains("never reaches"), r.err());
    cli.expect(2, "config", "set", "customers.segments", "[{\"name\":\"X\",\"r\":\"0-9\"}]");
  }

  // growth = yuan + 10 × orders (+ 5 × reviews, none here): A 170, B 1050, C 40, D 510, E 170, F 50
  @Test
  void tiersHoldFromTheirThreshold() {
    rfmData();
    cli.expect(0, "config", "set", "customers.tiers", "普通:0,银牌:170,金牌:1050");
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--method", "tier");
    assertEquals(
        """
        customer_id,spend,orders,reviews,growth,tier,next_tier,growth_to_next
        A,150.00,2,0,170,银牌,金牌,880
        B,1000.00,5,0,1050,金牌,,
        C,30.00,1,0,40,普通,银牌,130
        D,500.00,1,0,510,银牌,金牌,540
        E,150.00,2,0,170,银牌,金牌,880
        F,40.00,1,0,50,普通,银牌,120
        """,
        r.out());
    cli.expect(0, "config", "set", "customers.tiers", "普通:0,银牌:171,金牌:1051");
    var below = cli.expect(0, "--now", NOW, "customers", "segment", "--method", "tier");
    assertTrue(below.out().contains("\nA,150.00,2,0,170,普通,银牌,1\n"), below.out());
    assertTrue(below.out().contains("\nB,1000.00,5,0,1050,银牌,金牌,1\n"), below.out());
  }

  @Test
  void defaultTiersAndSummary() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--method", "tier", "--summary");
    assertEquals(
        """
        tier,from_growth,customers,share
        普通,0,4,0.6667
        银牌,500,2,0.3333
        金牌,2000,0,0.0000
        白金,8000,0,0.0000
        钻石,20000,0,0.0000
        """,
        r.out());
  }

  // Silence: 180 days is not churned, 181 is; 90 days after a single purchase day is not lapsing,
  // 91 is; two purchase days 10 apart: lapsing after max(2 × 10, 30) = 30 days.
  @Test
  void lifecycleStagesAtTheirBoundaries() {
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "lifecycle-orders.csv", "-q");
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--method", "lifecycle");
    assertEquals(
        """
        customer_id,stage,orders,last_order,days_silent,median_gap_days,lapsing_after_days
        A,prospect,0,,,,
        B,loyal,4,2026-11-01,19,31,62
        C,first purchase,1,2026-10-21,30,,90
        D,first purchase,1,2026-08-22,90,,90
        D0,lapsing,1,2026-08-21,91,,90
        F,lapsing,1,2026-05-24,180,,90
        J,churned,1,2026-05-23,181,,90
        K,prospect,0,,,,
        L,lapsing,2,2026-10-20,31,10,30
        M,repeat,2,2026-10-21,30,10,30
        S,repeat,2,2026-11-20,0,,90
        T1,prospect,0,,,,
        T2,prospect,0,,,,
        """,
        r.out());
    cli.expect(0, "config", "set", "customers.churn_after", "179d");
    var c =
        cli.expect(
            0,
            "--now",
            NOW,
            "customers",
            "segment",
            "--method",
            "lifecycle",
            "--segment",
            "churned");
    assertEquals(
        "customer_id,stage,orders,last_order,days_silent,median_gap_days,"
            + "lapsing_after_days\nF,churned,1,2026-05-24,180,,90\nJ,churned,1,2026-05-23,181,,90\n",
        c.out());
  }

  // 6 buyers, cumulative cuts rounded up: top 1% → ⌈0.06⌉ = 1 (B); top 5% → ⌈0.3⌉ = 1, so
  // next 4% is empty; top 20% → ⌈1.2⌉ = 2 (D). A and E tie at 150 and stay together in the rest.
  @Test
  void pyramidBySpend() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "segment", "--method", "pyramid");
    assertEquals(
        """
        customer_id,layer,spend,rank
        B,top 1%,1000.00,1
        D,next 15%,500.00,2
        A,rest,150.00,3
        E,rest,150.00,4
        F,rest,40.00,5
        C,rest,30.00,6
        """,
        r.out());
  }

  // lifetimes: frequency = repeat purchase days, recency = age at last purchase, T = age now
  @Test
  void clvSummaryAsLifetimesDefinesIt() {
    rfmData();
    var r = cli.expect(0, "--now", NOW, "customers", "summary");
    assertEquals(
        """
        customer_id,frequency,recency,T,monetary_value
        A,1,9,10,100.00
        B,4,110,111,200.00
        C,0,0,30,0.00
        D,0,0,90,0.00
        E,1,10,15,80.00
        F,0,0,180,0.00
        """,
        r.out());
    var w = cli.expect(0, "--now", NOW, "customers", "summary", "--unit", "weeks");
    assertTrue(w.out().contains("\nA,1,1.285714,1.428571,100.00\n"), w.out());
  }

  @Test
  void helpFormatsItsPercentSigns() {
    var r = cli.expect(0, "customers", "segment", "--help");
    assertEquals("", r.err());
    assertTrue(
        r.out().contains("pyramid: layer (top 1% / next 4% / next 15% / rest by spend)"), r.out());
  }

  @Test
  void unknownMethodIsAUsageError() {
    var r = cli.expect(2, "customers", "segment", "--method", "abc");
    // --method is an enum: picocli's message names the choices
    assertTrue(
        r.err()
            .startsWith(
                "shopops: Invalid value for option '--method': \"abc\" is not one"
                    + " of rfm, tier, lifecycle, pyramid\n"),
        r.err());
    var b = cli.expect(2, "customers", "segment", "--binning", "bins");
    assertTrue(b.err().contains("Invalid value for option '--binning'"), b.err());
    var u = cli.expect(2, "customers", "summary", "--unit", "months");
    assertTrue(
        u.err()
            .startsWith(
                "shopops: Invalid value for option '--unit': unknown unit"
                    + " \"months\"; use days or weeks\n"),
        u.err());
    cli.expect(0, "customers", "segment", "--method", "Tier", "--binning", "NTILE");
    var w = cli.expect(2, "customers", "segment", "--window", "0");
    assertTrue(
        w.err()
            .startsWith(
                "shopops: Invalid value for option '--window': \"0\" is not a"
                    + " number of days; use e.g. --window 365, or --window all\n"),
        w.err());
    cli.expect(0, "customers", "segment", "--window", "30d", "--method", "pyramid");
  }
}
