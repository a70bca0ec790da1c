package com.shopops.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Readers for config values as operators write them: 24h, 7d, 11:00, lists, date ranges. */
public final class ConfigValues {
  private ConfigValues() {}

  /** The longest duration a rule or option may name: a hundred years. */
  public static final Duration LONGEST = Duration.ofDays(36_500);

  /** {@code 24h}, {@code 90m}, {@code 7d}, {@code 1d12h}, or ISO {@code PT24H}. */
  public static Duration duration(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("p")) {
      try {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration (\"" + s + "\"); use e.g. 24h, 7d, 90m");
      }
    }
    Duration d = Duration.ZERO;
    int i = 0;
    boolean any = false;
    while (i < v.length()) {
      int start = i;
      while (i < v.length() && Character.isDigit(v.charAt(i))) {
        i++;
      }
      if (start == i || i >= v.length()) {
        throw new IllegalArgumentException("not a duration (\"" + s + "\"); use e.g. 24h, 7d, 90m");
      }
      char unit = v.charAt(i++);
      try {
        long n = Long.parseLong(v.substring(start, i - 1));
        d =
            switch (unit) {
              case 'd' -> d.plusDays(n);
              case 'h' -> d.plusHours(n);
              case 'm' -> d.plusMinutes(n);
              case 's' -> d.plusSeconds(n);
              default ->
                  throw new IllegalArgumentException(
                      "not a duration (\"" + s + "\"); use e.g. 24h, 7d, 90m");
            };
        if (d.compareTo(LONGEST) > 0) {
          throw new ArithmeticException();
        }
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException(
            "too long a duration (\"" + s + "\"); at most 36500d (100 years)");
      }
      any = true;
    }
    if (!any) {
      throw new IllegalArgumentException("not a duration (\"" + s + "\"); use e.g. 24h, 7d, 90m");
    }
    return d;
  }

  /** {@code 11:00} or {@code 23:00:00}. */
  public static LocalTime time(String s) {
    try {
      return LocalTime.parse(s.strip().length() == 4 ? "0" + s.strip() : s.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time of day (\"" + s + "\"); use e.g. 11:00");
    }
  }

  /** A comma-separated list; empty string → empty list. */
  public static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Dates and ranges: {@code 2026-10-01..2026-10-07,2027-01-01}. */
  public static Set<LocalDate> dates(String s) {
    Set<LocalDate> out = new LinkedHashSet<>();
    for (String part : list(s)) {
      try {
        int dots = part.indexOf("..");
        if (dots < 0) {
          out.add(LocalDate.parse(part));
        } else {
          LocalDate from = LocalDate.parse(part.substring(0, dots).strip());
          LocalDate to = LocalDate.parse(part.substring(dots + 2).strip());
          if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts (\"" + part + "\")");
          }
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(d);
          }
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "not a date or range (\"" + part + "\"); use 2026-10-01 or 2026-10-01..2026-10-07");
      }
    }
    return out;
  }

  public static int integer(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number (\"" + s + "\")");
    }
  }

  public static BigDecimal decimal(String s) {
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number (\"" + s + "\")");
    }
  }
}
