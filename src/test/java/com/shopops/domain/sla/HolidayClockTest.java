package com.shopops.domain.sla;

import static com.shopops.domain.sla.T.SHANGHAI;
import static com.shopops.domain.sla.T.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayClockTest {
  private final HolidayClock none = new HolidayClock(Set.of(), SHANGHAI);
  private final HolidayClock nationalDay = new HolidayClock(T.nationalDay(), SHANGHAI);

  @Test
  void withoutHolidaysItIsPlainElapsedTime() {
    assertEquals(at("2026-03-03T10:00"), none.plus(at("2026-03-02T10:00"), Duration.ofHours(24)));
    assertEquals(at("2026-03-04T10:00"), none.plus(at("2026-03-02T10:00"), Duration.ofHours(48)));
  }

  @Test
  void holidayAcrossTheDeadlineStopsTheClock() {
    // 4 h on 09-30, clock stopped 10-01..10-07, 20 h on 10-08
    assertEquals(
        at("2026-10-08T20:00"), nationalDay.plus(at("2026-09-30T20:00"), Duration.ofHours(24)));
    assertEquals(
        at("2026-10-09T20:00"), nationalDay.plus(at("2026-09-30T20:00"), Duration.ofHours(48)));
  }

  @Test
  void paidOnAHolidayStartsAtTheNextNonHolidayMidnight() {
    assertEquals(
        at("2026-10-09T00:00"), nationalDay.plus(at("2026-10-03T15:00"), Duration.ofHours(24)));
    assertEquals(
        at("2026-10-08T02:00"), nationalDay.plus(at("2026-10-07T23:59:59"), Duration.ofHours(2)));
  }

  @Test
  void zeroRunningTimeOnAHolidayIsTheNextNonHolidayMidnight() {
    assertEquals(at("2026-10-08T00:00"), nationalDay.plus(at("2026-10-01T00:00"), Duration.ZERO));
    assertEquals(at("2026-09-30T09:00"), nationalDay.plus(at("2026-09-30T09:00"), Duration.ZERO));
  }

  @Test
  void clockRunningOutExactlyAtMidnightBeforeAHolidayEndsThere() {
    // the whole of 09-30 is enough: the deadline is 24:00 of 09-30, not pushed past the holiday
    assertEquals(
        at("2026-10-01T00:00"), nationalDay.plus(at("2026-09-30T00:00"), Duration.ofHours(24)));
    // one second more runs into 10-08
    assertEquals(
        at("2026-10-08T00:00:01"),
        nationalDay.plus(at("2026-09-30T00:00"), Duration.ofSeconds(86_401)));
  }

  @Test
  void singleHolidayInTheMiddle() {
    HolidayClock clock = new HolidayClock(Set.of(LocalDate.of(2026, 5, 5)), SHANGHAI);
    assertEquals(at("2026-05-06T12:00"), clock.plus(at("2026-05-04T12:00"), Duration.ofHours(24)));
  }

  @Test
  void daysAreTheZonesDaysAcrossDaylightSaving() {
    ZoneId ny = ZoneId.of("America/New_York");
    // 2026-03-08 has 23 hours in New York; as a holiday it is skipped whole
    HolidayClock clock = new HolidayClock(Set.of(LocalDate.of(2026, 3, 8)), ny);
    var paid = LocalDateTime.parse("2026-03-07T12:00").atZone(ny).toInstant();
    var expected = LocalDateTime.parse("2026-03-09T12:00").atZone(ny).toInstant();
    assertEquals(expected, clock.plus(paid, Duration.ofHours(24)));
  }

  @Test
  void negativeRunningTimeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> none.plus(at("2026-03-02T10:00"), Duration.ofHours(-1)));
  }

  @Test
  void holidaysAreCopied() {
    Set<LocalDate> days = new HashSet<>(Set.of(LocalDate.of(2026, 5, 5)));
    HolidayClock clock = new HolidayClock(days, SHANGHAI);
    days.clear();
    assertEquals(Set.of(LocalDate.of(2026, 5, 5)), clock.holidays());
  }
}
