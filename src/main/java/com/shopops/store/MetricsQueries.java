package com.shopops.store;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.EventType;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Period;
import com.shopops.domain.metrics.PeriodFigures;
import com.shopops.domain.metrics.Product;
import com.shopops.domain.returns.ReturnPolicy;
import com.shopops.domain.sla.ShippingPolicy;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts behind {@code metrics}, {@code metrics funnel} and {@code score}. The store counts;
 * the domain ({@link com.shopops.domain.metrics}) divides and scores.
 *
 * <h2>How periods are counted</h2>
 *
 * <ul>
 *   <li>Distinct counts (UV, buyers, repeat buyers) cannot be added up over days, so each period
 *       is one range query between its boundary instants (00:00 of its first and next day in the
 *       store zone, computed in Java, so DST zones are right), on an indexed time column
 *       ({@code orders.paid_at}, the time-ordered key of {@code events}).
 *   <li>Additive counts on columns without an index (shipped, delivered, returned units,
 *       refunds) are grouped in one scan by local day, {@code (t + offset) / 86400}, where the
 *       offset is a constant for fixed-offset zones and a {@code CASE} over the zone's transitions
 *       in the range otherwise; the days are then summed into periods.
 * </ul>
 *
 * The tables of other capabilities ({@code returns}, {@code shipments}) are read only when the
 * store has them; figures that need them are otherwise null ("not computed").
 */
public final class MetricsQueries {
  private static final long DAY = 86_400;

  private final Connection conn;
  private final ZoneId zone;

  public MetricsQueries(Store store) {
    this.conn = store.connection();
    this.zone = store.zone();
  }

  /**
   * One reporting period as counted: the period (null for a free date range), the dates it covers
   * and their instants.
   */
  ZoneId zone() {
    return zone;
  }

  public record Span(Period period, DateRange dates, Instant start, Instant end) {}

  /** A whole date range as one span (for {@code compare} and {@code score}); no period. */
  public static Span span(DateRange range, ZoneId zone) {
    return new Span(null, range, range.start(zone), range.end(zone));
  }

  /** The periods of size {@code g} over {@code range}, each clipped to it. */
  public static List<Span> spans(Granularity g, DateRange range, ZoneId zone) {
    List<Span> out = new ArrayList<>();
    for (Period p : Period.between(g, range)) {
      DateRange d = p.within(range).orElseThrow();
      out.add(new Span(p, d, d.start(zone), d.end(zone)));
    }
    return out;
  }

  /** Where PV/UV came from. */
  public enum TrafficSource {
    /** Raw events: UV is an exact distinct count over any period. */
    EVENTS,
    /** Daily figures: UV over several days (or channels) is a sum. */
    DAILY,
    /** Nothing imported for the range. */
    NONE
  }

  /**
   * The figures of every span, with what they could be computed from. PV/UV of a span come from
   * raw events when the imported events cover all its days (or there are no daily figures for
   * it), else from daily traffic figures when it has any, else are null.
   *
   * @param sources where each span's PV/UV came from.
   * @param uvSummed true when some period's UV is a sum of daily (or per-channel) UV.
   * @param refundsKnown false when there is no returns table: net sales are then not computed.
   * @param returnsKnown false when return rates cannot be computed.
   * @param shippingKnown false when no order has a ship time.
   */
  public record Figures(
      List<PeriodFigures> bySpan,
      List<TrafficSource> sources,
      boolean uvSummed,
      boolean refundsKnown,
      boolean returnsKnown,
      boolean shippingKnown) {}

