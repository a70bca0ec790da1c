package com.shopops.domain.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One reporting bucket: a day, an ISO week (Monday 00:00 to the next Monday 00:00) or a calendar
 * month, identified by its first date in the store zone. A period is zone-free (dates); the zone is
 * given whenever an instant is bucketed or a boundary instant is asked for, so that "day" always
 * means the store's day (Asia/Shanghai by default), not UTC.
 *
 * <p>Labels: {@code 2026-11-20} (day), {@code 2026-W47} (ISO week-based year and week number),
 * {@code 2026-11} (month). Periods sort chronologically.
 */
public record Period(Granularity granularity, LocalDate startDate) implements Comparable<Period> {
  private static final Pattern WEEK_LABEL = Pattern.compile("\\d{4}-W\\d{2}");
  private static final Pattern MONTH_LABEL = Pattern.compile("\\d{4}-\\d{2}");

  public Period {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(startDate, "startDate");
    if (!granularity.periodStart(startDate).equals(startDate)) {
      throw new IllegalArgumentException(
          startDate + " does not start a " + granularity.name().toLowerCase() + " period");
    }
  }

  /** The period of size {@code granularity} that holds {@code date}. */
  public static Period containing(Granularity granularity, LocalDate date) {
    return new Period(granularity, granularity.periodStart(date));
  }

  /** The period that holds {@code instant} as seen in {@code zone} (the store zone). */
  public static Period of(Granularity granularity, Instant instant, ZoneId zone) {
    return containing(granularity, LocalDate.ofInstant(instant, zone));
  }

  /**
   * Parses a label as printed by {@link #label()}: {@code 2026-11-20}, {@code 2026-W47} or {@code
   * 2026-11}. A week that does not exist (2025-W53) is rejected.
   */
  public static Period parse(String label) {
    String s = label.trim();
    try {
      if (WEEK_LABEL.matcher(s).matches()) {
        LocalDate monday = LocalDate.parse(s + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        return new Period(Granularity.WEEK, monday);
      }
      if (MONTH_LABEL.matcher(s).matches()) {
        return new Period(Granularity.MONTH, YearMonth.parse(s).atDay(1));
      }
      return new Period(Granularity.DAY, LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a period: \"" + label + "\" (expected 2026-11-20, 2026-W47 or 2026-11)", e);
    }
  }

  /**
   * Every period of size {@code granularity} that overlaps the inclusive dates {@code from..to}, in
   * order, so that a report can show empty periods with zeros. The first and last period may reach
   * beyond the range; see {@link #within(DateRange)} and {@link #isPartial(DateRange)}.
   */
  public static List<Period> between(Granularity granularity, LocalDate from, LocalDate to) {
    DateRange range = new DateRange(from, to); // validates from <= to
    List<Period> out = new ArrayList<>();
    for (Period p = containing(granularity, range.from());
        !p.startDate.isAfter(range.to());
        p = p.next()) {
      out.add(p);
    }
    return out;
  }

  /** {@link #between(Granularity, LocalDate, LocalDate)} over a range. */
  public static List<Period> between(Granularity granularity, DateRange range) {
    return between(granularity, range.from(), range.to());
  }

  public String label() {
    return granularity.label(startDate);
  }

  /** The last date of the period (inclusive). */
  public LocalDate endDate() {
    return endDateExclusive().minusDays(1);
  }

  /** The first date after the period. */
  public LocalDate endDateExclusive() {
    return granularity.plus(startDate, 1);
  }

  /** The period's dates as an inclusive range. */
  public DateRange dates() {
    return new DateRange(startDate, endDate());
  }

  /** Number of days in the period (1, 7, or 28–31). */
  public long days() {
    return ChronoUnit.DAYS.between(startDate, endDateExclusive());
  }

  /** The instant the period begins: 00:00 of its first date in {@code zone}. */
  public Instant start(ZoneId zone) {
    return startDate.atStartOfDay(zone).toInstant();
  }

  /**
   * The instant the period ends, exclusive: 00:00 of the next period's first date in {@code zone}.
   */
  public Instant end(ZoneId zone) {
    return endDateExclusive().atStartOfDay(zone).toInstant();
  }

  /** {@code start <= instant < end} in {@code zone}. */
  public boolean contains(Instant instant, ZoneId zone) {
    return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
  }

  public Period next() {
    return new Period(granularity, granularity.plus(startDate, 1));
  }

  /** The period of the same size just before: the previous day, ISO week or calendar month. */
  public Period previous() {
    return new Period(granularity, granularity.plus(startDate, -1));
  }

  /** The part of this period inside {@code range}, or empty when they do not overlap. */
  public Optional<DateRange> within(DateRange range) {
    return dates().intersect(range);
  }

  /** Whether {@code range} cuts this period short (its figures then cover fewer days). */
  public boolean isPartial(DateRange range) {
    return !range.contains(startDate) || !range.contains(endDate());
  }

  @Override
  public int compareTo(Period o) {
    int c = startDate.compareTo(o.startDate);
    return c != 0 ? c : granularity.compareTo(o.granularity);
  }

  @Override
  public String toString() {
    return label();
  }

  /** Day of week the ISO week starts on; kept here so callers need not repeat the rule. */
  public static final DayOfWeek WEEK_STARTS_ON = DayOfWeek.MONDAY;
}
