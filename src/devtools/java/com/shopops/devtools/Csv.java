package com.shopops.devtools;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Small CSV and value formatting helpers (RFC 4180 quoting, fen → "123.40", local times). */
final class Csv {
  private Csv() {}

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static String time(LocalDateTime t) {
    return t == null ? "" : TIME.format(t);
  }

  /** Integer minor units to a plain decimal: 12340 → "123.40". Money is never a double. */
  static String money(long fen) {
    StringBuilder sb = new StringBuilder(12);
    appendMoney(sb, fen);
    return sb.toString();
  }

  static void appendMoney(StringBuilder sb, long fen) {
    if (fen < 0) {
      sb.append('-');
      fen = -fen;
    }
    long cents = fen % 100;
    sb.append(fen / 100)
        .append('.')
        .append((char) ('0' + cents / 10))
        .append((char) ('0' + cents % 10));
  }

  /** Appends one field, quoted only when it holds a comma, quote or line break. */
  static void appendField(StringBuilder sb, String v) {
    if (v == null || v.isEmpty()) return;
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(v);
      return;
    }
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') sb.append('"');
      sb.append(c);
    }
    sb.append('"');
  }

  static void appendRow(StringBuilder sb, List<String> fields, String eol) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(',');
      appendField(sb, fields.get(i));
    }
    sb.append(eol);
  }

  /**
   * Appends {@code yyyy-MM-dd HH:mm:ss} for seconds since 1970-01-01T00:00 local time. The bulk
   * writer formats millions of timestamps; this avoids a formatter and an object per value.
   */
  static void appendDateTime(StringBuilder sb, long localEpochSecond) {
    long days = Math.floorDiv(localEpochSecond, 86_400L);
    int secs = (int) Math.floorMod(localEpochSecond, 86_400L);
    // Civil date from days since the epoch (H. Hinnant's algorithm, proleptic Gregorian).
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    sb.append(year).append('-');
    two(sb, month);
    sb.append('-');
    two(sb, day);
    sb.append(' ');
    two(sb, secs / 3600);
    sb.append(':');
    two(sb, secs / 60 % 60);
    sb.append(':');
    two(sb, secs % 60);
  }

  private static void two(StringBuilder sb, int v) {
    sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
