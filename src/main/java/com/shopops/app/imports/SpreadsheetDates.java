package com.shopops.app.imports;

import com.shopops.parse.DayMonthOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one hint for date cells a spreadsheet wrote in its own numeric form, which no layout of the
 * file reads: an English Excel's {@code 11/22/2026} or {@code 11/22/2026 14:05}, a European one's
 * {@code 22.11.2026} (review15 P4). When every date cell of the file that was refused is in such a
 * form, the import says once, after its row errors, which {@code date_formats} of a mapping file
 * reads them, with the mapping file for this very file. Day or month first is decided as {@link
 * DayMonthOrder} decides it for a whole file; when no date says which (every day and month 12 or
 * less) the hint says so and gives both, never a guess.
 */
final class SpreadsheetDates {
  private static final Pattern FORM =
      Pattern.compile(
          "\\s*(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})"
              + "(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: ?([AP]M))?)?\\s*");

  private final DayMonthOrder evidence = new DayMonthOrder();
  private final Set<String> headers = new LinkedHashSet<>(); // the columns of the refused cells
  private final Set<String> forms = new LinkedHashSet<>(); // year and time: "yyyy H:mm", …
  private String separator;
  private String example;
  private boolean padded; // 01/12/2026
  private boolean unpadded; // 1/12/2026
  private boolean other; // a refused date cell in no such form: no hint

