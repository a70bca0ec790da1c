package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Madrid store's deliveries were judged by JD's 211 rule (tryout17 U12): a normal Spanish 2-day
 * delivery was late, on_time_delivery_rate 0 % in {@code score} and the report, with "switch
 * carriers" advice. Outside China an order of no marketplace has no delivery promise until the shop
 * sets {@code sla.deliver_within_days}: delivered_no_promise, out of the rate, with a note in
 * {@code sla report}, {@code score} and {@code report}.
 */
class DeliveryPromiseOutsideChinaTest {
  @TempDir Path dir;

  private static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount\n"
          + "2001,C1,2026-11-05 10:00:00,2026-11-05 10:05:00,delivered,MUG,2,90.00\n";

  // shipped 11-06 09:00, delivered 11-08 12:00: a normal 2-day Spanish delivery
  private static final String SHIPMENTS =
      "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
          + "2001,SEUR,123,2026-11-06 09:00:00,2026-11-08 12:00:00\n";

  private static final String NOTE =
      "note: no delivery promise: set sla.deliver_within_days (e.g. `shopops config set"
          + " sla.deliver_within_days 3`); outside China 211 is no promise, so 1 delivery is left"
          + " out of the on-time delivery rate (column delivered_no_promise)";

  private static final String HEADER =
      "day,orders,shipped_on_time,shipped_late,shipped_breached,shipped_time_unknown,due,at_risk,"
          + "overdue,breached,not_paid,excluded,on_time_ship_rate,breach_rate,median_hours_to_ship,"
          + "p90_hours_to_ship,delivered_on_time,delivered_late,delivered_no_promise,in_transit,"
          + "in_transit_past_promise,delivery_on_time_rate,median_hours_to_deliver,"
          + "p90_hours_to_deliver\n";

  private CliRunner store(String zone) throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", zone, "--currency", "EUR", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    cli.expect(0, "-q", "import", "shipments", TestFiles.write(dir, "s.csv", SHIPMENTS).toString());
    return cli;
  }

  private static String slaReport(CliRunner cli) {
    return cli.expect(0, "--now", "2026-11-10 12:00", "sla", "report").out();
  }

  private static String scoreRow(String csv) {
    return csv.lines()
        .filter(l -> l.startsWith("in_sale,on_time_delivery_rate,"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutAPromiseTheDeliveryIsLeftOutNotLate() throws Exception {
    CliRunner cli = store("Europe/Madrid");
    CliRunner.Result sla = cli.expect(0, "--now", "2026-11-10 12:00", "sla", "report");
    assertEquals(
        HEADER
            + "2026-11-05,1,1,0,0,0,0,0,0,0,0,0,1.0000,0.0000,22.9,22.9,0,0,1,0,0,,51.0,51.0\n"
            + "total,1,1,0,0,0,0,0,0,0,0,0,1.0000,0.0000,22.9,22.9,0,0,1,0,0,,51.0,51.0\n",
        sla.out());
    assertTrue(sla.err().contains(NOTE + "\n"), sla.err());
    assertFalse(sla.err().contains("judged against the 211 rule"), sla.err());

    CliRunner.Result score = cli.expect(0, "--now", "2026-11-10 12:00", "score");
    // before: in_sale,on_time_delivery_rate,0.0000,0.0,… and "switch or renegotiate carriers"
    assertEquals("in_sale,on_time_delivery_rate,,,,,0.80,0.95,0.30,", scoreRow(score.out()));
    assertTrue(score.err().contains(NOTE + "\n"), score.err());
    assertFalse(score.err().contains("renegotiate carriers"), score.err());

    Path html = dir.resolve("r.html");
    cli.expect(0, "--now", "2026-11-10 12:00", "report", "--html", html.toString());
    String page = Files.readString(html);
    assertTrue(page.contains("no delivery promise: set sla.deliver_within_days"), page);
    // before: "On-time delivery rate 0.00%"
    assertTrue(page.contains("On-time delivery rate</td><td class=\"n\">–"), page);
  }

  @Test
  void theNoteInChinese() throws Exception {
    CliRunner cli = store("Europe/Madrid");
    CliRunner.Result sla =
        cli.expect(0, "--lang", "zh", "--now", "2026-11-10 12:00", "sla", "report");
    assertTrue(
        sla.err()
            .contains(
                "注：没有送达承诺：请设置 sla.deliver_within_days（例如 `shopops config set"
                    + " sla.deliver_within_days 3`）；在中国以外 211 不是承诺，因此 1 笔送达不计入准时送达率"
                    + "（delivered_no_promise 列）"),
        sla.err());
  }

  @Test
  void theShopsPromiseInDaysJudgesTheDelivery() throws Exception {
    CliRunner cli = store("Europe/Madrid");
    cli.expect(0, "config", "set", "sla.deliver_within_days", "2");
    CliRunner.Result sla = cli.expect(0, "--now", "2026-11-10 12:00", "sla", "report");
    assertTrue(
        sla.out()
            .endsWith(
                "total,1,1,0,0,0,0,0,0,0,0,0,1.0000,0.0000,22.9,22.9,1,0,0,0,0,1.0000,51.0,51.0\n"),
        sla.out());
    assertFalse(sla.err().contains("no delivery promise"), sla.err());
    CliRunner.Result score = cli.expect(0, "--now", "2026-11-10 12:00", "score");
    assertEquals(
        "in_sale,on_time_delivery_rate,1.0000,100.0,,,0.80,0.95,0.30,", scoreRow(score.out()));
    assertFalse(score.err().contains("no delivery promise"), score.err());

    // 1 day: due by 11-07 24:00, delivered 11-08 12:00: late
    cli.expect(0, "config", "set", "sla.deliver_within_days", "1");
    assertTrue(
        slaReport(cli)
            .endsWith(
                "total,1,1,0,0,0,0,0,0,0,0,0,1.0000,0.0000,22.9,22.9,0,1,0,0,0,0.0000,51.0,51.0\n"));
  }

  @Test
  void aStoreInChinaKeeps211ForTheSameOrder() throws Exception {
    CliRunner cli = store("Asia/Shanghai");
    // outbound 09:00: same day by 23:00; delivered two days later: late, no note
    CliRunner.Result sla = cli.expect(0, "--now", "2026-11-10 12:00", "sla", "report");
    assertTrue(
        sla.out()
            .endsWith(
                "total,1,1,0,0,0,0,0,0,0,0,0,1.0000,0.0000,22.9,22.9,0,1,0,0,0,0.0000,51.0,51.0\n"),
        sla.out());
    assertFalse(sla.err().contains("no delivery promise"), sla.err());
  }

  @Test
  void theKeysAreKnownAndChecked() throws Exception {
    CliRunner cli = store("Europe/Madrid");
    String show = cli.expect(0, "config", "show").out();
    assertTrue(show.contains("sla.deliver_within_days,"), show);
    assertTrue(show.contains("sla.deliver_within_days.jd,"), show);
    assertTrue(show.contains("sla.deliver_within_days.taobao,"), show);
    CliRunner.Result bad = cli.run("config", "set", "sla.deliver_within_days", "0");
    assertEquals(2, bad.exit(), bad.toString());
    assertTrue(bad.err().contains("must be at least 1 day (\"0\")"), bad.err());
  }
}
