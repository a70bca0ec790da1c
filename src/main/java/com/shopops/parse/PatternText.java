package com.shopops.parse;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the pattern letters ({@code M/d/yyyy H:mm}) of a {@link DateTimeFormatter} for error
 * messages: the formatter keeps only a description of its parsers ({@code Value(MonthOfYear)'/'…}).
 * Covers what mapping files use; anything else falls back to that description, which is still
 * exact, only less familiar.
 */
final class PatternText {
  private static final Map<String, Character> LETTERS =
      Map.ofEntries(
          Map.entry("YearOfEra", 'y'),
          Map.entry("Year", 'u'),
          Map.entry("MonthOfYear", 'M'),
          Map.entry("DayOfMonth", 'd'),
          Map.entry("DayOfYear", 'D'),
          Map.entry("DayOfWeek", 'E'),
          Map.entry("HourOfDay", 'H'),
          Map.entry("ClockHourOfAmPm", 'h'),
          Map.entry("HourOfAmPm", 'K'),
          Map.entry("ClockHourOfDay", 'k'),
          Map.entry("MinuteOfHour", 'm'),
          Map.entry("SecondOfMinute", 's'),
          Map.entry("AmPmOfDay", 'a'));

  private static final Map<String, String> OFFSETS =
      Map.of(
          "+HH:MM,'Z'", "XXX",
          "+HHMM,'Z'", "XX",
          "+HHmm,'Z'", "X",
          "+HH,'Z'", "X",
          "+HHMM,'+0000'", "Z",
          "+HH:MM,'+00:00'", "xxx",
          "+HHmm,'+00'", "x");

  private static final Pattern TOKEN =
      Pattern.compile(
          "'([^']+)'|''" // 1 literal text, or a quote character
              + "|Value\\((\\w+)(?:,(\\d+)(?:,\\d+,\\w+)?)?\\)" // 2 field, 3 width
              + "|ReducedValue\\((\\w+),2,2,[^)]*\\)" // 4 two-digit year
              + "|Fraction\\(NanoOfSecond,\\d+,(\\d+)(?:,DecimalPoint)?\\)" // 5 digits
              + "|Text\\((\\w+)(?:,(\\w+))?\\)" // 6 field, 7 style
              + "|Offset\\(([^)]*)\\)"); // 8

  private PatternText() {}

  static String of(DateTimeFormatter formatter) {
    String description = formatter.toString();
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(description);
    int at = 0;
    while (at < description.length()) {
      if (!m.find(at) || m.start() != at) {
        return description;
      }
      if (m.group().equals("''")) {
        out.append("''");
      } else if (m.group(1) != null) {
        String literal = m.group(1);
        // Only ASCII letters are reserved in patterns; 年月日 are written as they are.
        boolean letters =
            literal.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        out.append(letters ? "'" + m.group(1) + "'" : literal);
      } else if (m.group(2) != null) {
        Character letter = LETTERS.get(m.group(2));
        if (letter == null) {
          return description;
        }
        int width = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        out.append(String.valueOf(letter).repeat(width));
      } else if (m.group(4) != null) {
        out.append(m.group(4).equals("Year") ? "uu" : "yy");
      } else if (m.group(5) != null) {
        out.append("S".repeat(Integer.parseInt(m.group(5))));
      } else if (m.group(6) != null) {
        Character letter = LETTERS.get(m.group(6));
        if (letter == null) {
          return description;
        }
        int width = "FULL".equals(m.group(7)) ? 4 : letter == 'a' ? 1 : 3;
        out.append(String.valueOf(letter).repeat(width));
      } else {
        String offset = OFFSETS.get(m.group(8));
        if (offset == null) {
          return description;
        }
        out.append(offset);
      }
      at = m.end();
    }
    return out.toString();
  }
}
