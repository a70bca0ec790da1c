package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  static DateRange r(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void previousOfTheSameNumberOfDays() {
    assertEquals(r("2026-11-13", "2026-11-19"), r("2026-11-20", "2026-11-26").previous());
    assertEquals(r("2026-11-19", "2026-11-19"), r("2026-11-20", "2026-11-20").previous());
    assertEquals(10, r("2026-11-05", "2026-11-14").days());
    assertEquals(r("2026-10-26", "2026-11-04"), r("2026-11-05", "2026-11-14").previous());
  }

  @Test
  void wholeIsoWeeksMapToThePrecedingWeeks() {
    assertEquals(r("2026-11-16", "2026-11-22"), r("2026-11-23", "2026-11-29").previous());
  }

  @Test
  void wholeMonthsMapToThePrecedingWholeMonths() {
    assertEquals(r("2026-10-01", "2026-10-31"), r("2026-11-01", "2026-11-30").previous());
    assertEquals(r("2026-02-01", "2026-02-28"), r("2026-03-01", "2026-03-31").previous());
    assertEquals(r("2026-10-01", "2026-11-30"), r("2026-12-01", "2027-01-31").previous());
    assertEquals(r("2025-12-01", "2025-12-31"), r("2026-01-01", "2026-01-31").previous());
  }

  @Test
  void boundaryInstantsAreInTheZone() {
    ZoneId sh = ZoneId.of("Asia/Shanghai");
    DateRange range = r("2026-11-20", "2026-11-21");
    assertEquals(Instant.parse("2026-11-19T16:00:00Z"), range.start(sh));
    assertEquals(Instant.parse("2026-11-21T16:00:00Z"), range.end(sh));
    assertTrue(range.contains(Instant.parse("2026-11-21T15:59:59Z"), sh));
    assertFalse(range.contains(Instant.parse("2026-11-21T16:00:00Z"), sh));
  }

  @Test
  void intersect() {
    assertEquals(
        r("2026-11-18", "2026-11-20"),
        r("2026-11-10", "2026-11-20").intersect(r("2026-11-18", "2026-11-25")).orElseThrow());
    assertTrue(r("2026-11-10", "2026-11-12").intersect(r("2026-11-13", "2026-11-14")).isEmpty());
  }

  @Test
  void toBeforeFromIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> r("2026-11-20", "2026-11-19"));
    assertEquals("--to 2026-11-19 is before --from 2026-11-20", e.getMessage());
  }
}
