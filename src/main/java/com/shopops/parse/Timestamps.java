package com.shopops.parse;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.regex.Matcher;

/**
 * Points in time in export cells: the forms platforms write, local times read in the store zone.
 * Returns null for an empty cell (and the "not yet" markers platforms write) and throws {@link
 * ValueException} with an operator-readable reason for anything else it cannot read.
 */
public final class Timestamps {
  private Timestamps() {}

  /**
   * A point in time. Accepts {@code 2025-06-17 19:03:29}, {@code 2025-06-17 19:03}, {@code
   * 2025-06-17} (start of day), {@code 2025/6/17 19:03}, {@code 2025-6-7 9:03:29}, {@code
   * 2025-06-17T19:03:29}, ISO-8601 with {@code Z} or an offset (with or without a fraction),
   * Shopify's {@code 2025-06-17 19:03:29 +0800}, {@code 2025-06-17 19:03:29.0} and {@code
   * 2025年6月17日 19:03:29}; {@code 2025-06-17 24:00:00} (or {@code 24:00}) is the end of that day,
   * the same instant as {@code 2025-06-18 00:00:00}. Values without an offset are local times in
   * {@code zone}; a time in a DST gap is moved forward by the gap (said to a {@link DstGaps} when
   * one is given), a time in an overlap takes the earlier offset ({@link ZonedDateTime#ofLocal}
   * with no preference), said to the {@link DstGaps} too.
   *
   * <p>Blank, {@code 0000-00-00}, {@code 0000-00-00 00:00:00}, {@code null} and {@code -} (what
   * Taobao writes for "not paid yet") are missing values.
   *
   * <p>The common {@code yyyy-MM-dd HH:mm:ss} form is parsed from fixed positions without a
   * formatter, and the zone's offset is taken from a cached window between two transitions, so a
   * million-row import does not pay for {@code DateTimeFormatter} and zone-rule lookups per cell.
   *
   * @throws ValueException {@code not a date ("…")}
   */
  public static Instant timestamp(String raw, ZoneId zone) {
    return timestamp(raw, zone, (DstGaps) null);
  }

  /**
   * The same, and a local time that does not exist in {@code zone} (a DST gap) or happens twice in
   * it (an overlap) is said to {@code gaps} (when not null), which the caller then records as an
   * anomaly or a note.
   */
  public static Instant timestamp(String raw, ZoneId zone, DstGaps gaps) {
    String s = CellText.text(raw);
    if (s == null || CivilTime.isNullDate(s)) {
      return null;
    }
    if (s.length() == 19) {
      Instant fast = fastTimestamp(s, zone, gaps);
      if (fast != null) {
        return fast;
      }
    }
    Matcher m = CivilTime.TIMESTAMP.matcher(s);
    if (!m.matches()) {
      throw CivilTime.notDate(s);
    }
    boolean cjk = m.start(1) < 0;
    int year = Integer.parseInt(m.group(cjk ? 5 : 1));
    int month = Integer.parseInt(m.group(cjk ? 6 : 3));
    int day = Integer.parseInt(m.group(cjk ? 7 : 4));
    int hour = m.start(8) < 0 ? 0 : Integer.parseInt(m.group(8));
    int minute = m.start(9) < 0 ? 0 : Integer.parseInt(m.group(9));
    int second = m.start(10) < 0 ? 0 : Integer.parseInt(m.group(10));
    int nanos = 0;
    if (m.start(11) >= 0) {
      String f = m.group(11);
      nanos = Integer.parseInt(f) * CivilTime.POW10[9 - f.length()];
      if (hour == 24 && nanos != 0) {
        throw CivilTime.notDate(s); // 24:00:00.5 is past the end of the day
      }
    }
    long local = CivilTime.localEpochSecond(s, year, month, day, hour, minute, second);
    String offset = m.group(12);
    if (offset == null) {
      return LocalOffsets.inZone(local, nanos, zone, gaps);
    }
    return Instant.ofEpochSecond(local - CivilTime.offsetSeconds(s, offset), nanos);
  }

  /** {@code yyyy-MM-dd HH:mm:ss} (or with {@code T}) from fixed positions; null if another form. */
  private static Instant fastTimestamp(String s, ZoneId zone, DstGaps gaps) {
    if (s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = CivilTime.digits(s, 0, 4);
    int month = CivilTime.digits(s, 5, 7);
    int day = CivilTime.digits(s, 8, 10);
    int hour = CivilTime.digits(s, 11, 13);
    int minute = CivilTime.digits(s, 14, 16);
    int second = CivilTime.digits(s, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null; // not all digits: let the general parser produce the message
    }
    return LocalOffsets.inZone(
        CivilTime.localEpochSecond(s, year, month, day, hour, minute, second), 0, zone, gaps);
  }

  /**
   * A point in time in an explicit format from a mapping file, e.g. {@code M/d/yyyy H:mm}
   * (WooCommerce) or {@code dd/MM/yyyy HH:mm}. A pattern without a time gives the start of the day;
   * one without an offset is read in {@code zone}. Day-of-month is checked even when the
   * formatter's resolver is lenient about it, so {@code 2/30/2025} is refused rather than read as
   * Feb 28.
   *
   * @throws ValueException {@code not a date in format M/d/yyyy H:mm ("…")}
   */
  public static Instant timestamp(String raw, ZoneId zone, DateTimeFormatter pattern) {
    return timestamp(raw, zone, pattern, null);
  }

  /** The same, and a local time in a DST gap or overlap of {@code zone} is said to {@code gaps}. */
  public static Instant timestamp(
      String raw, ZoneId zone, DateTimeFormatter pattern, DstGaps gaps) {
    String s = CellText.text(raw);
    if (s == null) {
      return null;
    }
    try {
      // one parse, then queries: parseBest would try ZonedDateTime::from first and throw (and
      // fill a stack trace) for every cell of a pattern without a zone (3.5x an import's time)
      TemporalAccessor t = pattern.parse(s);
      checkDayNotClamped(s, pattern, t);
      LocalDate day = t.query(TemporalQueries.localDate());
      if (day == null) {
        throw new DateTimeParseException("no date", s, 0);
      }
      LocalTime time = t.query(TemporalQueries.localTime());
      if (time == null) {
        return day.atStartOfDay(zone).toInstant();
      }
      ZoneId written = t.query(TemporalQueries.zone()); // an offset or a region, when given
      LocalDateTime local = LocalDateTime.of(day, time);
      ZonedDateTime read = ZonedDateTime.ofLocal(local, written != null ? written : zone, null);
      if (gaps != null && written == null) {
        gaps.check(local, zone, read);
      }
      return read.toInstant();
    } catch (DateTimeException e) {
      throw new ValueException(
          "not a date in format " + PatternText.of(pattern) + " " + CellText.quoted(s));
    }
  }

  /** A SMART resolver turns Feb 30 into Feb 28; compare with the day as written. */
  private static void checkDayNotClamped(String s, DateTimeFormatter pattern, TemporalAccessor t) {
    if (!t.isSupported(ChronoField.DAY_OF_MONTH) || t.getLong(ChronoField.DAY_OF_MONTH) < 28) {
      return; // only a day past the month's end is clamped, to the 28th at the least
    }
    TemporalAccessor written = pattern.parseUnresolved(s, new ParsePosition(0));
    if (written != null
        && written.isSupported(ChronoField.DAY_OF_MONTH)
        && written.getLong(ChronoField.DAY_OF_MONTH) != t.getLong(ChronoField.DAY_OF_MONTH)) {
      throw new DateTimeParseException("day out of range", s, 0);
    }
  }
}
