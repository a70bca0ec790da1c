package com.shopops.app.imports;

import java.time.Instant;

/**
 * A time column written as a bare date ("2026/12/5": a spreadsheet such as WPS turned the export's
 * "2026-12-05 09:00:00" into a date): the one rule of paid times (counted as 00:00, review13) and
 * shipped times (counted as the end of that day, review18 T18), each warned of.
 */
final class DateOnlyTime {
  private DateOnlyTime() {}

  /**
   * The text of the row's column for {@code field} when it has no time of day, else null (a time
   * stated, or nothing): the first column of the field with a value, as the row's time was read.
   */
  /**
   * A shipped time given as a bare date: the latest the parcel can have left that day, its end
   * (23:59:59), or the delivery or the import if earlier (never before its 00:00). 00:00 would rate
   * an order shipped that day on time by luck (review18 T18).
   */
  static Instant latestShipped(Instant day, java.time.ZoneId zone, Instant delivered, Instant now) {
    Instant latest =
        day.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant();
    for (Instant bound : new Instant[] {delivered, now}) {
      if (bound != null && bound.isBefore(latest)) {
        latest = bound;
      }
    }
    return latest.isBefore(day) ? day : latest;
  }

  static String text(ParsedRow r, HeaderMatch match, String field) {
    for (int c : match.columnsOf(field)) {
      String text = c < r.width() ? r.cell(c) : null;
      if (text == null || text.isBlank()) {
        continue;
      }
      return text.indexOf(':') < 0 ? text.strip() : null;
    }
    return null;
  }
}