  public Figures figures(List<Span> spans, String channel) throws SQLException {
    List<PeriodFigures> out = new ArrayList<>();
    if (spans.isEmpty()) {
      return new Figures(out, List.of(), false, false, false, false);
    }
    Span first = spans.stream().min((a, b) -> a.start().compareTo(b.start())).orElseThrow();
    Span last = spans.stream().max((a, b) -> a.end().compareTo(b.end())).orElseThrow();
    Instant from = first.start();
    Instant to = last.end();
    List<TrafficSource> sources = new ArrayList<>();
    DateRange eventDays = eventDays();
    boolean returns = hasColumns("returns", "requested_at");
    boolean refunds = hasColumns("returns", "refunded_at", "refund_amount");
    boolean shipping = hasShipping();
    Map<LocalDate, long[]> shipDays = shipping ? shippedByDay(from, to) : Map.of();
    Map<LocalDate, long[]> newBuyers = newBuyersByDay(from, to);
    Map<LocalDate, long[]> returnDays = returns ? returnedUnitsByDay(from, to) : Map.of();
    Map<LocalDate, long[]> deliveredDays = returns ? deliveredUnitsByDay(from, to) : Map.of();
    Map<LocalDate, long[]> refundDays = refunds ? refundsByDay(from, to) : Map.of();
    boolean summed = false;
    try (PreparedStatement orders = conn.prepareStatement(ORDERS);
        PreparedStatement events = conn.prepareStatement(EVENTS);
        PreparedStatement traffic = conn.prepareStatement(trafficSql(channel))) {
      for (Span s : spans) {
        long[] o = orderCounts(orders, s);
        long repeat = o[3] - sum(newBuyers, s.dates(), 1)[0];
        Long pv = null;
        Long uv = null;
        boolean sum = false;
        boolean hasEvents = channel == null && hasEvents(s.start(), s.end());
        boolean daily = hasTraffic(s.dates().from(), s.dates().to(), channel);
        boolean covered = eventDays != null && !eventDays.from().isAfter(s.dates().from())
            && !eventDays.to().isBefore(s.dates().to());
        TrafficSource source =
            channel == null && (covered || hasEvents && !daily)
                ? TrafficSource.EVENTS
                : daily ? TrafficSource.DAILY : TrafficSource.NONE;
        sources.add(source);
        if (source == TrafficSource.EVENTS) {
          events.setLong(1, s.start().getEpochSecond());
          events.setLong(2, s.end().getEpochSecond());
          try (ResultSet rs = events.executeQuery()) {
            rs.next();
            pv = rs.getLong(1);
            uv = rs.getLong(2);
          }
        } else if (source == TrafficSource.DAILY) {
          traffic.setString(1, s.dates().from().toString());
          traffic.setString(2, s.dates().to().toString());
          if (channel != null) {
            traffic.setString(3, channel);
          }
          try (ResultSet rs = traffic.executeQuery()) {
            rs.next();
            long rows = rs.getLong(3);
            if (rows > 0) {
              pv = nullableLong(rs, 1);
              uv = nullableLong(rs, 2);
              sum = rs.getLong(4) > 1 || rs.getLong(5) > 1;
            }
          }
        }
        summed |= sum && uv != null;
        long[] ship = sum(shipDays, s.dates(), 2);
        out.add(
            new PeriodFigures(
                pv, uv, sum && uv != null, o[0], o[1], o[2],
                refunds ? sum(refundDays, s.dates(), 1)[0] : 0, repeat,
                returns ? sum(returnDays, s.dates(), 1)[0] : null,
                returns ? sum(deliveredDays, s.dates(), 1)[0] : null,
                shipping ? ship[1] : null, shipping ? ship[0] : null));
      }
    }
    return new Figures(out, sources, summed, refunds, returns, shipping);
  }

  // -------------------------------------------------------------------------- orders

  /**
   * Paid orders, buyers, sales and buyers with a customer id of one span. An order counts on its
   * payment time; sales are what the buyer paid, shipping included (the stored total, else amount
   * + shipping fee); an order without a customer id is a buyer of its own (and never a repeat
   * buyer).
   */
  private static final String ORDERS =
      """
      SELECT count(*),
             count(DISTINCT coalesce(o.customer_id, '#' || o.order_id)),
             coalesce(sum(coalesce(o.total, coalesce(o.amount, 0) + coalesce(o.shipping_fee, 0))), 0),
             count(DISTINCT o.customer_id)
      FROM orders o
      WHERE o.paid_at >= ? AND o.paid_at < ?
      """;

  /**
   * New buyers per local day: customers whose first paid order ever falls on that day. A buyer of
   * a period is a repeat buyer when they paid before the period starts, so repeat buyers = buyers
   * with a customer id − new buyers of the period (each customer has exactly one first order,
   * which makes the count additive over days and saves a lookup per order).
   */
  private Map<LocalDate, long[]> newBuyersByDay(Instant from, Instant to) throws SQLException {
    return byDay("SELECT " + dayKey("first", from, to) + " AS d, count(*) FROM ("
        // one sequential scan and a sort beat a walk of the customer index with a table lookup
        // per order (4× on a million orders)
        + "SELECT min(paid_at) AS first FROM orders NOT INDEXED"
        + " WHERE customer_id IS NOT NULL AND paid_at IS NOT NULL GROUP BY customer_id)"
        + " WHERE first >= ? AND first < ? GROUP BY d", 1, from, to);
  }

