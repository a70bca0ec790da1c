package com.shopops.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file writes its numeric dates day first ({@code 01/12/2010}) or month first ({@code
 * 12/1/2010}), decided for the whole file, never cell by cell: a date only one order can read
 * ({@code 13/12/2010}) decides it; without one, the order a layout's date pattern says is taken
 * only when the file writes its dates the way that pattern does (unpadded {@code M/d} for {@code
 * 12/1/2010 8:26}, padded {@code dd/MM} or {@code MM/dd} for {@code 01/12/2010 08:26} or {@code
 * 11/12/2010}); otherwise a date both orders read differently is {@link #undecided() undecided}.
 */
public final class DayMonthOrder {
  /** The order of day and month in a date. */
  public enum Order {
    MONTH_FIRST,
    DAY_FIRST
  }

  private static final Pattern CELL =
      Pattern.compile("\\s*(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T].*)?");
  private static final Pattern ORDERED =
      Pattern.compile("\\s*(M{1,2}|d{1,2})([/.-])(M{1,2}|d{1,2})\\2(y+).*");

  /** One cell read as evidence. */
  public record Cell(long line, String column, String text, int first, int second, String year) {
    /** The date this cell is read as in an order, ISO-8601 ({@code 2010-12-01}). */
    public String reading(Order order) {
      int month = order == Order.MONTH_FIRST ? first : second;
      int day = order == Order.MONTH_FIRST ? second : first;
      String y = year.length() == 2 ? "20" + year : year;
      return String.format(java.util.Locale.ROOT, "%s-%02d-%02d", y, month, day);
    }
  }

  private Cell dayFirstOnly;
  private Cell monthFirstOnly;
  private Cell ambiguous;
  private boolean unpadded; // a one-digit day or month (1/12/2010)
  private boolean padded; // a day or month with a leading zero (01/12/2010)

  /** The order a date pattern writes ({@code M/d/yyyy HH:mm}), or null for one without both. */
  public static Order orderOf(String pattern) {
    Matcher m = ORDERED.matcher(pattern);
    if (!m.matches() || m.group(1).charAt(0) == m.group(3).charAt(0)) {
      return null;
    }
    return m.group(1).charAt(0) == 'M' ? Order.MONTH_FIRST : Order.DAY_FIRST;
  }

  /** The pattern with its day and month swapped ({@code M/d/yyyy} → {@code d/M/yyyy}). */
  public static String swapped(String pattern) {
    Matcher m = ORDERED.matcher(pattern);
    if (!m.matches()) {
      return pattern;
    }
    return pattern.substring(0, m.start(1))
        + m.group(3)
        + m.group(2)
        + m.group(1)
        + pattern.substring(m.end(3));
  }

  private static boolean paddedPattern(String pattern) {
    Matcher m = ORDERED.matcher(pattern);
    return m.matches() && m.group(1).length() == 2 && m.group(3).length() == 2;
  }

  /** Takes one timestamp cell of the file as evidence (cells that are no numeric date are not). */
  public void observe(String text, long line, String column) {
    Matcher m = CELL.matcher(text);
    if (!m.matches()) {
      return;
    }
    String a = m.group(1);
    String b = m.group(3);
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    if (first == 0 || second == 0 || (first > 12 && second > 12)) {
      return; // no date in either order
    }
    unpadded |= a.length() == 1 || b.length() == 1;
    padded |= a.startsWith("0") || b.startsWith("0");
    Cell cell = new Cell(line, column, text.strip(), first, second, m.group(4));
    if (first > 12) {
      dayFirstOnly = dayFirstOnly == null ? cell : dayFirstOnly;
    } else if (second > 12) {
      monthFirstOnly = monthFirstOnly == null ? cell : monthFirstOnly;
    } else if (first != second && ambiguous == null) {
      ambiguous = cell;
    }
  }

  /** The first cell only day first reads, or null. */
  public Cell dayFirstOnly() {
    return dayFirstOnly;
  }

  /** The first cell only month first reads, or null. */
  public Cell monthFirstOnly() {
    return monthFirstOnly;
  }

  /** The first cell both orders read, differently, that nothing decides; null once decided. */
  public Cell undecided() {
    return dayFirstOnly != null || monthFirstOnly != null ? null : ambiguous;
  }

  /**
   * The order of the file's dates, given the layout's date patterns: the file's own evidence first,
   * then the patterns' order when the file writes dates as they do; null when neither decides (or
   * nothing needs deciding: then the patterns stand as they are).
   */
  public Order decide(List<String> patterns) {
    if (dayFirstOnly != null && monthFirstOnly == null) {
      return Order.DAY_FIRST;
    }
    if (monthFirstOnly != null && dayFirstOnly == null) {
      return Order.MONTH_FIRST;
    }
    if (dayFirstOnly != null || ambiguous == null) {
      return null;
    }
    Order said = null;
    boolean styleMatches = false;
    for (String p : patterns) {
      Order o = orderOf(p);
      if (o == null) {
        continue;
      }
      if (said != null && said != o) {
        return null; // the layout reads both orders: it says nothing
      }
      said = o;
      boolean pad = paddedPattern(p);
      // a padded pattern (dd/MM) also fits a file whose days and months are all two digits (10–12)
      styleMatches |= pad ? !unpadded : unpadded && !padded;
    }
    return styleMatches ? said : null;
  }
}
