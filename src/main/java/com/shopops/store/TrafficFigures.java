package com.shopops.store;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PV and UV from raw events ({@code events}) or daily figures ({@code traffic}), and the funnel.
 * Which of the two a period's figures come from is the domain's rule ({@link
 * com.shopops.domain.metrics.TrafficSource}); this class answers what the store holds.
 */
public final class TrafficFigures {
  private final Connection conn;
  private final ZoneId zone;
  private Boolean daySets;

  public TrafficFigures(Store store) {
    this.conn = store.connection();
    this.zone = store.zone();
  }

  /** PV and UV: both null when the period has no figures. */
  public record Visits(Long pv, Long uv) {}

  /**
   * Daily figures summed over a period.
   *
   * @param rows days with figures (0 = none).
   * @param days days whose figures are whole: a store total, or every channel that has figures in
   *     the dates read (a day without JD's figures is not a day of the whole shop; review13 M12).
   * @param mostRowsInADay the most figures added up for one day (channels without a store total).
   */
  public record DailyVisits(Long pv, Long uv, long rows, long days, long mostRowsInADay) {}

  /** Distinct visitors reaching each funnel stage. */
  public record FunnelCounts(long visitors, long viewedSku, long cart, long order, long paid) {}

  /**
   * PV = views; UV = distinct visitors with any event in [from, to). Whole local days are read from
   * the visitor sets of each day ({@link VisitorDays}: the union of the days' sets, exact); other
   * spans, or a store whose sets are not built yet, are counted from the events.
   */
  public Visits events(Instant from, Instant to) throws SQLException {
    if (daySets == null) {
      daySets = VisitorDays.current(conn);
    }
    if (daySets) {
      java.util.Optional<Visits> v = VisitorDays.visits(conn, zone, from, to);
      if (v.isPresent()) {
        return v.get();
      }
    }
    return eventScan(from, to);
  }

  /**
   * {@link #events(Instant, Instant)} of each date range (whole days in the store zone): from the
   * day sets in one statement, or, while they are not built, from the events in one statement per
   * {@value DayCounts#SPANS_PER_STATEMENT} ranges.
   */
  public List<Visits> events(List<DateRange> spans) throws SQLException {
    if (daySets == null) {
      daySets = VisitorDays.current(conn);
    }
    return daySets ? VisitorDays.visits(conn, spans) : eventScan(spans);
  }

  /** PV and UV of each date range counted from the events themselves. */
  List<Visits> eventScan(List<DateRange> spans) throws SQLException {
    Visits[] out = new Visits[spans.size()];
    Arrays.fill(out, new Visits(0L, 0L));
    DayCounts.perSpan(
        conn,
        "BIGINT",
        DayCounts.instants(spans, zone),
        "SELECT sp.i, count(*) FILTER (WHERE ev.type = "
            + EventType.VIEW.code()
            + "), count(DISTINCT ev.visitor)"
            + " FROM spans sp JOIN events ev ON ev.time >= sp.s AND ev.time < sp.e GROUP BY sp.i",
        (i, rs) -> out[i] = new Visits(rs.getLong(2), rs.getLong(3)));
    return Arrays.asList(out);
  }

  /** PV and UV counted from the events themselves. */
  Visits eventScan(Instant from, Instant to) throws SQLException {
    long[] c =
        DayCounts.counts(
            conn,
            "SELECT count(*) FILTER (WHERE type = "
                + EventType.VIEW.code()
                + "),"
                + " count(DISTINCT visitor) FROM events WHERE time >= ? AND time < ?",
            2,
            from,
            to);
    return new Visits(c[0], c[1]);
  }

  /**
   * Daily figures over the dates of a period: a day's store total is its channel '' row when it has
   * one, else the sum of its channels; with {@code channel}, that channel's rows only.
   */
  public DailyVisits daily(DateRange dates, String channel) throws SQLException {
    return daily(List.of(dates), channel).get(0);
  }

