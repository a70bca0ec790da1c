package com.shopops.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A clock that stops on holidays: time is counted only on dates (in {@code zone}) that are not in
 * {@code holidays}.
 *
 * <p>Rule (docs/sla.md "dates on which the clock does not run"; DOMAIN.md §3.2 notes platforms
 * publish per-holiday 发货延长): a span that starts on a holiday starts at the next non-holiday
 * midnight; a span that reaches a holiday pauses at its midnight and resumes at the next
 * non-holiday midnight. Example: 2026-09-30 20:00 + 24 h with 10-01..10-07 as holidays = 2026-10-08
 * 20:00.
 */
public record HolidayClock(Set<LocalDate> holidays, ZoneId zone) {

  public HolidayClock {
    holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    Objects.requireNonNull(zone, "zone");
  }

  /** The instant reached after {@code running} of clock time from {@code start}. */
  public Instant plus(Instant start, Duration running) {
    Objects.requireNonNull(start, "start");
    if (running.isNegative()) {
      throw new IllegalArgumentException("running time is negative: " + running);
    }
    if (holidays.isEmpty()) {
      return start.plus(running); // no calendar: plain elapsed time (the common case, kept cheap)
    }
    Instant t = start;
    Duration remaining = running;
    while (true) {
      LocalDate date = t.atZone(zone).toLocalDate();
      Instant nextMidnight = date.plusDays(1).atStartOfDay(zone).toInstant();
      if (holidays.contains(date)) {
        t = nextMidnight; // 节假日停表: the clock does not run on this date
        continue;
      }
      Duration leftToday = Duration.between(t, nextMidnight);
      if (remaining.compareTo(leftToday) <= 0) {
        return t.plus(remaining);
      }
      remaining = remaining.minus(leftToday);
      t = nextMidnight;
    }
  }
}
