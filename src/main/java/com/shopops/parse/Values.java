package com.shopops.parse;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell of an export file as a typed value. Every method takes the raw cell text, returns
 * null for an empty cell and throws {@link ValueException} with an operator-readable reason for
 * anything it cannot read.
 *
 * <p>Stateless apart from a one-entry, immutable cache of the zone offset that applies around the
 * last timestamp read (see {@link #timestamp(String, ZoneId)}), so it is safe to call from any
 * thread.
 */
public final class Values {
  private Values() {}

  // ---------------------------------------------------------------- text

  /**
   * The cell as text, or null when it is empty. Trims ordinary and Unicode spaces (full-width
   * U+3000, NBSP, BOM/zero-width), the TAB Taobao writes after its ids so Excel keeps them as text,
   * unwraps Excel's {@code ="0123"} and strips the one leading {@code '} Shopify writes before zip
   * codes and ids ({@code '75008}).
   */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    int n = raw.length();
    if (n == 0) {
      return null;
    }
    char first = raw.charAt(0);
    // Fast path: nothing to trim or unwrap, return the same string (no allocation).
    if (!isSpace(first) && !isSpace(raw.charAt(n - 1)) && first != '\'' && first != '=') {
      return raw;
    }
    String s = trim(raw);
    if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
      s = trim(s.substring(2, s.length() - 1).replace("\"\"", "\""));
    } else if (!s.isEmpty() && s.charAt(0) == '\'') {
      s = trim(s.substring(1));
    }
    return s.isEmpty() ? null : s;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c <= ' '
        || c == '\u00A0' // NBSP, e.g. from copy-paste out of a web page
        || c == '\u3000' // full-width space from Chinese input methods
        || c == '\uFEFF' // a BOM that was decoded as a character
        || c == '\u200B'
        || (c > 0x7F && Character.isWhitespace(c));
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The value as it is shown inside an error message: {@code ("12.345")}, shortened if long. */
  static String quoted(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    return "(\"" + shown + "\")";
  }

  // ---------------------------------------------------------------- amounts

  // Longest first, so that "US$" wins over "$". Compared case-insensitively.
  private static final String[] CURRENCY_PREFIXES = {
    "US$", "HK$", "RMB", "CNY", "USD", "EUR", "GBP", "HKD", "¥", "￥", "$", "€", "£"
  };
  private static final String[] CURRENCY_SUFFIXES = {"RMB", "CNY", "USD", "EUR", "GBP", "HKD", "元"};

  /**
   * An amount of money in minor units (fen/cents): {@code ¥1,221.30} → 122130, {@code 1221.3} →
   * 122130, {@code .5} → 50, {@code -12.50} → -1250, {@code (12.50)} → -1250. Accepts a currency
   * sign or code before ({@code ¥ ￥ $ RMB CNY …}) or after ({@code 元}, {@code CNY}), thousands
   * separators in groups of three (so a European {@code 12,34} is refused rather than misread), and
   * extra decimal zeros ({@code 12.500}). Exact: long arithmetic only.
   *
   * @throws ValueException {@code not an amount ("…")}, {@code more than 2 decimal places
   *     ("12.345")} or {@code amount too large ("…")}
   */
  public static Long amount(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    int i = 0;
    int end = s.length();
    boolean negative = false;
    if (s.charAt(0) == '(' && s.charAt(end - 1) == ')') { // accounting style negative
      negative = true;
      i++;
      end--;
    }
    boolean signed = false;
    if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative ^= s.charAt(i) == '-';
      signed = true;
      i++;
    }
    // most cells are plain numbers: only look for currency signs when a letter or sign is there
    int afterPrefix =
        i < end && isDigit(s.charAt(i)) ? i : skipAffix(s, i, end, CURRENCY_PREFIXES, true);
    if (afterPrefix != i) {
      i = skipSpaces(s, afterPrefix, end);
      if (!signed && i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) { // $-12.00
        negative ^= s.charAt(i) == '-';
        i++;
      }
    }
    int suffixStart =
        end > i && isDigit(s.charAt(end - 1)) ? end : skipAffix(s, i, end, CURRENCY_SUFFIXES, false);
    if (suffixStart != end) {
      end = suffixStart;
      while (end > i && s.charAt(end - 1) == ' ') {
        end--;
      }
    }
    try {
      long units = 0;
      int intDigits = 0;
      int group = -1; // digits since the last thousands separator, -1 before the first one
      while (i < end) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          units = Math.addExact(Math.multiplyExact(units, 10), c - '0');
          intDigits++;
          if (group >= 0) {
            group++;
          }
        } else if (c == ',') {
          if (intDigits == 0 || (group < 0 ? intDigits > 3 : group != 3)) {
            throw notAmount(s);
          }
          group = 0;
        } else {
          break;
        }
        i++;
      }
      if (group >= 0 && group != 3) {
        throw notAmount(s);
      }
      long fraction = 0;
      int fractionDigits = 0;
      boolean tooPrecise = false;
      if (i < end && s.charAt(i) == '.') {
        i++;
        while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          int d = s.charAt(i) - '0';
          if (fractionDigits < 2) {
            fraction = fraction * 10 + d;
          } else if (d != 0) {
            tooPrecise = true;
          }
          fractionDigits++;
          i++;
        }
      }
      if (i != end || intDigits + fractionDigits == 0) {
        throw notAmount(s);
      }
      if (tooPrecise) {
        throw new ValueException("more than 2 decimal places " + quoted(s));
      }
      if (fractionDigits == 1) {
        fraction *= 10;
      }
      long minor = Math.addExact(Math.multiplyExact(units, 100), fraction);
      return negative ? -minor : minor;
    } catch (ArithmeticException e) {
      throw new ValueException("amount too large " + quoted(s));
    }
  }

  private static ValueException notAmount(String s) {
    return new ValueException("not an amount " + quoted(s));
  }

  /** Position after a matching prefix (or start of a matching suffix), else the position given. */
  private static int skipAffix(String s, int start, int end, String[] affixes, boolean prefix) {
    for (String a : affixes) {
      int len = a.length();
      if (end - start < len) {
        continue;
      }
      int at = prefix ? start : end - len;
      if (s.regionMatches(true, at, a, 0, len)) {
        return prefix ? start + len : at;
      }
    }
    return prefix ? start : end;
  }

  private static int skipSpaces(String s, int i, int end) {
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------- integers and booleans

  /**
   * A whole number: {@code 12}, {@code 1,234}, {@code -5}, {@code 3.0} (→ 3; spreadsheets write
   * counts that way).
   *
   * @throws ValueException {@code not a whole number ("3.5")} or {@code number too large ("…")}
   */
  public static Long integer(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    int i = 0;
    int end = s.length();
    boolean negative = false;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      negative = s.charAt(0) == '-';
      i++;
    }
    long value = 0;
    int digits = 0;
    int group = -1;
    try {
      while (i < end) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          // Accumulate negatively so that Long.MIN_VALUE is representable.
          value = Math.subtractExact(Math.multiplyExact(value, 10), c - '0');
          digits++;
          if (group >= 0) {
            group++;
          }
        } else if (c == ',') {
          if (digits == 0 || (group < 0 ? digits > 3 : group != 3)) {
            throw notWhole(s);
          }
          group = 0;
        } else {
          break;
        }
        i++;
      }
      if (digits == 0 || (group >= 0 && group != 3)) {
        throw notWhole(s);
      }
      if (i < end && s.charAt(i) == '.') {
        i++;
        while (i < end && s.charAt(i) == '0') {
          i++;
        }
      }
      if (i != end) {
        throw notWhole(s);
      }
      return negative ? value : Math.negateExact(value);
    } catch (ArithmeticException e) {
      throw new ValueException("number too large " + quoted(s));
    }
  }

  private static ValueException notWhole(String s) {
    return new ValueException("not a whole number " + quoted(s));
  }

  /**
   * Yes or no: {@code yes y true 1 是 subscribed opt-in} / {@code no n false 0 否 not_subscribed
   * unsubscribed opt-out} (case-insensitive; Shopify writes both generations of marketing flags).
   *
   * @throws ValueException {@code not yes/no ("…")}
   */
  public static Boolean bool(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "是", "subscribed", "opt-in", "opt_in", "opted_in":
        return Boolean.TRUE;
      case "no",
          "n",
          "false",
          "0",
          "否",
          "not_subscribed",
          "unsubscribed",
          "opt-out",
          "opt_out",
          "opted_out":
        return Boolean.FALSE;
      default:
        throw new ValueException("not yes/no " + quoted(s));
    }
  }

  // ---------------------------------------------------------------- timestamps

  /**
   * Every form we read: a date as {@code yyyy-M-d}, {@code yyyy/M/d}, {@code yyyy.M.d} or {@code
   * yyyy年M月d日}, optionally followed (after {@code T} or spaces) by {@code H:mm[:ss[.fraction]]},
   * optionally followed by {@code Z}, {@code UTC}, {@code GMT} or an offset {@code +08:00}, {@code
   * +0800}, {@code +08}.
   */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?:(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})|(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日)"
              + "(?:(?:[Tt]|\\s+|(?<=日))(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
              + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long DAYS_0000_TO_1970 = 719_528;

  /**
   * A point in time. Accepts {@code 2025-06-17 19:03:29}, {@code 2025-06-17 19:03}, {@code
   * 2025-06-17} (start of day), {@code 2025/6/17 19:03}, {@code 2025-6-7 9:03:29}, {@code
   * 2025-06-17T19:03:29}, ISO-8601 with {@code Z} or an offset (with or without a fraction),
   * Shopify's {@code 2025-06-17 19:03:29 +0800}, {@code 2025-06-17 19:03:29.0} and {@code
   * 2025年6月17日 19:03:29}. Values without an offset are local times in {@code zone}; a time in a DST
   * gap is moved forward by the gap, a time in an overlap takes the earlier offset ({@link
   * ZonedDateTime#ofLocal} with no preference).
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
    String s = text(raw);
    if (s == null || isNullDate(s)) {
      return null;
    }
    if (s.length() == 19) {
      Instant fast = fastTimestamp(s, zone);
      if (fast != null) {
        return fast;
      }
    }
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      throw notDate(s);
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
      nanos = Integer.parseInt(f) * POW10[9 - f.length()];
    }
    long local = localEpochSecond(s, year, month, day, hour, minute, second);
    String offset = m.group(12);
    if (offset == null) {
      return inZone(local, nanos, zone);
    }
    return Instant.ofEpochSecond(local - offsetSeconds(s, offset), nanos);
  }

  private static final int[] POW10 = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private static boolean isNullDate(String s) {
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

  /** {@code yyyy-MM-dd HH:mm:ss} (or with {@code T}) from fixed positions; null if another form. */
  private static Instant fastTimestamp(String s, ZoneId zone) {
    if (s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != ' ' && s.charAt(10) != 'T')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null; // not all digits: let the general parser produce the message
    }
    return inZone(localEpochSecond(s, year, month, day, hour, minute, second), 0, zone);
  }

  /** The decimal number in s[from, to), or -1 if a character is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
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
   * Feb 30 and 24:00 are refused, not rolled over).
   */
  private static long localEpochSecond(
      String s, int year, int month, int day, int hour, int minute, int second) {
    if (year < 1
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
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

  private static long offsetSeconds(String s, String offset) {
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

  /**
   * The offset of a zone over a span of local time in which it does not change and no local time is
   * ambiguous: {@code [fromLocal, toLocal)} in local epoch seconds.
   */
  private record OffsetWindow(ZoneId zone, long fromLocal, long toLocal, int offsetSeconds) {
    boolean covers(ZoneId z, long local) {
      return (zone == z || zone.equals(z)) && local >= fromLocal && local < toLocal;
    }
  }

  // One entry is enough: an import reads one zone, and the timestamps of a file are mostly
  // between the same two DST changes (Asia/Shanghai has had none since 1991). The record is
  // immutable, so a racing thread at worst recomputes it.
  private static volatile OffsetWindow lastWindow;

  private static Instant inZone(long local, int nanos, ZoneId zone) {
    OffsetWindow w = lastWindow;
    if (w == null || !w.covers(zone, local)) {
      w = window(local, zone);
      if (w == null) { // in a gap or an overlap: let java.time apply its rule
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, nanos, ZoneOffset.UTC);
        return ZonedDateTime.ofLocal(ldt, zone, null).toInstant();
      }
      lastWindow = w;
    }
    return Instant.ofEpochSecond(local - w.offsetSeconds, nanos);
  }

  private static OffsetWindow window(long local, ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return new OffsetWindow(
          zone, Long.MIN_VALUE, Long.MAX_VALUE, ((ZoneOffset) zone).getTotalSeconds());
    }
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> valid =
        rules.getValidOffsets(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC));
    if (valid.size() != 1) {
      return null;
    }
    int offset = valid.get(0).getTotalSeconds();
    Instant instant = Instant.ofEpochSecond(local - offset);
    // The latest transition at or before the instant, and the first one after it.
    ZoneOffsetTransition prev = rules.previousTransition(instant.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(instant);
    long from =
        prev == null
            ? Long.MIN_VALUE
            : prev.toEpochSecond()
                + Math.max(
                    prev.getOffsetBefore().getTotalSeconds(),
                    prev.getOffsetAfter().getTotalSeconds());
    long to =
        next == null
            ? Long.MAX_VALUE
            : next.toEpochSecond()
                + Math.min(
                    next.getOffsetBefore().getTotalSeconds(),
                    next.getOffsetAfter().getTotalSeconds());
    if (local < from || local >= to) {
      return null; // cannot happen for a unique offset; be safe rather than cache a wrong window
    }
    return new OffsetWindow(zone, from, to, offset);
  }

  private static ValueException notDate(String s) {
    return new ValueException("not a date " + quoted(s));
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
    String s = text(raw);
    if (s == null) {
      return null;
    }
    try {
      TemporalAccessor t =
          pattern.parseBest(
              s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      checkDayNotClamped(s, pattern, t);
      if (t instanceof ZonedDateTime) {
        return ((ZonedDateTime) t).toInstant();
      }
      if (t instanceof OffsetDateTime) {
        return ((OffsetDateTime) t).toInstant();
      }
      if (t instanceof LocalDateTime) {
        return ZonedDateTime.ofLocal((LocalDateTime) t, zone, null).toInstant();
      }
      return ((LocalDate) t).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw new ValueException("not a date in format " + PatternText.of(pattern) + " " + quoted(s));
    }
  }

  /** A SMART resolver turns Feb 30 into Feb 28; compare with the day as written. */
  private static void checkDayNotClamped(String s, DateTimeFormatter pattern, TemporalAccessor t) {
    if (!t.isSupported(ChronoField.DAY_OF_MONTH)) {
      return;
    }
    TemporalAccessor written = pattern.parseUnresolved(s, new ParsePosition(0));
    if (written != null
        && written.isSupported(ChronoField.DAY_OF_MONTH)
        && written.getLong(ChronoField.DAY_OF_MONTH) != t.getLong(ChronoField.DAY_OF_MONTH)) {
      throw new DateTimeParseException("day out of range", s, 0);
    }
  }

  // ---------------------------------------------------------------- dates

  /**
   * A calendar day: {@code 2025-06-17}, {@code 2025/6/17}, {@code 20250617}, {@code 2025年6月17日}, or
   * any {@link #timestamp(String, ZoneId) timestamp form}, of which the date is taken as written
   * (no zone conversion).
   *
   * @throws ValueException {@code not a date ("…")}
   */
  public static LocalDate date(String raw) {
    String s = text(raw);
    if (s == null || isNullDate(s)) {
      return null;
    }
    int year;
    int month;
    int day;
    if (s.length() == 8 && digits(s, 0, 8) >= 0) {
      year = digits(s, 0, 4);
      month = digits(s, 4, 6);
      day = digits(s, 6, 8);
    } else {
      Matcher m = TIMESTAMP.matcher(s);
      if (!m.matches()) {
        throw notDate(s);
      }
      boolean cjk = m.start(1) < 0;
      year = Integer.parseInt(m.group(cjk ? 5 : 1));
      month = Integer.parseInt(m.group(cjk ? 6 : 3));
      day = Integer.parseInt(m.group(cjk ? 7 : 4));
      int hour = m.start(8) < 0 ? 0 : Integer.parseInt(m.group(8));
      int minute = m.start(9) < 0 ? 0 : Integer.parseInt(m.group(9));
      int second = m.start(10) < 0 ? 0 : Integer.parseInt(m.group(10));
      localEpochSecond(s, year, month, day, hour, minute, second); // validates the time too
    }
    localEpochSecond(s, year, month, day, 0, 0, 0);
    return LocalDate.of(year, month, day);
  }
}
