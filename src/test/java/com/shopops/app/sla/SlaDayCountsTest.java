package com.shopops.app.sla;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.app.TimeSpan;
import com.shopops.cli.CliRunner;
import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day counts {@code metrics} and the morning report read are the counts of the day rows of
 * {@code sla report --by day}: same classifier, same clock, whatever the rules and the columns
 * read.
 */
class SlaDayCountsTest {
  private static final Instant AS_OF = SlaFixture.AS_OF;

  @TempDir Path dir;
  private SlaFixture fixture;
  private CliRunner cli;

  @BeforeEach
  void init() throws Exception {
    // every status the rules give: on time, late (30h), breached (50h), time unknown (delivered,
    // and shipped by status), due, at risk, overdue, breached unshipped, not paid (unpaid, and an
    // inferred paid time), cancelled before shipping, and a ship time after the clock (unshipped)
    fixture =
        new SlaFixture(
            dir,
            """
            order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,province,status
            A1,C1,2026-02-27 10:00:00,2026-02-27 10:00:00,2026-02-28 09:00:00,,顺丰速运,广东,shipped
            A2,C1,2026-02-27 11:00:00,2026-02-27 11:00:00,2026-02-28 17:00:00,,中通快递,西藏,shipped
            A3,C2,2026-02-27 12:00:00,2026-02-27 12:00:00,2026-03-01 14:00:00,,中通快递,广东,shipped
            A4,C2,2026-02-27 13:00:00,2026-02-27 13:00:00,,2026-03-01 13:00:00,,,delivered
            A5,C3,2026-02-28 08:00:00,2026-02-28 08:00:00,,,,,shipped
            B1,C3,2026-02-28 20:00:00,2026-02-28 20:00:00,,,,西藏,paid
            B2,C4,2026-03-01 20:00:00,2026-03-01 20:00:00,,,顺丰速运,广东,paid
            B3,C4,2026-03-02 09:00:00,2026-03-02 09:00:00,,,顺丰速运,广东,paid
            B4,C5,2026-03-03 05:00:00,2026-03-03 05:00:00,,,,,paid
            B5,C5,2026-03-02 10:00:00,2026-03-02 10:00:00,2026-03-04 10:00:00,,中通快递,,shipped
            N1,C6,2026-03-01 09:00:00,,,,,,pending
            N2,C6,2026-03-01 10:00:00,,,,,,paid
            X1,C7,2026-03-01 11:00:00,2026-03-01 11:00:00,,,,,cancelled
            """);
    cli = fixture.cli;
  }

  @Test
  void theDayCountsAreTheCountsOfTheReportsDayRows() throws Exception {
    DailyCounts days = agree();
    long[] feb27 = days.byDay().get(LocalDate.parse("2026-02-27"));
    assertEquals(1, feb27[ShippingStatus.SHIPPED_ON_TIME.ordinal()]);
    assertEquals(1, feb27[ShippingStatus.SHIPPED_LATE.ordinal()]);
    assertEquals(1, feb27[ShippingStatus.SHIPPED_BREACHED.ordinal()]);
    assertEquals(1, feb27[ShippingStatus.SHIPPED_TIME_UNKNOWN.ordinal()]);
    assertEquals(
        1, days.byDay().get(LocalDate.parse("2026-02-28"))[ShippingStatus.BREACHED.ordinal()]);
    long[] mar01 = days.byDay().get(LocalDate.parse("2026-03-01"));
    assertEquals(1, mar01[ShippingStatus.OVERDUE.ordinal()]);
    assertEquals(2, mar01[ShippingStatus.NOT_PAID.ordinal()]);
    assertEquals(1, mar01[ShippingStatus.EXCLUDED.ordinal()]);
  }

  @Test
  void carrierAndProvinceOverridesMoveTheSameCountsInBoth() throws Exception {
    cli.expect(0, "config", "set", "sla.ship_within_by_carrier", "中通快递=36h");
    cli.expect(0, "config", "set", "sla.ship_within_by_province", "西藏=72h");
    DailyCounts days = agree();
    long[] feb27 = days.byDay().get(LocalDate.parse("2026-02-27"));
    // A2 (中通, 30h) is on time within 36h now; A3 (中通, 50h) still past the 48h hard limit
    assertEquals(2, feb27[ShippingStatus.SHIPPED_ON_TIME.ordinal()]);
    assertEquals(0, feb27[ShippingStatus.SHIPPED_LATE.ordinal()]);
    assertEquals(1, feb27[ShippingStatus.SHIPPED_BREACHED.ordinal()]);
    // B1 (西藏, unshipped 58h) is due within 72h, not breached
    long[] feb28 = days.byDay().get(LocalDate.parse("2026-02-28"));
    assertEquals(1, feb28[ShippingStatus.DUE.ordinal()]);
    assertEquals(0, feb28[ShippingStatus.BREACHED.ordinal()]);
  }

  @Test
  void inferredPaidTimesCountAsTheReportCountsThem() throws Exception {
    cli.expect(0, "config", "set", "sla.infer_paid_at", "true");
    agree();
  }

  @Test
  void aSpanCountsOnlyItsDays() throws Exception {
    try (Store store = fixture.store()) {
      Instant from = Instant.parse("2026-02-28T16:00:00Z"); // 03-01 00:00 Shanghai
      Instant to = Instant.parse("2026-03-01T16:00:00Z");
      DailyCounts days = new SlaService(store).dayCounts(AS_OF, new TimeSpan(from, to));
      assertEquals(java.util.Set.of(LocalDate.parse("2026-03-01")), days.byDay().keySet());
    }
  }

  /** Asserts the day counts equal the report's day rows and returns them. */
  private DailyCounts agree() throws Exception {
    try (Store store = fixture.store()) {
      SlaService sla = new SlaService(store);
      DailyCounts days = sla.dayCounts(AS_OF, TimeSpan.ALL);
      SlaReportResult report =
          sla.report(new SlaService.ReportQuery(AS_OF, TimeSpan.ALL, SlaGrouping.DAY));
      assertEquals(report.groups().size(), days.byDay().size());
      for (SlaReportResult.Group g : report.groups()) {
        long[] want = new long[ShippingStatus.values().length];
        for (Map.Entry<ShippingStatus, Long> e : g.figures().shippingCounts().entrySet()) {
          want[e.getKey().ordinal()] = e.getValue();
        }
        assertArrayEquals(want, days.byDay().get(LocalDate.parse(g.key())), g.key());
      }
      return days;
    }
  }
}
