package com.shopops.store;

import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.DateRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the metrics stores count, shared by {@link SalesFigures}, {@link TrafficFigures}, {@link
 * ShippingFigures} and {@link ReturnFigures}.
 *
 * <ul>
 *   <li>Distinct counts (UV, buyers, repeat buyers) cannot be added up over days, so each period is
 *       one range query between its boundary instants (00:00 of its first and next day in the store
 *       zone, computed in Java, so DST zones are right), on an indexed time column ({@code
 *       orders.paid_at}, the time-ordered key of {@code events}); the ranges of all periods go into
 *       one statement ({@link #perSpan}), not one statement per period (on PostgreSQL each
 *       statement is a round trip).
 *   <li>Additive counts on columns without an index (shipped, delivered, returned units, refunds)
 *       are grouped in one scan by local day, {@code (t + offset) / 86400}, where the offset is a
 *       constant for fixed-offset zones and a {@code CASE} over the zone's transitions in the range
 *       otherwise; the days are then summed into periods ({@link DailyCounts}).
 * </ul>
 */
final class DayCounts {
  private static final long DAY = 86_400;

  private DayCounts() {}

  /**
   * The local day number (epoch day in the store zone) of an epoch-second column. For a
   * fixed-offset zone a constant offset; otherwise a CASE over the zone's offset transitions
   * between {@code from} and {@code to}, so a DST change moves the day boundary with it.
   */
  static String dayKey(ZoneId zone, String column, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition tr = rules.nextTransition(from.minusSeconds(1));
    if (tr == null || !tr.getInstant().isBefore(to)) {
      // no offset change in the range (Asia/Shanghai since 1991, or a fixed-offset zone)
      return "((" + column + " + " + rules.getOffset(from).getTotalSeconds() + ") / " + DAY + ")";
    }
    StringBuilder sb = new StringBuilder("((" + column + " + CASE");
    Instant t = from;
    while (tr != null && tr.getInstant().isBefore(to)) {
      sb.append(" WHEN ")
          .append(column)
          .append(" < ")
          .append(tr.getInstant().getEpochSecond())
          .append(" THEN ")
          .append(rules.getOffset(t).getTotalSeconds());
      t = tr.getInstant();
      tr = rules.nextTransition(t);
    }
    sb.append(" ELSE ")
        .append(rules.getOffset(t).getTotalSeconds())
        .append(" END) / ")
        .append(DAY)
        .append(')');
    return sb.toString();
  }

  /**
   * Runs {@code sql} (parameters: from, to as epoch seconds; columns: the day number, then {@code
   * values} counts) into counts per day.
   */
  static DailyCounts byDay(Connection conn, String sql, int values, Instant from, Instant to)
      throws SQLException {
    return byDay(conn, sql, values, from, to, 1);
  }

  /** As above, the statement's parameters being from, to repeated {@code ranges} times. */
  static DailyCounts byDay(
      Connection conn, String sql, int values, Instant from, Instant to, int ranges)
      throws SQLException {
    Map<LocalDate, long[]> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int r = 0; r < ranges; r++) {
        ps.setLong(2 * r + 1, from.getEpochSecond());
        ps.setLong(2 * r + 2, to.getEpochSecond());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long[] v = new long[values];
          for (int i = 0; i < values; i++) {
            v[i] = rs.getLong(i + 2);
          }
          out.put(LocalDate.ofEpochDay(rs.getLong(1)), v);
        }
      }
    }
    return new DailyCounts(values, out);
  }

  /** One row of {@code n} counts of {@code sql} (parameters: from, to). */
  static long[] counts(Connection conn, String sql, int n, Instant from, Instant to)
      throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
          out[i] = rs.getLong(i + 1);
        }
        return out;
      }
    }
  }

  /** The first column of every row of {@code sql} (parameters: from, to). */
  static List<Long> longs(Connection conn, String sql, Instant from, Instant to)
      throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** Whether {@code sql} returns a row: a data-presence check, never a schema probe. */
  static boolean anyRow(Connection conn, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Spans per statement of {@link #perSpan}: 3 parameters each, well under the 32,766 of SQLite.
   */
  static final int SPANS_PER_STATEMENT = 1000;

  /** Reads the rows of one {@link #perSpan} statement; {@code span} is the span's index. */
  interface SpanRows {
    void row(int span, ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code body} for many spans at once: one statement per {@value #SPANS_PER_STATEMENT}
   * spans, with {@code WITH spans(i, s, e) AS (VALUES ...)} before it ({@code i} the span's index
   * in {@code bounds}, {@code s} and {@code e} its bounds of SQL type {@code type}), instead of one
   * statement per span. {@code body} joins {@code spans} and returns the index as its first column.
   */
  static void perSpan(
      Connection conn, String type, List<Object[]> bounds, String body, SpanRows rows)
      throws SQLException {
    for (int first = 0; first < bounds.size(); first += SPANS_PER_STATEMENT) {
      int n = Math.min(SPANS_PER_STATEMENT, bounds.size() - first);
      StringBuilder sql = new StringBuilder("WITH spans(i, s, e) AS (VALUES ");
      for (int k = 0; k < n; k++) {
        sql.append(k == 0 ? "" : ", ")
            .append("(CAST(? AS INTEGER), CAST(? AS ")
            .append(type)
            .append("), CAST(? AS ")
            .append(type)
            .append("))");
      }
      sql.append(") ").append(body);
      try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
        for (int k = 0; k < n; k++) {
          Object[] b = bounds.get(first + k);
          ps.setInt(3 * k + 1, first + k);
          ps.setObject(3 * k + 2, b[0]);
          ps.setObject(3 * k + 3, b[1]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.row(rs.getInt(1), rs);
          }
        }
      }
    }
  }

  /** The instants of each date range in the store zone, as epoch seconds, for {@link #perSpan}. */
  static List<Object[]> instants(List<DateRange> spans, ZoneId zone) {
    List<Object[]> out = new ArrayList<>(spans.size());
    for (DateRange d : spans) {
      out.add(new Object[] {d.start(zone).getEpochSecond(), d.end(zone).getEpochSecond()});
    }
    return out;
  }

  static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
