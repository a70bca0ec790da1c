package com.shopops.render.report;

import com.shopops.domain.metrics.ActionList;
import com.shopops.domain.sla.Hours;
import com.shopops.render.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of today's action lists as the report shows it, in the reader's language: a heading with the
 * count, a short table (ids, the deadline in the store zone, time left or late) and, when the list
 * is longer, how many more and the command that lists them all.
 *
 * @param title the heading, without the count.
 * @param headers the column headings.
 * @param rows the shown items, as text.
 * @param total how many items there are in all.
 * @param more "N more: shopops …", or null when every item is shown.
 * @param command the shopops command that lists them all (for a shorter list's "N more").
 */
public record ActionTable(
    String title,
    List<String> headers,
    List<List<String>> rows,
    int total,
    String more,
    String command) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final DateTimeFormatter WHEN_YEAR =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** How far from the report's clock a deadline is shown without its year (in its year). */
  static final Duration NEAR = Duration.ofDays(30);

  public ActionTable {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The lists of a report, in its order, with times in {@code zone}. */
  public static List<ActionTable> of(List<ActionList> lists, Messages messages, ZoneId zone) {
    List<ActionTable> out = new ArrayList<>();
    for (ActionList l : lists) {
      out.add(of(l, messages, zone));
    }
    return out;
  }

  static ActionTable of(ActionList l, Messages m, ZoneId zone) {
    String key = l.kind().name().toLowerCase(Locale.ROOT);
    List<String> headers =
        switch (l.kind()) {
          case AT_RISK, OVERDUE -> cols(m, "order", "ship_by", "left");
          case REFUNDS_DUE -> cols(m, "return", "order", "refund_by", "left");
          case WINDOWS_CLOSING -> cols(m, "order", "closes", "left");
          case FOLLOW_UPS_DUE -> cols(m, "customer", "order", "planned", "left");
        };
    List<List<String>> rows = new ArrayList<>();
    for (ActionList.Item i : l.items()) {
      List<String> row = new ArrayList<>();
      row.add(i.ref());
      if (headers.size() == 4) {
        row.add(i.other() == null ? "" : i.other());
      }
      row.add(when(i, zone));
      row.add(
          l.kind() == ActionList.Kind.FOLLOW_UPS_DUE ? daysLate(m, i, zone) : left(m, i.left()));
      rows.add(row);
    }
    return new ActionTable(
        m.get("report.action." + key),
        headers,
        rows,
        l.total(),
        l.more() == 0 ? null : m.get("report.action.more", l.more(), l.kind().command()),
        l.kind().command());
  }

  private static List<String> cols(Messages m, String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      out.add(m.get("report.action.col." + k));
    }
    return out;
  }

  /**
   * The deadline in the store zone: "11-20 10:59" when it is in the year of the report's clock and
   * less than {@link #NEAR} from it, else with the year ("2025-12-30 10:59", "2017-01-25 13:15"),
   * so that an old deadline does not read as a recent or coming one; with the year too when the
   * item has no time left to tell the clock by.
   */
  static String when(ActionList.Item i, ZoneId zone) {
    var due = i.due().atZone(zone);
    if (i.left() == null) {
      return WHEN_YEAR.format(due);
    }
    int year = i.due().minus(i.left()).atZone(zone).getYear();
    boolean near = due.getYear() == year && i.left().abs().compareTo(NEAR) < 0;
    return (near ? WHEN : WHEN_YEAR).format(due);
  }

  /** "3.5 h left" or "2.0 h late"; from two days on, whole days ("21 d late"). */
  static String left(Messages m, Duration d) {
    if (d == null) {
      return "";
    }
    Duration a = d.abs();
    if (a.toHours() >= 48) {
      return m.get(
          d.isNegative() ? "report.action.days_late" : "report.action.days_left", a.toDays());
    }
    return m.get(
        d.isNegative() ? "report.action.late" : "report.action.left", Hours.of(a).toPlainString());
  }

  /** A follow-up planned today, or how many days ago (calendar days in the store zone). */
  static String daysLate(Messages m, ActionList.Item i, ZoneId zone) {
    LocalDate planned = i.due().atZone(zone).toLocalDate();
    LocalDate today = i.due().minus(i.left()).atZone(zone).toLocalDate();
    long days = ChronoUnit.DAYS.between(planned, today);
    return days <= 0 ? m.get("report.action.today") : m.get("report.action.days_late", days);
  }
}
