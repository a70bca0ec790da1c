package com.shopops.domain.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An inclusive range of calendar dates in the store zone, as given by {@code --from} and {@code
 * --to}: {@code 2026-11-01..2026-11-30} covers all of November.
 */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /** Number of days in the range, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The instant the range begins: 00:00 of {@code from} in {@code zone}. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The instant the range ends, exclusive: 00:00 of the day after {@code to} in {@code zone}. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** Whether {@code instant} falls on one of the range's dates in {@code zone}. */
  public boolean contains(Instant instant, ZoneId zone) {
    return contains(LocalDate.ofInstant(instant, zone));
  }

  /** The dates both ranges share, if any. */
  public Optional<DateRange> intersect(DateRange other) {
    LocalDate f = from.isAfter(other.from) ? from : other.from;
    LocalDate t = to.isBefore(other.to) ? to : other.to;
    return t.isBefore(f) ? Optional.empty() : Optional.of(new DateRange(f, t));
  }

  /**
   * The period of the same length just before this one, for {@code metrics compare}.
   *
   * <p>When the range is made of whole calendar months (from the 1st to a month's last day) the
   * previous range is the same number of whole months before it — November is compared with
   * October, not with the 30 days 10-02..10-31. Otherwise it is the same number of days ending the
   * day before {@code from} (whole ISO weeks therefore map to the preceding weeks).
   */
  public DateRange previous() {
    if (isWholeMonths()) {
      long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
      LocalDate prevFrom = from.minusMonths(months);
      return new DateRange(prevFrom, from.minusDays(1));
    }
    long days = days();
    return new DateRange(from.minusDays(days), from.minusDays(1));
  }

  private boolean isWholeMonths() {
    return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