  private static long[] orderCounts(PreparedStatement ps, Span s) throws SQLException {
    ps.setLong(1, s.start().getEpochSecond());
    ps.setLong(2, s.end().getEpochSecond());
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
    }
  }

  // -------------------------------------------------------------------------- traffic

  /** PV = views; UV = distinct visitors with any event in the span. */
  private static final String EVENTS =
      "SELECT count(*) FILTER (WHERE type = " + EventType.VIEW.code() + "),"
          + " count(DISTINCT visitor) FROM events WHERE time >= ? AND time < ?";

  /**
   * Daily figures over a span of dates: a day's store total is its channel '' row when it has one,
   * else the sum of its channels (flagged, like a sum over days). Returns pv, uv, rows, days and
   * the most rows summed for one day.
   */
  private static String trafficSql(String channel) {
    String days =
        channel != null
            ? "SELECT date, pv, uv, 1 AS n FROM traffic WHERE date BETWEEN ?1 AND ?2 AND channel = ?3"
            : """
              SELECT date, sum(pv) AS pv, sum(uv) AS uv, count(*) AS n FROM traffic t
              WHERE date BETWEEN ?1 AND ?2
                AND (channel = '' OR NOT EXISTS (
                  SELECT 1 FROM traffic x WHERE x.date = t.date AND x.channel = ''))
              GROUP BY date
              """;
    return "SELECT sum(pv), sum(uv), count(*), count(DISTINCT date), max(n) FROM (" + days + ")";
  }

  /** The first and last day (store zone) with events, or null without events. */
  private DateRange eventDays() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
            "SELECT (SELECT min(time) FROM events), (SELECT max(time) FROM events)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Long min = nullableLong(rs, 1);
      Long max = nullableLong(rs, 2);
      return min == null ? null : new DateRange(
          LocalDate.ofInstant(Instant.ofEpochSecond(min), zone),
          LocalDate.ofInstant(Instant.ofEpochSecond(max), zone));
    }
  }

  private boolean hasEvents(Instant from, Instant to) throws SQLException {
    return exists("SELECT 1 FROM events WHERE time >= ? AND time < ? LIMIT 1",
        from.getEpochSecond(), to.getEpochSecond());
  }

  private boolean hasTraffic(LocalDate from, LocalDate to, String channel) throws SQLException {
    return channel == null
        ? exists("SELECT 1 FROM traffic WHERE date BETWEEN ? AND ? LIMIT 1", from.toString(),
            to.toString())
        : exists("SELECT 1 FROM traffic WHERE date BETWEEN ? AND ? AND channel = ? LIMIT 1",
            from.toString(), to.toString(), channel);
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

  // -------------------------------------------------------------------------- funnel

  /**
   * Distinct visitors reaching each funnel stage in [from, to): any event, a view of a SKU, a cart,
   * an order, a payment. Returns visitors, viewed SKU, cart, order, paid.
   */
  public long[] funnel(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT count(DISTINCT visitor),"
            + " count(DISTINCT CASE WHEN type = " + EventType.VIEW.code()
            + " AND sku <> '' THEN visitor END),"
            + " count(DISTINCT CASE WHEN type = " + EventType.CART.code() + " THEN visitor END),"
            + " count(DISTINCT CASE WHEN type = " + EventType.ORDER.code() + " THEN visitor END),"
            + " count(DISTINCT CASE WHEN type = " + EventType.PAY.code() + " THEN visitor END)"
            + " FROM events WHERE time >= ? AND time < ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5)};
      }
    }
  }

  // -------------------------------------------------------------------------- shipping

  /**
   * The ship-by rule of the on-time ship rate, in one place: shipped no later than {@link
   * ShippingPolicy#DEFAULT_SHIP_WITHIN} (24 h) after payment. The configured SLA (holidays,
   * per-carrier promises) is not applied here; {@code sla} reports use it.
   */
  static final long SHIP_WITHIN_SECONDS = ShippingPolicy.DEFAULT_SHIP_WITHIN.getSeconds();

  private boolean hasShipping() throws SQLException {
    return exists("SELECT 1 FROM (" + shipSource() + ") WHERE shipped_at IS NOT NULL LIMIT 1");
  }

  /**
   * Orders with their paid, shipped and delivered times: from {@code orders}, completed from the
   * {@code shipments} table when the store has one (first ship time, last delivery of an order).
   */
  private String shipSource() throws SQLException {
    if (hasColumns("shipments", "order_id", "shipped_at", "delivered_at")) {
      return """
          SELECT o.order_id, o.paid_at, %s AS shipped_at, %s AS delivered_at
          FROM %s
          """.formatted(Fulfilment.SHIPPED_AT, Fulfilment.DELIVERED_AT, Fulfilment.FROM);
    }
    return "SELECT order_id, paid_at, shipped_at, delivered_at FROM orders";
  }

  /** Per local day of shipping: orders shipped (with a paid time), of which on time. */
  private Map<LocalDate, long[]> shippedByDay(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT " + dayKey("shipped_at", from, to) + " AS d, count(*),"
            + " sum(shipped_at - paid_at <= " + SHIP_WITHIN_SECONDS + ")"
            + " FROM (" + shipSource() + ")"
            + " WHERE shipped_at >= ? AND shipped_at < ? AND paid_at IS NOT NULL GROUP BY d";
    return byDay(sql, 2, from, to);
  }

  /** Hours from payment to shipping of the orders shipped in [from, to), for the median. */
  public List<Long> shipSeconds(Instant from, Instant to) throws SQLException {
    if (!hasShipping()) {
      return null;
    }
    return longs("SELECT shipped_at - paid_at FROM (" + shipSource() + ") WHERE shipped_at >= ?"
        + " AND shipped_at < ? AND paid_at IS NOT NULL AND shipped_at >= paid_at", from, to);
  }

  /** Orders shipped in [from, to) with on-time count: {shipped, on time}, or null. */
  public long[] shipped(Instant from, Instant to) throws SQLException {
    if (!hasShipping()) {
      return null;
    }
    long[] total = {0, 0};
    for (long[] d : shippedByDay(from, to).values()) {
      total[0] += d[0];
      total[1] += d[1];
    }
    return total;
  }

  /**
   * Deliveries in [from, to) with a promised date (shipments.estimated_delivery_at): {delivered,
   * on time}, or null when the store has no promised dates.
   */
  public long[] deliveries(Instant from, Instant to) throws SQLException {
    if (!hasColumns("shipments", "delivered_at", "estimated_delivery_at")) {
      return null;
    }
    return pair("SELECT count(*), coalesce(sum(delivered_at <= estimated_delivery_at), 0)"
        + " FROM shipments WHERE delivered_at >= ? AND delivered_at < ?"
        + " AND estimated_delivery_at IS NOT NULL", from, to);
  }

  // -------------------------------------------------------------------------- returns

  private Map<LocalDate, long[]> returnedUnitsByDay(Instant from, Instant to)
      throws SQLException {
    String qty = hasColumns("returns", "quantity") ? "coalesce(quantity, 1)" : "1";
    return byDay("SELECT " + dayKey("requested_at", from, to) + " AS d, sum(" + qty + ")"
        + " FROM returns WHERE requested_at >= ? AND requested_at < ? GROUP BY d", 1, from, to);
  }

  /** Units delivered per local day (order lines of orders delivered that day; 1 without lines). */
  private Map<LocalDate, long[]> deliveredUnitsByDay(Instant from, Instant to)
      throws SQLException {
    return byDay("SELECT " + dayKey("o.delivered_at", from, to) + " AS d,"
        + " sum(coalesce(l.quantity, 1)) FROM (" + shipSource() + ") o"
        + " LEFT JOIN order_lines l ON l.order_id = o.order_id"
        + " WHERE o.delivered_at >= ? AND o.delivered_at < ? GROUP BY d", 1, from, to);
  }

  private Map<LocalDate, long[]> refundsByDay(Instant from, Instant to) throws SQLException {
    return byDay("SELECT " + dayKey("refunded_at", from, to) + " AS d,"
        + " coalesce(sum(refund_amount), 0) FROM returns"
        + " WHERE refunded_at >= ? AND refunded_at < ? GROUP BY d", 1, from, to);
  }

  /** Seconds from return request to approval or rejection, for requests in [from, to). */
  public List<Long> returnHandlingSeconds(Instant from, Instant to) throws SQLException {
    if (!hasColumns("returns", "requested_at", "approved_at", "rejected_at")) {
      return null;
    }
    return longs("SELECT coalesce(approved_at, rejected_at) - requested_at FROM returns"
        + " WHERE requested_at >= ? AND requested_at < ?"
        + " AND coalesce(approved_at, rejected_at) >= requested_at", from, to);
  }

  /**
   * Refunds in [from, to) of returns whose goods were received: {refunded, within the refund
   * deadline ({@link ReturnPolicy#DEFAULT_REFUND_WITHIN} after receipt)}, or null.
   */
  public long[] refundsOnTime(Instant from, Instant to) throws SQLException {
    if (!hasColumns("returns", "received_at", "refunded_at")) {
      return null;
    }
    return pair("SELECT count(*), coalesce(sum(refunded_at - received_at <= "
        + ReturnPolicy.DEFAULT_REFUND_WITHIN.getSeconds() + "), 0) FROM returns"
        + " WHERE refunded_at >= ? AND refunded_at < ? AND received_at IS NOT NULL", from, to);
  }

  /** Returns requested and refund total in [from, to): {requests, units, refunded} or null. */
  public long[] returnSummary(Instant from, Instant to) throws SQLException {
    if (!hasColumns("returns", "requested_at")) {
      return null;
    }
    String qty = hasColumns("returns", "quantity") ? "coalesce(quantity, 1)" : "1";
    long[] req = pair("SELECT count(*), coalesce(sum(" + qty + "), 0) FROM returns"
        + " WHERE requested_at >= ? AND requested_at < ?", from, to);
    long refunded = 0;
    if (hasColumns("returns", "refunded_at", "refund_amount")) {
      refunded = pair("SELECT coalesce(sum(refund_amount), 0), 0 FROM returns"
          + " WHERE refunded_at >= ? AND refunded_at < ?", from, to)[0];
    }
    return new long[] {req[0], req[1], refunded};
  }

  // -------------------------------------------------------------------------- reviews, products

  /**
   * Sums of the ratings and their counts, exact: {sum_d, n_d, sum_s, n_s, sum_l, n_l}. Averages
   * are divided in the domain's decimal arithmetic, never in floating point.
   */
  public long[] ratingSums(Instant from, Instant to) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            """
            SELECT coalesce(sum(rating_description), 0), count(rating_description),
                   coalesce(sum(rating_service), 0), count(rating_service),
                   coalesce(sum(rating_logistics), 0), count(rating_logistics)
            FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?
            """)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long[] out = new long[6];
        for (int i = 0; i < 6; i++) {
          out[i] = rs.getLong(i + 1);
        }
        return out;
      }
    }
  }

  /** The catalogue. */
  public List<Product> products() throws SQLException {
    List<Product> out = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT sku, title, category, price, stock, has_description, has_image"
                    + " FROM products ORDER BY sku");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Product(rs.getString(1), rs.getString(2), rs.getString(3),
            nullableLong(rs, 4), nullableLong(rs, 5),
            rs.getObject(6) == null ? null : rs.getInt(6) == 1,
            rs.getObject(7) == null ? null : rs.getInt(7) == 1));
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------- helpers

  /**
   * The local day number (epoch day in the store zone) of an epoch-second column. For a
   * fixed-offset zone a constant offset; otherwise a CASE over the zone's offset transitions
   * between {@code from} and {@code to}, so a DST change moves the day boundary with it.
   */
  String dayKey(String column, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition tr = rules.nextTransition(from.minusSeconds(1));
    if (tr == null || !tr.getInstant().isBefore(to)) {
      // no offset change in the range (Asia/Shanghai since 1991, or a fixed-offset zone)
      return "((" + column + " + " + rules.getOffset(from).getTotalSeconds() + ") / " + DAY + ")";
    }
    StringBuilder sb = new StringBuilder("((" + column + " + CASE");
    Instant t = from;
    while (tr != null && tr.getInstant().isBefore(to)) {
      sb.append(" WHEN ").append(column).append(" < ").append(tr.getInstant().getEpochSecond())
          .append(" THEN ").append(rules.getOffset(t).getTotalSeconds());
      t = tr.getInstant();
      tr = rules.nextTransition(t);
    }
    sb.append(" ELSE ").append(rules.getOffset(t).getTotalSeconds()).append(" END) / ")
        .append(DAY).append(')');
    return sb.toString();
  }

  private Map<LocalDate, long[]> byDay(String sql, int values, Instant from, Instant to)
      throws SQLException {
    Map<LocalDate, long[]> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
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
    return out;
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static long[] sum(Map<LocalDate, long[]> days, DateRange range, int values) {
    long[] out = new long[values];
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      long[] v = days.get(d);
      if (v != null) {
        for (int i = 0; i < values; i++) {
          out[i] += v[i];
        }
      }
    }
    return out;
  }

  private List<Long> longs(String sql, Instant from, Instant to) throws SQLException {
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

  private long[] pair(String sql, Instant from, Instant to) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  private boolean exists(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private final Map<String, Set<String>> columns = new HashMap<>();

  /** Whether the store has {@code table} with all these columns (tables of other capabilities). */
  public boolean hasColumns(String table, String... names) throws SQLException {
    Set<String> cols = columns.get(table);
    if (cols == null) {
      cols = new HashSet<>();
      if (exists("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", table)) {
        try (PreparedStatement ps =
                conn.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
          ps.setString(1, table);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              cols.add(rs.getString(1));
            }
          }
        }
      }
      columns.put(table, cols);
    }
    for (String n : names) {
      if (!cols.contains(n)) {
        return false;
      }
    }
    return true;
  }
}
