package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sla commands through the real command line, at every rule edge of docs/sla.md. */
class SlaCommandTest {
  private static final String ORDERS_HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,status,"
          + "province\n";
  private static final String LIST_HEADER =
      "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status";

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private void orders(String rows) throws IOException {
    cli.expect(0, "import", "orders", file("orders.csv", ORDERS_HEADER + rows).toString());
  }

  private static List<String> lines(String out) {
    return Arrays.asList(out.split("\n"));
  }

  /** The row of a csv report whose first cell is {@code key}, as cells. */
  private static List<String> row(String csv, String key) {
    for (String line : lines(csv)) {
      if (line.startsWith(key + ",")) {
        return Arrays.asList(line.split(",", -1));
      }
    }
    throw new AssertionError("no row " + key + " in\n" + csv);
  }

  private static String cell(String csv, String key, String column) {
    List<String> header = Arrays.asList(lines(csv).get(0).split(","));
    return row(csv, key).get(header.indexOf(column));
  }

  @Test
  void shippedExactlyAt24hIsOnTimeAndExactlyAt48hIsLateNotBreached() throws IOException {
    orders(
        """
        A1,C1,2026-03-02 09:50:00,2026-03-02 10:00:00,2026-03-03 10:00:00,,中通快递,,shipped,浙江
        A2,C1,2026-03-02 09:50:00,2026-03-02 10:00:00,2026-03-03 10:00:01,,中通快递,,shipped,浙江
        A3,C1,2026-03-02 09:50:00,2026-03-02 10:00:00,2026-03-04 10:00:00,,中通快递,,shipped,浙江
        A4,C1,2026-03-02 09:50:00,2026-03-02 10:00:00,2026-03-04 10:00:01,,中通快递,,shipped,浙江
        """);
    var report = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "carrier");
    assertEquals("1", cell(report.out(), "total", "shipped_on_time"));
    assertEquals("2", cell(report.out(), "total", "shipped_late"));
    assertEquals("1", cell(report.out(), "total", "shipped_breached"));
    assertEquals("0.2500", cell(report.out(), "total", "on_time_ship_rate"));
    assertEquals("0.2500", cell(report.out(), "total", "breach_rate"));

