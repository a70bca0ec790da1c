package com.shopops.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The instants {@code [from, to)} of a period the user named by days ({@code --from}/{@code --to},
 * both inclusive, in the store zone). Either end may be null: open.
 */
public record TimeSpan(Instant from, Instant to) {
  /** No bounds: everything the store holds. */
  public static final TimeSpan ALL = new TimeSpan(null, null);

  public TimeSpan {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
  }

  /** The days {@code from..to} (inclusive; either may be null) in {@code zone}. */
  public static TimeSpan ofDays(LocalDate from, LocalDate to, ZoneId zone) {
    return new TimeSpan(
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public boolean contains(Instant t) {
    return t != null && (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
  }
}
