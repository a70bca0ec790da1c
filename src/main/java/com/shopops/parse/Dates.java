package com.shopops.parse;

import java.time.LocalDate;
import java.util.regex.Matcher;

/** Calendar days in export cells and date options, taken as written (no zone conversion). */
public final class Dates {
  private Dates() {}

  /**
   * A calendar day: {@code 2025-06-17}, {@code 2025/6/17}, {@code 20250617}, {@code 2025年6月17日}, or
   * any {@link Timestamps#timestamp(String, java.time.ZoneId) timestamp form}, of which the date is
   * taken as written (no zone conversion).
   *
   * @throws ValueException {@code not a date ("…")}
   */
  public static LocalDate date(String raw) {
    String s = CellText.text(raw);
    if (s == null || CivilTime.isNullDate(s)) {
      return null;
    }
    int year;
    int month;
    int day;
    if (s.length() == 8 && CivilTime.digits(s, 0, 8) >= 0) {
      year = CivilTime.digits(s, 0, 4);
      month = CivilTime.digits(s, 4, 6);
      day = CivilTime.digits(s, 6, 8);
    } else {
      Matcher m = CivilTime.TIMESTAMP.matcher(s);
      if (!m.matches()) {
        throw CivilTime.notDate(s);
      }
      boolean cjk = m.start(1) < 0;
      year = Integer.parseInt(m.group(cjk ? 5 : 1));
      month = Integer.parseInt(m.group(cjk ? 6 : 3));
      day = Integer.parseInt(m.group(cjk ? 7 : 4));
      int hour = m.start(8) < 0 ? 0 : Integer.parseInt(m.group(8));
      int minute = m.start(9) < 0 ? 0 : Integer.parseInt(m.group(9));
      int second = m.start(10) < 0 ? 0 : Integer.parseInt(m.group(10));
      CivilTime.localEpochSecond(
          s, year, month, day, hour, minute, second); // validates the time too
    }
    CivilTime.localEpochSecond(s, year, month, day, 0, 0, 0);
    return LocalDate.of(year, month, day);
  }
}