  /**
   * {@link #daily(DateRange, String)} of each date range, from one statement reading the days of
   * all of them; a range without figures has 0 rows.
   */
  public List<DailyVisits> daily(List<DateRange> spans, String channel) throws SQLException {
    List<DailyVisits> out = new ArrayList<>(spans.size());
    if (spans.isEmpty()) {
      return out;
    }
    LocalDate first = spans.stream().map(DateRange::from).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = spans.stream().map(DateRange::to).max(LocalDate::compareTo).orElseThrow();
    // a day's figures: date, pv, uv (null when not imported), rows added up, 1 for a store total
    java.util.TreeMap<LocalDate, Long[]> days = new java.util.TreeMap<>();
    try (PreparedStatement ps = conn.prepareStatement(dailySql(channel))) {
      ps.setString(1, first.toString());
      ps.setString(2, last.toString());
      if (channel != null) {
        ps.setString(3, channel);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          days.put(
              LocalDate.parse(rs.getString(1)),
              new Long[] {
                DayCounts.nullableLong(rs, 2),
                DayCounts.nullableLong(rs, 3),
                rs.getLong(4),
                rs.getLong(5)
              });
        }
      }
    }
    // without a store total, a day is whole when every channel whose figures span it has its own
    List<DateRange> channels = channel == null ? channelSpans() : List.of();
    for (DateRange d : spans) {
      Long pv = null;
      Long uv = null;
      long rows = 0;
      long whole = 0;
      long most = 0;
      for (Long[] v : days.subMap(d.from(), true, d.to(), true).values()) {
        // not a conditional expression: its type would be long, unboxing a null pv (a file with
        // visitors and no page views, as Shopify's sessions export: review R21)
        if (v[0] != null) {
          pv = (pv == null ? 0 : pv) + v[0];
        }
        if (v[1] != null) {
          uv = (uv == null ? 0 : uv) + v[1];
        }
        rows++;
        most = Math.max(most, v[2]);
      }
      for (var e : days.subMap(d.from(), true, d.to(), true).entrySet()) {
        Long[] v = e.getValue();
        whole += v[3] == 1 || v[2] >= expected(channels, e.getKey()) ? 1 : 0;
      }
      out.add(new DailyVisits(pv, uv, rows, whole, most));
    }
    return out;
  }

  /** Each channel's first and last day with figures (the store total not counted). */
  private List<DateRange> channelSpans() throws SQLException {
    List<DateRange> out = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT min(date), max(date) FROM traffic WHERE channel <> '' GROUP BY channel");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new DateRange(LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))));
      }
    }
    return out;
  }

  /** The channels whose figures span {@code day}: those a whole day has. */
  private static long expected(List<DateRange> channels, LocalDate day) {
    return channels.stream().filter(c -> !day.isBefore(c.from()) && !day.isAfter(c.to())).count();
  }

  /**
   * The figures of each day between two dates: a day's store total is its channel '' row when it
   * has one, else the sum of its channels; with {@code channel}, that channel's rows only.
   */
  private static String dailySql(String channel) {
    return channel != null
        ? "SELECT date, pv, uv, 1 AS n, 1 AS total FROM traffic"
            + " WHERE date BETWEEN ? AND ? AND channel = ?"
        : """
          SELECT date, sum(pv) AS pv, sum(uv) AS uv, count(*) AS n,
                 max(CASE WHEN channel = '' THEN 1 ELSE 0 END) AS total
          FROM traffic t
          WHERE date BETWEEN ? AND ?
            AND (channel = '' OR NOT EXISTS (
              SELECT 1 FROM traffic x WHERE x.date = t.date AND x.channel = ''))
          GROUP BY date
          """;
  }

  /**
   * Whether any events were imported for each date range, in one statement per {@value
   * DayCounts#SPANS_PER_STATEMENT} ranges.
   */
  public boolean[] hasEventsIn(List<DateRange> spans) throws SQLException {
    boolean[] out = new boolean[spans.size()];
    DayCounts.perSpan(
        conn,
        "BIGINT",
        DayCounts.instants(spans, zone),
        "SELECT sp.i FROM spans sp WHERE EXISTS"
            + " (SELECT 1 FROM events ev WHERE ev.time >= sp.s AND ev.time < sp.e)",
        (i, rs) -> out[i] = true);
    return out;
  }

  /** The first and last day (store zone) with events, or null when no events were imported. */
  public DateRange eventDays() throws SQLException {
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT (SELECT min(time) FROM events), (SELECT max(time) FROM events)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Long min = DayCounts.nullableLong(rs, 1);
      Long max = DayCounts.nullableLong(rs, 2);
      return min == null
          ? null
          : new DateRange(
              LocalDate.ofInstant(Instant.ofEpochSecond(min), zone),
              LocalDate.ofInstant(Instant.ofEpochSecond(max), zone));
    }
  }

  /** The channels daily traffic was imported with ('' = store total), for messages. */
  public List<String> channels() throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement("SELECT DISTINCT channel FROM traffic ORDER BY channel");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /**
   * Distinct visitors reaching each funnel stage in [from, to): any event, a view of a SKU, a cart,
   * an order, a payment.
   */
  public FunnelCounts funnel(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT count(DISTINCT visitor),"
            + " count(DISTINCT CASE WHEN type = "
            + EventType.VIEW.code()
            + " AND sku <> '' THEN visitor END),"
            + " count(DISTINCT CASE WHEN type = "
            + EventType.CART.code()
            + " THEN visitor END),"
            + " count(DISTINCT CASE WHEN type = "
            + EventType.ORDER.code()
            + " THEN visitor END),"
            + " count(DISTINCT CASE WHEN type = "
            + EventType.PAY.code()
            + " THEN visitor END)"
            + " FROM events WHERE time >= ? AND time < ?";
    long[] c = DayCounts.counts(conn, sql, 5, from, to);
    return new FunnelCounts(c[0], c[1], c[2], c[3], c[4]);
  }
}
