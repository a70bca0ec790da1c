package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId UTC = ZoneId.of("UTC");

  static Instant at(String localDateTime, ZoneId zone) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Test
  void sundayLastSecondIsStillTheOldWeek() {
    Period p = Period.of(Granularity.WEEK, at("2026-11-22T23:59:59", SHANGHAI), SHANGHAI);
    assertEquals("2026-W47", p.label());
    assertEquals(LocalDate.parse("2026-11-16"), p.startDate());
  }

  @Test
  void mondayMidnightStartsTheNewWeek() {
    Period p = Period.of(Granularity.WEEK, at("2026-11-23T00:00:00", SHANGHAI), SHANGHAI);
    assertEquals("2026-W48", p.label());
    assertEquals(LocalDate.parse("2026-11-23"), p.startDate());
  }

  @Test
  void instantThatIsSundayInUtcButMondayInShanghaiGoesToShanghaiMonday() {
    Instant t = Instant.parse("2026-11-22T16:30:00Z"); // Sunday 16:30 UTC = Monday 00:30 +08:00
    assertEquals("2026-W47", Period.of(Granularity.WEEK, t, UTC).label());
    assertEquals("2026-W48", Period.of(Granularity.WEEK, t, SHANGHAI).label());
    assertEquals("2026-11-23", Period.of(Granularity.DAY, t, SHANGHAI).label());
  }

  @Test
  void weekStartAndEndInstantsAreMondayMidnightInTheZone() {
    Period w48 = Period.parse("2026-W48");
    assertEquals(Instant.parse("2026-11-22T16:00:00Z"), w48.start(SHANGHAI));
    assertEquals(Instant.parse("2026-11-29T16:00:00Z"), w48.end(SHANGHAI));
    assertTrue(w48.contains(Instant.parse("2026-11-22T16:00:00Z"), SHANGHAI));
    assertFalse(w48.contains(Instant.parse("2026-11-22T15:59:59Z"), SHANGHAI));
    assertFalse(w48.contains(Instant.parse("2026-11-29T16:00:00Z"), SHANGHAI));
    assertEquals(7, w48.days());
    assertEquals(LocalDate.parse("2026-11-29"), w48.endDate());
  }

  @ParameterizedTest
  @CsvSource({
    "2026-12-28, 2026-W53",
    "2026-12-31, 2026-W53",
    "2027-01-01, 2026-W53",
    "2027-01-03, 2026-W53",
    "2027-01-04, 2027-W01",
    "2025-12-29, 2026-W01",
    "2026-01-01, 2026-W01",
  })
  void isoWeekNumbersAcrossTheYearBoundary(String date, String label) {
    assertEquals(label, Period.containing(Granularity.WEEK, LocalDate.parse(date)).label());
  }

  @Test
  void week53RunsFromDecember28ToJanuary3() {
    Period w53 = Period.parse("2026-W53");
    assertEquals(LocalDate.parse("2026-12-28"), w53.startDate());
    assertEquals(LocalDate.parse("2027-01-03"), w53.endDate());
    assertEquals("2027-W01", w53.next().label());
    assertEquals("2026-W52", w53.previous().label());
  }

  @Test
  void aWeekThatDoesNotExistIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-W53"));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-W54"));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("next week"));
  }

  @Test
  void monthBoundariesAreInTheStoreZone() {
    // 2026-11-30T16:00Z is 2026-12-01 00:00 in Shanghai, still November in UTC.
    Instant t = Instant.parse("2026-11-30T16:00:00Z");
    assertEquals("2026-12", Period.of(Granularity.MONTH, t, SHANGHAI).label());
    assertEquals("2026-11", Period.of(Granularity.MONTH, t, UTC).label());
    Instant justBefore = Instant.parse("2026-11-30T15:59:59Z");
    assertEquals("2026-11", Period.of(Granularity.MONTH, justBefore, SHANGHAI).label());

    Period nov = Period.parse("2026-11");
    assertEquals(Instant.parse("2026-10-31T16:00:00Z"), nov.start(SHANGHAI));
    assertEquals(Instant.parse("2026-11-30T16:00:00Z"), nov.end(SHANGHAI));
    assertEquals(30, nov.days());
  }

  @Test
  void februaryAndYearRollover() {
    assertEquals(28, Period.parse("2026-02").days());
    assertEquals(29, Period.parse("2028-02").days());
    assertEquals("2027-01", Period.parse("2026-12").next().label());
    assertEquals("2025-12", Period.parse("2026-01").previous().label());
  }

  @Test
  void dayLabelsAndBoundaries() {
    Period d = Period.of(Granularity.DAY, Instant.parse("2026-11-19T16:00:00Z"), SHANGHAI);
    assertEquals("2026-11-20", d.label());
    assertEquals(Instant.parse("2026-11-19T16:00:00Z"), d.start(SHANGHAI));
    assertEquals(Duration.ofHours(24), Duration.between(d.start(SHANGHAI), d.end(SHANGHAI)));
  }

  @Test
  void aDayInADstZoneCanBe23Hours() {
    ZoneId ny = ZoneId.of("America/New_York");
    Period d = Period.parse("2026-03-08");
    assertEquals(Duration.ofHours(23), Duration.between(d.start(ny), d.end(ny)));
  }

  @Test
  void parseRoundTripsLabels() {
    for (String s : List.of("2026-11-20", "2026-W47", "2026-W05", "2026-11", "2027-01")) {
      assertEquals(s, Period.parse(s).label());
    }
    assertEquals(Granularity.MONTH, Period.parse("2026-11").granularity());
    assertEquals(Granularity.WEEK, Period.parse("2026-W47").granularity());
    assertEquals(Granularity.DAY, Period.parse("2026-11-20").granularity());
  }

  @Test
  void aPeriodMustStartAtItsBoundary() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(Granularity.WEEK, LocalDate.parse("2026-11-24")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(Granularity.MONTH, LocalDate.parse("2026-11-02")));
  }

  @Test
  void betweenListsEveryPeriodIncludingEmptyOnes() {
    List<Period> days =
        Period.between(
            Granularity.DAY, LocalDate.parse("2026-11-28"), LocalDate.parse("2026-12-02"));
    assertEquals(
        List.of("2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"),
        days.stream().map(Period::label).toList());

    List<Period> weeks =
        Period.between(
            Granularity.WEEK, LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-05"));
    assertEquals(
        List.of("2026-W52", "2026-W53", "2027-W01"), weeks.stream().map(Period::label).toList());

    List<Period> months =
        Period.between(
            Granularity.MONTH, LocalDate.parse("2026-11-15"), LocalDate.parse("2027-01-01"));
    assertEquals(
        List.of("2026-11", "2026-12", "2027-01"), months.stream().map(Period::label).toList());
  }

  @Test
  void betweenOneDayGivesOnePeriod() {
    LocalDate d = LocalDate.parse("2026-11-20");
    assertEquals(List.of(Period.parse("2026-W47")), Period.between(Granularity.WEEK, d, d));
  }

  @Test
  void betweenRejectsToBeforeFrom() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Period.between(
                Granularity.DAY, LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-19")));
  }

  @Test
  void partialPeriodsAtTheEdgesOfTheRange() {
    DateRange range = DateRange.of(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-30"));
    Period w47 = Period.parse("2026-W47");
    Period w48 = Period.parse("2026-W48");
    assertTrue(w47.isPartial(range));
    assertEquals(
        DateRange.of(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-22")),
        w47.within(range).orElseThrow());
    assertFalse(w48.isPartial(range));
    assertTrue(Period.parse("2026-W50").within(range).isEmpty());
  }

  @Test
  void periodsSortChronologically() {
    List<Period> ps =
        new java.util.ArrayList<>(List.of(Period.parse("2027-W01"), Period.parse("2026-W53")));
    java.util.Collections.sort(ps);
    assertEquals("2026-W53", ps.get(0).label());
  }

  @Test
  void defaultFromIs30DaysOr12WeeksOr12MonthsBackAlignedToAPeriodStart() {
    LocalDate thu = LocalDate.parse("2026-11-19");
    assertEquals(LocalDate.parse("2026-10-21"), Granularity.DAY.defaultFrom(thu));
    // Monday of thu's week (11-16) minus 11 weeks: 12 whole ISO weeks
    assertEquals(LocalDate.parse("2026-08-31"), Granularity.WEEK.defaultFrom(thu));
    assertEquals(LocalDate.parse("2025-12-01"), Granularity.MONTH.defaultFrom(thu));
    // a Monday and the 1st of a month are their own period start
    assertEquals(
        LocalDate.parse("2026-08-31"), Granularity.WEEK.defaultFrom(LocalDate.parse("2026-11-16")));
    assertEquals(
        LocalDate.parse("2025-12-01"),
        Granularity.MONTH.defaultFrom(LocalDate.parse("2026-11-01")));
  }

  @Test
  void granularityShowsItselfInLowerCaseAsTheOptionValue() {
    assertEquals("week", Granularity.WEEK.toString());
  }

  @Test
  void onlyTheConversionRatesHaveNoValueForOneChannel() {
    for (Metric m : Metric.values()) {
      assertEquals(
          m != Metric.CONVERSION_RATE && m != Metric.ORDER_CONVERSION_RATE,
          m.appliesToChannel(),
          m.column());
    }
  }
}
