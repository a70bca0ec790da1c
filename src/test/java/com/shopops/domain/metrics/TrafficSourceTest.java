package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for raw events against daily traffic figures, at its edges. */
class TrafficSourceTest {
  static DateRange r(String from, String to) {
    return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
  }

  static final DateRange WEEK = r("2026-11-02", "2026-11-08");

  @Test
  void eventsCoveringEveryDayWinOverDailyFigures() {
    assertEquals(
        TrafficSource.EVENTS,
        TrafficSource.of(null, r("2026-11-02", "2026-11-08"), WEEK, true, true));
    assertEquals(
        TrafficSource.EVENTS,
        TrafficSource.of(null, r("2026-10-01", "2026-12-01"), WEEK, true, true));
  }

  @Test
  void eventsMissingTheFirstOrLastDayGiveWayToDailyFigures() {
    assertEquals(
        TrafficSource.DAILY,
        TrafficSource.of(null, r("2026-11-03", "2026-11-08"), WEEK, true, true));
    assertEquals(
        TrafficSource.DAILY,
        TrafficSource.of(null, r("2026-11-02", "2026-11-07"), WEEK, true, true));
  }

  @Test
  void partlyCoveringEventsAreUsedWhenThereAreNoDailyFigures() {
    assertEquals(
        TrafficSource.EVENTS,
        TrafficSource.of(null, r("2026-11-05", "2026-11-20"), WEEK, true, false));
  }

  @Test
  void coveringEventsCountEvenForAPeriodWithoutAnyEvent() {
    // the store's events span the period: a day without events is a day without visitors
    assertEquals(
        TrafficSource.EVENTS,
        TrafficSource.of(null, r("2026-11-01", "2026-11-30"), WEEK, false, false));
  }

  @Test
  void aChannelIsAlwaysReadFromDailyFiguresBecauseEventsHaveNoChannel() {
    assertEquals(
        TrafficSource.DAILY,
        TrafficSource.of("搜索", r("2026-11-01", "2026-11-30"), WEEK, false, true));
    assertEquals(
        TrafficSource.NONE,
        TrafficSource.of("搜索", r("2026-11-01", "2026-11-30"), WEEK, false, false));
  }

  @Test
  void nothingImportedIsNone() {
    assertEquals(TrafficSource.NONE, TrafficSource.of(null, null, WEEK, false, false));
  }

  @Test
  void dailyUvIsASumOverTwoDaysOrTwoChannelsOfADay() {
    assertFalse(TrafficSource.dailyUvIsSum(1, 1));
    assertTrue(TrafficSource.dailyUvIsSum(2, 1));
    assertTrue(TrafficSource.dailyUvIsSum(1, 2));
    assertFalse(TrafficSource.dailyUvIsSum(0, 0));
  }

  @Test
  void notesSayWhereUvCameFromAndWhenItIsASum() {
    assertEquals(
        List.of(
            "pv and uv are counted from raw events: uv is the number of distinct"
                + " visitors in each period"),
        TrafficSource.notes(List.of(TrafficSource.EVENTS), false, null));
    List<String> mixed =
        TrafficSource.notes(
            List.of(TrafficSource.EVENTS, TrafficSource.DAILY, TrafficSource.NONE), true, null);
    assertEquals(3, mixed.size());
    assertTrue(
        mixed
            .get(0)
            .startsWith(
                "pv and uv come from raw events in 1 periods and from"
                    + " daily traffic figures in 1"),
        mixed.get(0));
    assertTrue(
        mixed
            .get(1)
            .startsWith(
                "uv is a sum of daily UV (summed over channels where a"
                    + " day has no store total) where only daily"),
        mixed.get(1));
    assertTrue(mixed.get(2).startsWith("pv and uv: not computed in 1 period:"), mixed.get(2));
    List<String> channel = TrafficSource.notes(List.of(TrafficSource.DAILY), true, "搜索");
    assertTrue(
        channel.get(0).startsWith("uv is a sum of daily UV where only daily"), channel.get(0));
    assertTrue(channel.get(1).startsWith("pv and uv of channel 搜索;"), channel.get(1));
  }
}