    var breaches = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "breaches");
    assertEquals(
        List.of(
            "order_id,customer_id,paid_at,ship_by,ship_limit,shipped_at,hours_late,carrier,"
                + "province,status",
            "A4,C1,2026-03-02 10:00:00,2026-03-03 10:00:00,2026-03-04 10:00:00,"
                + "2026-03-04 10:00:01,24.0,中通快递,浙江,shipped_breached"),
        lines(breaches.out()));
  }

  @Test
  void unshippedAtTheDeadlineIsAtRiskOneSecondLaterOverdueAndPast48hBreached() throws IOException {
    orders("B1,C2,2026-03-02 09:50:00,2026-03-02 10:00:00,,,,,paid,江苏\n");
    var atDeadline = cli.expect(0, "--now", "2026-03-03 10:00:00", "sla", "at-risk");
    assertEquals(
        List.of(
            LIST_HEADER.replace("hours_late", "hours_left"),
            "B1,C2,2026-03-02 10:00:00,2026-03-03 10:00:00,,0.0,,江苏,at_risk"),
        lines(atDeadline.out()));
    assertEquals(
        1, lines(cli.expect(0, "--now", "2026-03-03 10:00:00", "sla", "overdue").out()).size());

    var late = cli.expect(0, "--now", "2026-03-03 10:00:01", "sla", "overdue");
    assertEquals(
        List.of(LIST_HEADER, "B1,C2,2026-03-02 10:00:00,2026-03-03 10:00:00,,0.0,,江苏,overdue"),
        lines(late.out()));
    var at48 = cli.expect(0, "--now", "2026-03-04 10:00:00", "sla", "overdue");
    assertTrue(at48.out().endsWith(",24.0,,江苏,overdue\n"), at48.out());
    var past48 = cli.expect(0, "--now", "2026-03-04 10:00:01", "sla", "overdue");
    assertTrue(past48.out().endsWith(",24.0,,江苏,breached\n"), past48.out());
    var breaches = cli.expect(0, "--now", "2026-03-04 10:00:01", "sla", "breaches");
    assertTrue(breaches.out().contains("\nB1,C2,"), breaches.out());
  }

  @Test
  void atRiskWindowIsFourHoursByDefaultAndWithinOverridesIt() throws IOException {
    orders("B2,C2,2026-03-02 09:50:00,2026-03-02 10:00:00,,,,,paid,江苏\n");
    // deadline 03-03 10:00; at 06:00 it is exactly 4 h away: at risk (inclusive)
    assertEquals(
        2, lines(cli.expect(0, "--now", "2026-03-03 06:00:00", "sla", "at-risk").out()).size());
    assertEquals(
        1, lines(cli.expect(0, "--now", "2026-03-03 05:59:59", "sla", "at-risk").out()).size());
    var wider = cli.expect(0, "--now", "2026-03-03 05:59:59", "sla", "at-risk", "--within", "8h");
    assertTrue(
        wider.out().contains("B2,C2,2026-03-02 10:00:00,2026-03-03 10:00:00,,4.0,"), wider.out());
    cli.expect(0, "config", "set", "sla.at_risk_within", "5h");
    assertEquals(
        2, lines(cli.expect(0, "--now", "2026-03-03 05:59:59", "sla", "at-risk").out()).size());
    var bad = cli.expect(2, "sla", "at-risk", "--within", "soon");
    // picocli's message for a typed option (was "--within: not a duration ...", hand-made)
    assertTrue(
        bad.err().contains("Invalid value for option '--within': not a duration (\"soon\")"),
        bad.err());
    var negative = cli.expect(2, "sla", "at-risk", "--within", "PT-4H");
    assertTrue(negative.err().contains("--within: must not be negative"), negative.err());
  }

  @Test
  void theClockStopsOnHolidaysAcrossTheDeadline() throws IOException {
    orders(
        """
        H1,C3,2026-09-30 19:00:00,2026-09-30 20:00:00,,,,,paid,广东
        H2,C3,2026-09-30 19:00:00,2026-09-30 20:00:00,2026-10-08 20:00:00,,顺丰速运,,shipped,广东
        """);
    // without holidays H1 is long breached by 10-08 and H2 shipped 8 days late
    var before = cli.expect(0, "--now", "2026-10-08 19:00", "sla", "overdue");
    assertTrue(
        before
            .out()
            .contains("H1,C3,2026-09-30 20:00:00,2026-10-01 20:00:00,,167.0,,广东," + "breached"),
        before.out());
    cli.expect(0, "config", "set", "sla.holidays", "2026-10-01..2026-10-07");
    var atRisk = cli.expect(0, "--now", "2026-10-08 19:00", "sla", "at-risk");
    assertEquals(
        List.of(
            LIST_HEADER.replace("hours_late", "hours_left"),
            "H1,C3,2026-09-30 20:00:00,2026-10-08 20:00:00,,1.0,,广东,at_risk",
            // H2 ships at 20:00: not yet at 19:00
            "H2,C3,2026-09-30 20:00:00,2026-10-08 20:00:00,,1.0,顺丰速运,广东,at_risk"),
        lines(atRisk.out()));
    var report = cli.expect(0, "--now", "2026-10-08 21:00", "sla", "report", "--by", "carrier");
    assertEquals("1", cell(report.out(), "顺丰速运", "shipped_on_time"));
    // no carrier: an empty key in csv, "(none)" only in the table (review12 L18)
    assertEquals("1", cell(report.out(), "", "overdue"));
  }

  @Test
  void the211PromiseTurnsAt11And23() throws IOException {
    // one carrier per order so that the report shows each order on its own row
    orders(
        """
        D1,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,,,,,paid,上海
        D2,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,,,,,paid,上海
        D3,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,,,,,paid,上海
        D4,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,,,,,paid,上海
        """);
    Path shipments =
        file(
            "shipments.csv",
            """
        订单编号,快递公司,运单号,出库时间,签收时间
        D1,before-11,T1,2026-03-02 10:59:59,2026-03-03 13:00:00
        D2,at-11,T2,2026-03-02 11:00:00,2026-03-03 13:00:00
        D3,before-23,T3,2026-03-02 22:59:59,2026-03-03 15:00:00
        D4,at-23,T4,2026-03-02 23:00:00,2026-03-03 15:00:00
        """);
    cli.expect(0, "import", "shipments", shipments.toString());
    var report = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "carrier");
    // 10:59:59 → same day 23:00 (missed); 11:00:00 → next day 14:00 (kept)
    assertEquals("1", cell(report.out(), "before-11", "delivered_late"));
    assertEquals("1", cell(report.out(), "at-11", "delivered_on_time"));
    // 22:59:59 → next day 14:00 (missed); 23:00:00 → next day 23:00 (kept)
    assertEquals("1", cell(report.out(), "before-23", "delivered_late"));
    assertEquals("1", cell(report.out(), "at-23", "delivered_on_time"));
    assertEquals("0.5000", cell(report.out(), "total", "delivery_on_time_rate"));

    // in transit: D5 reached outbound at 10:00, the promise is 23:00 the same day
    orders("D5,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,2026-03-02 10:00:00,,x,,shipped,上海\n");
    var transit =
        cli.expect(
            0,
            "--now",
            "2026-03-02 23:00:01",
            "sla",
            "report",
            "--by",
            "carrier",
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-02");
    assertEquals("1", cell(transit.out(), "x", "in_transit_past_promise"));
  }

  @Test
  void anEstimatedDeliveryDateWinsOver211AndADateMeansTheEndOfThatDay() throws IOException {
    orders("E1,C5,2026-03-02 09:00:00,2026-03-02 09:00:00,,,,,paid,上海\n");
    cli.expect(
        0,
        "import",
        "shipments",
        file(
                "s.csv",
                """
        order_id,carrier,tracking_no,shipped_at,delivered_at,estimated_delivery_at
        E1,中通快递,ZT1,2026-03-02 10:00:00,2026-03-05 23:59:59,2026-03-05
        """)
            .toString());
    var report = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "carrier");
    assertEquals("1", cell(report.out(), "中通快递", "delivered_on_time"));
  }

  /**
   * The order export says A1 shipped at A (on time), the carrier's shipment record says B (73 h
   * after payment, past sla.ship_max): `sla report` and `metrics` both take B (store.Fulfilment).
   */
  @Test
  void slaReportAndMetricsAgreeOnWhenAnOrderShipped() throws IOException {
    orders(
        "A1,C1,2026-03-02 09:00:00,2026-03-02 09:00:00,2026-03-02 10:00:00,,顺丰速运,SF1,shipped,"
            + "上海\n");
    cli.expect(
        0,
        "import",
        "shipments",
        file(
                "s.csv",
                """
        order_id,carrier,tracking_no,shipped_at
        A1,顺丰速运,SF1,2026-03-05 10:00:00
        """)
            .toString());
    var sla = cli.expect(0, "--now", "2026-03-10 00:00", "sla", "report", "--by", "day");
    assertEquals("1", cell(sla.out(), "2026-03-02", "shipped_breached"), sla.out());
    assertEquals("0", cell(sla.out(), "2026-03-02", "shipped_on_time"), sla.out());
    assertEquals("73.0", cell(sla.out(), "total", "median_hours_to_ship"), sla.out());
    var metrics =
        cli.expect(
            0,
            "--now",
            "2026-03-10 00:00",
            "metrics",
            "--by",
            "day",
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-05");
    // shipped on 03-05 (B), not on 03-02 (A), and not on time; counted on the day it was paid,
    // as sla report counts it (review7 G6)
    assertEquals("0.0000", cell(metrics.out(), "2026-03-02", "on_time_ship_rate"), metrics.out());
    assertEquals("", cell(metrics.out(), "2026-03-05", "on_time_ship_rate"), metrics.out());
  }

  @Test
  void anOrderWithNoPaidTimeIsNotOnTheClock() throws IOException {
    orders(
        """
        N1,C6,2026-03-01 09:00:00,,,,,,pending,上海
        N2,C6,2026-03-01 09:00:00,2026-03-01 09:10:00,,,,,paid,上海
        N3,C6,2026-03-01 09:00:00,2026-03-01 09:10:00,,,,,cancelled,上海
        """);
    var overdue = cli.expect(0, "--now", "2026-03-05 00:00", "sla", "overdue");
    assertEquals(2, lines(overdue.out()).size(), overdue.out());
    assertTrue(overdue.out().contains("\nN2,"));
    var report = cli.expect(0, "--now", "2026-03-05 00:00", "sla", "report");
    assertEquals("3", cell(report.out(), "2026-03-01", "orders"));
    assertEquals("1", cell(report.out(), "2026-03-01", "not_paid"));
    assertEquals("1", cell(report.out(), "2026-03-01", "excluded"));
    assertEquals("1", cell(report.out(), "2026-03-01", "breached"));
    assertEquals("1.0000", cell(report.out(), "total", "breach_rate"));
    assertTrue(
        report
            .err()
            .contains(
                "note: 1 without a paid time (as of --now): not on the"
                    + " shipping clock (column not_paid)"),
        report.err());
    assertTrue(
        report
            .err()
            .contains(
                "note: 1 cancelled or refunded before shipping: out of"
                    + " scope, left out of every rate (column excluded)"),
        report.err());
  }

  @Test
  void failOnBreachExits3WithTheDataPrintedAndASummaryOnStderr() throws IOException {
    orders(
        """
        F1,C7,2026-03-01 09:00:00,2026-03-01 10:00:00,,,,,paid,上海
        F2,C7,2026-03-02 09:00:00,2026-03-02 10:00:00,,,,,paid,上海
        F3,C7,2026-03-03 08:00:00,2026-03-03 08:00:00,,,,,paid,上海
        """);
    String now = "2026-03-03 11:00";
    var plain = cli.expect(0, "--now", now, "sla", "overdue");
    var failing = cli.expect(3, "--now", now, "sla", "overdue", "--fail-on-breach");
    assertEquals(plain.out(), failing.out());
    assertEquals(3, lines(failing.out()).size());
    assertEquals(
        "shopops: sla: 1 overdue, 1 breached as of 2026-03-03 11:00:00 (exit 3)\n", failing.err());
    // at-risk prints the at-risk list but alerts on the overdue and breached orders
    var atRisk =
        cli.expect(3, "--now", now, "-q", "sla", "at-risk", "--within", "24h", "--fail-on-breach");
    assertTrue(atRisk.out().contains("\nF3,C7,"), atRisk.out());
    assertTrue(atRisk.err().contains("1 overdue, 1 breached"), atRisk.err());
    cli.expect(3, "--now", now, "sla", "breaches", "--fail-on-breach");
    cli.expect(3, "--now", now, "sla", "report", "--fail-on-breach");
    // nothing late yet: exit 0
    cli.expect(0, "--now", "2026-03-01 12:00", "sla", "overdue", "--fail-on-breach");
  }

  @Test
  void provinceOverridesGiveALongerDeadlineAndCarrierOverridesWin() throws IOException {
    orders(
        """
        P1,C8,2026-03-02 09:00:00,2026-03-02 10:00:00,,,,,paid,西藏
        P2,C8,2026-03-02 09:00:00,2026-03-02 10:00:00,2026-03-03 09:00:00,,顺丰速运,,shipped,西藏
        """);
    cli.expect(0, "config", "set", "sla.ship_within_by_province", "西藏=72h");
    cli.expect(0, "config", "set", "sla.ship_within_by_carrier", "顺丰速运=12h");
    var atRisk = cli.expect(0, "--now", "2026-03-05 08:00", "sla", "at-risk");
    assertTrue(
        atRisk
            .out()
            .contains("P1,C8,2026-03-02 10:00:00,2026-03-05 10:00:00,,2.0,,西藏," + "at_risk"),
        atRisk.out());
    var report = cli.expect(0, "--now", "2026-03-05 08:00", "sla", "report", "--by", "carrier");
    assertEquals("1", cell(report.out(), "顺丰速运", "shipped_late"));
  }

  @Test
  void presaleOrdersUseThePromisedShipDate() throws IOException {
    orders("S1,C9,2026-03-01 09:00:00,2026-03-01 10:00:00,,,,,paid,上海\n");
    cli.expect(
        0,
        "import",
        "shipments",
        file("plan.csv", "order_id,promised_ship_date\nS1,2026-03-10\n").toString());
    var due = cli.expect(0, "--now", "2026-03-10 20:00", "sla", "at-risk");
    assertTrue(
        due.out().contains("S1,C9,2026-03-01 10:00:00,2026-03-10 23:59:59,,4.0,,上海," + "at_risk"),
        due.out());
    cli.expect(0, "--now", "2026-03-10 20:00", "sla", "overdue", "--fail-on-breach");
  }

  @Test
  void configShowPrintsTheSlaRulesAndSetUnsetRoundTrip() {
    var show = cli.expect(0, "config", "show");
    assertTrue(show.out().contains("sla.ship_within,24h,24h,default,"), show.out());
    assertTrue(show.out().contains("sla.ship_max,48h,48h,default,"), show.out());
    assertTrue(show.out().contains("sla.same_day_cutoff,11:00,11:00,default,"), show.out());
    assertTrue(show.out().contains("sla.next_day_deliver_by,14:00,14:00,default,"), show.out());
    cli.expect(0, "config", "set", "sla.ship_within", "12h");
    cli.expect(0, "config", "set", "sla.holidays", "2026-10-01..2026-10-07,2027-01-01");
    show = cli.expect(0, "config", "show");
    assertTrue(show.out().contains("sla.ship_within,12h,24h,store,"), show.out());
    assertTrue(
        show.out().contains("sla.holidays,\"2026-10-01..2026-10-07,2027-01-01\",,store,"),
        show.out());
    var bad = cli.expect(2, "config", "set", "sla.ship_max", "two days");
    assertTrue(bad.err().contains("sla.ship_max: not a duration (\"two days\")"), bad.err());
    var badOverride = cli.expect(2, "config", "set", "sla.ship_within_by_carrier", "顺丰");
    assertTrue(badOverride.err().contains("not name=duration"), badOverride.err());
    cli.expect(0, "config", "set", "sla.ship_max", "6h");
    var contradiction = cli.expect(2, "sla", "overdue");
    assertTrue(
        contradiction
            .err()
            .contains("sla config: sla.ship_max (6h) is shorter than sla.ship_within (12h)"),
        contradiction.err());
    cli.expect(0, "config", "unset", "sla.ship_max");
    cli.expect(0, "config", "unset", "sla.ship_within");
    assertTrue(cli.expect(0, "config", "show").out().contains("sla.ship_within,24h,24h,default,"));
  }

  @Test
  void byCompletesToTheGroupingCodes() {
    var by = new picocli.CommandLine(new SlaReportCommand()).getCommandSpec().findOption("--by");
    List<String> codes = new java.util.ArrayList<>();
    by.completionCandidates().forEach(codes::add);
    assertEquals(List.of("day", "week", "carrier", "province", "sku"), codes);
  }

  @Test
  void badOptionsAreUsageErrors() {
    // --by is an enum with a converter: picocli's frame around the same words (was "--by: ...")
    var by = cli.expect(2, "sla", "report", "--by", "month");
    assertTrue(
        by.err()
            .startsWith(
                "shopops: Invalid value for option '--by': \"month\" is not one"
                    + " of day, week, carrier, province, sku\n"),
        by.err());
    cli.expect(0, "sla", "report", "--by", "Carrier");
    assertTrue(
        cli.expect(2, "sla", "report", "--from", "2026-03-05", "--to", "2026-03-01")
            .err()
            .contains("--to 2026-03-01 is before --from 2026-03-05"));
  }

  /**
   * The example store as of 2026-11-20 10:00: the generator's summary says 5 due, 2 at risk, 3
   * overdue (24–48h), 2 breached (>48h) unshipped paid orders, 34 shipped 24–48 h after payment and
   * 13 past 48 h. The classification here agrees on every figure.
   */
  @Test
  void theExampleStoreAsOfTheReferenceTime() {
    cli.expect(0, "import", "orders", "examples/orders.csv");
    cli.expect(0, "import", "shipments", "examples/shipments.csv");
    String now = "2026-11-20 10:00:00";
    var atRisk = cli.expect(0, "--now", now, "sla", "at-risk");
    assertEquals(
        List.of(
            LIST_HEADER.replace("hours_late", "hours_left"),
            "SO202611190003,C00084,2026-11-19 11:14:26,2026-11-20 11:14:26,,1.2,,辽宁,at_risk",
            "SO202611190006,C00043,2026-11-19 13:29:51,2026-11-20 13:29:51,,3.5,,北京,at_risk"),
        lines(atRisk.out()));
    var overdue = cli.expect(3, "--now", now, "sla", "overdue", "--fail-on-breach");
    assertEquals(
        List.of(
            LIST_HEADER,
            "SO202611170001,C00061,2026-11-17 08:59:01,2026-11-18 08:59:01,,49.0,,山东,breached",
            "SO202611180001,C00084,2026-11-18 07:59:43,2026-11-19 07:59:43,,26.0,,辽宁,breached",
            "SO202611180002,C00039,2026-11-18 13:59:41,2026-11-19 13:59:41,,20.0,,上海,overdue",
            "SO202611190001,C00044,2026-11-19 02:59:12,2026-11-20 02:59:12,,7.0,,河南,overdue",
            "SO202611190002,C00043,2026-11-19 08:29:48,2026-11-20 08:29:48,,1.5,,北京,overdue"),
        lines(overdue.out()));
    assertEquals(
        "shopops: sla: 3 overdue, 2 breached as of 2026-11-20 10:00:00 (exit 3)\n", overdue.err());
    var report = cli.expect(0, "--now", now, "sla", "report", "--by", "week");
    String r = report.out();
    assertEquals("319", cell(r, "total", "orders"));
    assertEquals("241", cell(r, "total", "shipped_on_time"));
    assertEquals("34", cell(r, "total", "shipped_late"));
    assertEquals("13", cell(r, "total", "shipped_breached"));
    assertEquals("5", cell(r, "total", "due"));
    assertEquals("2", cell(r, "total", "at_risk"));
    assertEquals("3", cell(r, "total", "overdue"));
    assertEquals("2", cell(r, "total", "breached"));
    assertEquals("13", cell(r, "total", "not_paid"));
    assertEquals("6", cell(r, "total", "excluded"));
    assertEquals("0.8368", cell(r, "total", "on_time_ship_rate"));
    assertEquals("0.0500", cell(r, "total", "breach_rate"));
    assertEquals("15.5", cell(r, "total", "median_hours_to_ship"));
    assertEquals("37.3", cell(r, "total", "p90_hours_to_ship"));
    assertEquals("0.8688", cell(r, "total", "delivery_on_time_rate"));
    var breaches = cli.expect(0, "--now", now, "sla", "breaches");
    assertEquals(1 + 13 + 2, lines(breaches.out()).size());
  }
}
