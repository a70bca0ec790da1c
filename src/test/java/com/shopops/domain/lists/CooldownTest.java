package com.shopops.domain.lists;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The cool-down at its edges: calendar days of the store zone, not 24-hour steps. */
class CooldownTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZonedDateTime AS_OF = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, SHANGHAI);

  static Instant sh(int m, int d, int h, int min, int s) {
    return LocalDateTime.of(2026, m, d, h, min, s).atZone(SHANGHAI).toInstant();
  }

  @Test
  void neverContactedIsNotCooling() {
    assertFalse(Cooldown.within(null, 14, AS_OF));
  }

  @Test
  void dayCPlusNIsFreeAtMidnightWhateverTheTimeOfTheContact() {
    // 11-08 is 14 days before 11-22: free again, even contacted at 23:59:59, later in the day
    assertFalse(Cooldown.within(sh(11, 8, 23, 59, 59), 14, AS_OF));
    // 11-09 00:00:00 is 13 days before: still cooling
    assertTrue(Cooldown.within(sh(11, 9, 0, 0, 0), 14, AS_OF));
    // and on 11-22 at 00:00 the 11-08 contact is already free
    assertFalse(Cooldown.within(sh(11, 8, 23, 59, 59), 14, AS_OF.withHour(0)));
  }

  @Test
  void storeZoneDaysNotUtcDays() {
    // 2026-11-08T16:30Z is 11-09 00:30 in Shanghai: 13 store days before, cooling
    assertTrue(Cooldown.within(Instant.parse("2026-11-08T16:30:00Z"), 14, AS_OF));
    // the same instant read in UTC is 11-08: 14 days before a UTC as-of on 11-22, free
    assertFalse(
        Cooldown.within(
            Instant.parse("2026-11-08T16:30:00Z"),
            14,
            AS_OF.withZoneSameInstant(ZoneId.of("UTC"))));
  }

  @Test
  void zeroDaysTurnsItOffEvenForAContactToday() {
    assertFalse(Cooldown.within(AS_OF.toInstant(), 0, AS_OF));
    assertTrue(Cooldown.within(AS_OF.toInstant(), 1, AS_OF));
    assertFalse(Cooldown.within(sh(11, 21, 23, 59, 59), 1, AS_OF));
  }

  @Test
  void aContactAfterAsOfCountsAsRecent() {
    // --now set back: a list written "tomorrow" still keeps the customer out today
    assertTrue(Cooldown.within(sh(12, 1, 0, 0, 0), 14, AS_OF));
    assertTrue(Cooldown.within(AS_OF.plusSeconds(1).toInstant(), 1, AS_OF));
  }

  @Test
  void aHundredYearsIsStillADate() {
    assertTrue(Cooldown.within(sh(11, 1, 0, 0, 0), 36_500, AS_OF));
  }
}
