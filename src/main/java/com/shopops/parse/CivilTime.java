package com.shopops.parse;

import java.util.regex.Pattern;

/**
 * The calendar arithmetic and the written forms shared by {@link Timestamps} and {@link Dates}:
 * fields read from fixed positions and range-checked (month 13, Feb 30 and 24:01 are refused, not
 * rolled over; 24:00:00 is the end of the day, ISO 8601's midnight of the next), epoch seconds
 * computed without {@code java.time} on the hot path of an import.
 */
final class CivilTime {
  private CivilTime() {}

  /**
   * Every form we read: a date as {@code yyyy-M-d}, {@code yyyy/M/d}, {@code yyyy.M.d} or {@code
   * yyyy年M月d日}, optionally followed (after {@code T} or spaces) by {@code H:mm[:ss[.fraction]]},
   * optionally followed by {@code Z}, {@code UTC}, {@code GMT} or an offset {@code +08:00}, {@code
   * +0800}, {@code +08}.
   */
  static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?:(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})|(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日)"
              + "(?:(?:[Tt]|\\s+|(?<=日))(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
              + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long DAYS_0000_TO_1970 = 719_528;

  static final int[] POW10 = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  static boolean isNullDate(String s) {
    switch (s.length()) {
      case 1:
        return s.charAt(0) == '-';
      case 4:
        return s.equalsIgnoreCase("null");
      default:
        if (!s.startsWith("0000-00-00")) {
          return false;
        }
        for (int i = 10; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c != '0' && c != ':' && c != ' ' && c != 'T' && c != '.') {
            return false;
          }
        }
        return true;
    }
  }

  /** The decimal number in s[from, to), or -1 if a character is not an ASCII digit. */
  static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * Seconds since 1970-01-01T00:00 of a local date-time, with every field range-checked (month 13,
   * Feb 30 and 24:01 are refused, not rolled over). {@code 24:00:00} is the end of the day (ISO
   * 8601; how some 物流 exports write a parcel signed at midnight, and the "24:00 of the 7th day" of
   * the return window): the same instant as 00:00:00 of the next day, which it returns.
   */
  static long localEpochSecond(
      String s, int year, int month, int day, int hour, int minute, int second) {
    if (year < 1
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 24
        || (hour == 24 && (minute | second) != 0)
        || minute > 59
        || second > 59) {
      throw notDate(s);
    }
    return epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Same arithmetic as {@link LocalDate#toEpochDay()}, for years 1..9999. */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  static long offsetSeconds(String s, String offset) {
    char c = offset.charAt(0);
    if (c == 'Z' || c == 'z' || c == 'U' || c == 'G') {
      return 0;
    }
    int hours = Integer.parseInt(offset, 1, 3, 10);
    int minutes = 0;
    if (offset.length() > 3) {
      minutes = Integer.parseInt(offset, offset.length() - 2, offset.length(), 10);
    }
    if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
      throw notDate(s);
    }
    int total = hours * 3600 + minutes * 60;
    return c == '-' ? -total : total;
  }

  static ValueException notDate(String s) {
    return new ValueException("not a date " + CellText.quoted(s));
  }
}