  /** A date cell of column {@code header} at {@code line} that the file's layout did not read. */
  void refused(String cell, long line, String header) {
    if (other) {
      return;
    }
    Matcher m = FORM.matcher(cell);
    if (!m.matches() || (separator != null && !separator.equals(m.group(2)))) {
      other = true;
      return;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int year = Integer.parseInt(m.group(4)) + (m.group(4).length() == 2 ? 2000 : 0);
    if (!valid(year, a, b) && !valid(year, b, a) || !validTime(m)) {
      other = true; // no date in either order (2/30/2026): not a matter of the form
      return;
    }
    separator = m.group(2);
    padded |= m.group(1).startsWith("0") || m.group(3).startsWith("0");
    unpadded |= m.group(1).length() == 1 || m.group(3).length() == 1;
    String time = "";
    if (m.group(5) != null) {
      boolean ampm = m.group(8) != null;
      time = (ampm ? " h:mm" : " H:mm") + (m.group(7) != null ? ":ss" : "") + (ampm ? " a" : "");
    }
    forms.add((m.group(4).length() == 2 ? "yy" : "yyyy") + time);
    headers.add(header);
    if (example == null) {
      example = cell.strip();
    }
    evidence.observe(cell, line, header);
  }

  private static boolean valid(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean validTime(Matcher m) {
    if (m.group(5) == null) {
      return true;
    }
    int hour = Integer.parseInt(m.group(5));
    boolean ampm = m.group(8) != null;
    return (ampm ? hour >= 1 && hour <= 12 : hour <= 23)
        && Integer.parseInt(m.group(6)) <= 59
        && (m.group(7) == null || Integer.parseInt(m.group(7)) <= 59);
  }

  /**
   * The hint's lines (none when no refused date cell, or one in another form): what the cells are,
   * the mapping file that reads them (its {@code fields} the file's columns as this import read
   * them) and the command.
   */
  List<String> hint(String kind, String file, Map<String, List<String>> fields) {
    return hint(kind, file, fields, null, "");
  }

  /**
   * {@link #hint}, for an import given {@code --decimal} ({@code decimal}, null: not given; a comma
   * is a continental Excel, whose dates are day first: the example is, and the mapping file keeps
   * the comma) and other options ({@code given}, e.g. {@code " --encoding windows-1252"}) the
   * suggested command keeps (tryout18 W9: following the hint failed again on the amounts).
   */
  List<String> hint(
      String kind, String file, Map<String, List<String>> fields, String decimal, String given) {
    if (other
        || headers.isEmpty()
        || evidence.dayFirstOnly() != null && evidence.monthFirstOnly() != null) {
      return List.of(); // the file writes dates both ways: its row errors say enough
    }
    DayMonthOrder.Cell doubt = evidence.undecided();
    if (doubt != null && padded && unpadded) {
      return List.of(); // no pattern would decide this file's order (README "Day or month first")
    }
    String columns = String.join(", ", headers.stream().map(h -> "\"" + h + "\"").toList());
    List<String> lines = new ArrayList<>();
    boolean comma = ",".equals(decimal);
    String monthFirst = formats(DayMonthOrder.Order.MONTH_FIRST, doubt != null);
    String shown = comma ? formats(DayMonthOrder.Order.DAY_FIRST, doubt != null) : monthFirst;
    if (doubt != null) {
      lines.add(
          "the dates of "
              + columns
              + " are written as \""
              + doubt.text()
              + "\": "
              + doubt.reading(DayMonthOrder.Order.DAY_FIRST)
              + " day first or "
              + doubt.reading(DayMonthOrder.Order.MONTH_FIRST)
              + " month first? No date of the file says which (every day and month is 12 or"
              + " less) and shopops does not guess: say it in a mapping file, date_formats: "
              + monthFirst
              + " for month first (an English Excel), "
              + formats(DayMonthOrder.Order.DAY_FIRST, true)
              + " for day first (README \"Mapping files\"), e.g. "
              + (comma
                  ? "for day first (the decimal comma of a continental Excel):"
                  : "for month first:"));
    } else {
      boolean month = evidence.monthFirstOnly() != null;
      DayMonthOrder.Order order =
          month ? DayMonthOrder.Order.MONTH_FIRST : DayMonthOrder.Order.DAY_FIRST;
      lines.add(
          "the dates of "
              + columns
              + " are written "
              + (month ? "month first" : "day first")
              + " (\""
              + example
              + "\"), as "
              + (month ? "an English (US)" : "a British or European")
              + " Excel saves them: read them with date_formats: "
              + formats(order, false)
              + " in a mapping file (README \"Mapping files\"), e.g.:");
      shown = formats(order, false);
    }
    lines.add("    kind: " + kind);
    List<String> named = new ArrayList<>();
    fields.forEach(
        (field, cols) -> named.add(field + ": [" + String.join(", ", quoted(cols)) + "]"));
    lines.add("    fields: {" + String.join(", ", named) + "}");
    lines.add("    date_formats: " + shown);
    if (decimal != null) {
      lines.add("    decimal: \"" + decimal + "\"");
    }
    String yaml = kind + "-dates.yaml"; // one name per kind: the orders one is not overwritten
    lines.add(
        "save this as "
            + yaml
            + ", then: shopops import "
            + kind
            + " "
            + file
            + " --map "
            + yaml
            + given);
    return lines;
  }

  /**
   * The date_formats that read the refused cells in {@code order}, as a YAML list: unpadded {@code
   * M/d} (which reads 11/05 too) unless the order is {@code undecided} and the file pads its days
   * and months, or has only two-digit ones: a pattern decides an undecided file's order only when
   * the file writes dates as it does (README "Day or month first").
   */
  private String formats(DayMonthOrder.Order order, boolean undecided) {
    boolean pad = undecided && !unpadded;
    String d = pad ? "dd" : "d";
    String m = pad ? "MM" : "M";
    String first = order == DayMonthOrder.Order.MONTH_FIRST ? m : d;
    String second = order == DayMonthOrder.Order.MONTH_FIRST ? d : m;
    List<String> patterns = new ArrayList<>();
    for (String form : forms) {
      patterns.add("\"" + first + separator + second + separator + form + "\"");
    }
    return "[" + String.join(", ", patterns) + "]";
  }

  private static final Pattern PLAIN =
      Pattern.compile("[\\p{L}\\p{N}_]([\\p{L}\\p{N}_ ]*[\\p{L}\\p{N}_])?");

  /** Headers as YAML flow scalars: quoted unless plain words. */
  private static List<String> quoted(List<String> headers) {
    List<String> out = new ArrayList<>();
    for (String h : headers) {
      out.add(
          PLAIN.matcher(h).matches()
              ? h
              : "\"" + h.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    return out;
  }
}
