package com.shopops.store;

import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.DateRange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Paid orders, buyers and sales of a period, for {@code metrics}, {@code score} and the report. */
public final class SalesFigures {
  private final Connection conn;
  private final ZoneId zone;
  private final String defaultCurrency;

  /** The condition on {@code o} that keeps the orders in {@link #currency}, or "" for all. */
  private final String inCurrency;

  public SalesFigures(Store store) {
    this(store, null);
  }

  /**
   * The figures of the orders in one currency ({@code metrics --currency}, review15 P3): an order
   * without one is in the store's default; null counts every order.
   */
  public SalesFigures(Store store, String currency) {
    this(store, currency, null);
  }

  /**
   * As {@link #SalesFigures(Store, String)}, of the orders of one marketplace only when {@code
   * platform} is given ({@code metrics --channel tmall}, review18 T7): an order is of the
   * marketplace whose export last changed it ({@link Platform}).
   */
  public SalesFigures(
      Store store, String currency, com.shopops.domain.order.OrderChannel platform) {
    this.conn = store.connection();
    this.zone = store.zone();
    this.defaultCurrency = store.defaultCurrency();
    this.inCurrency =
        OrderMoney.inCurrency("o", defaultCurrency, currency) + inPlatform("o", platform);
  }

  /**
   * Whether the store holds an order of {@code platform} (imported from its export): a channel's
   * orders can be told apart only then.
   */
  public boolean hasOrdersOf(com.shopops.domain.order.OrderChannel platform) throws SQLException {
    try (var ps =
            conn.prepareStatement(
                "SELECT 1 FROM orders o WHERE "
                    + PlatformSql.in("o.source", platform.presets())
                    + " LIMIT 1");
        var rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /** {@code " AND o.source IN (…)"}: the orders of {@code platform}, or "" for every order. */
  static String inPlatform(String alias, com.shopops.domain.order.OrderChannel platform) {
    return platform == null ? "" : " AND " + PlatformSql.in(alias + ".source", platform.presets());
  }

  /**
   * What the paid orders of [from, to) say about their money and payment: the currencies they are
   * in (an order without one is in the store's default), and how many paid times were inferred from
   * a status that says paid ({@code orders.paid_at_inferred}), with the paid orders in each
   * currency ({@code orders}, beside {@code currencies}).
   */
  public record PaidFacts(
      java.util.List<String> currencies, long inferredPaidTimes, java.util.List<Long> orders) {}

  /**
   * The end of [from, to) as of {@code asOf}: an order paid after as-of is not counted yet, so a
   * report "as of --now" reads what the store knew then and gives the same figures after a later
   * import (review12 L10), as {@code sla}, {@code customers} and returns stop at as-of. An order
   * paid at as-of itself counts (paid_at &lt;= as-of). A null {@code asOf} leaves {@code to}.
   */
  public static Instant asOfEnd(Instant to, Instant asOf) {
    if (asOf == null) {
      return to;
    }
    Instant end = asOf.plusSeconds(1);
    return end.isBefore(to) ? end : to;
  }

  /** {@link #paidFacts(Instant, Instant)} of the orders paid by {@code asOf} ({@link #asOfEnd}). */
  public PaidFacts paidFacts(Instant from, Instant to, Instant asOf) throws SQLException {
    return paidFacts(from, asOfEnd(to, asOf));
  }

  /**
   * The currencies of the paid orders of each date range (by {@code asOf}, {@link #asOfEnd}), in
   * text order; an order without one is in the store's default. A range without paid orders has
   * none.
   */
  public List<List<String>> currencies(List<DateRange> spans, Instant asOf) throws SQLException {
    return ordersByCurrency(spans, asOf).stream()
        .map(m -> (List<String>) new java.util.ArrayList<>(m.keySet()))
        .toList();
  }

  /**
   * The paid orders of each date range (by {@code asOf}) per currency, in text order of the codes;
   * an order without one is in the store's default.
   */
  public List<java.util.Map<String, Long>> ordersByCurrency(List<DateRange> spans, Instant asOf)
      throws SQLException {
    List<java.util.Map<String, Long>> out = new java.util.ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      out.add(new java.util.TreeMap<>());
    }
    DayCounts.perSpan(
        conn,
        "BIGINT",
        bounds(spans, asOf),
        "SELECT sp.i, coalesce(o.currency, '"
            + defaultCurrency.replace("'", "''")
            + "') AS c, count(*) FROM spans sp JOIN orders o ON "
            + Purchases.paidIn("o", "sp.s", "sp.e")
            + inCurrency
            + " GROUP BY sp.i, c ORDER BY sp.i, c",
        (i, rs) -> out.get(i).put(rs.getString(2), rs.getLong(3)));
    return out;
  }

  /** The bounds of each range for {@link DayCounts#perSpan}, each ending at {@link #asOfEnd}. */
  private List<Object[]> bounds(List<DateRange> spans, Instant asOf) {
    List<Object[]> bounds = DayCounts.instants(spans, zone);
    if (asOf != null) {
      long end = asOf.getEpochSecond() + 1;
      for (Object[] b : bounds) {
        b[1] = Math.min((Long) b[1], end);
      }
    }
    return bounds;
  }

  public PaidFacts paidFacts(Instant from, Instant to) throws SQLException {
    java.util.List<String> currencies = new java.util.ArrayList<>();
    java.util.List<Long> orders = new java.util.ArrayList<>();
    long inferred = 0;
    try (var ps =
        conn.prepareStatement(
            "SELECT coalesce(o.currency, ?) AS c, sum(o.paid_at_inferred), count(*) FROM orders o"
                + " WHERE "
                + Purchases.paidIn("o", "?", "?")
                + inCurrency
                + " GROUP BY c ORDER BY c")) {
      ps.setString(1, defaultCurrency);
      ps.setLong(2, from.getEpochSecond());
      ps.setLong(3, to.getEpochSecond());
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          currencies.add(rs.getString(1));
          inferred += rs.getLong(2);
          orders.add(rs.getLong(3));
        }
      }
    }
    return new PaidFacts(currencies, inferred, orders);
  }

  /**
   * The currencies of every paid order in the store, in text order (an order without one is in the
   * store's default): what {@code --currency} may name.
   */
  public List<String> allCurrencies() throws SQLException {
    List<String> out = new java.util.ArrayList<>();
    try (var ps =
        conn.prepareStatement(
            "SELECT DISTINCT coalesce(o.currency, ?) AS c FROM orders o WHERE "
                + Purchases.of("o")
                + " ORDER BY c")) {
      ps.setString(1, defaultCurrency);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * The orders of one period.
   *
   * @param orders paid orders.
   * @param buyers distinct buyers (an order without a customer id is a buyer of its own).
   * @param sales what they paid, minor units, shipping included.
   * @param buyersWithId distinct customer ids among them (the only ones that can repeat).
   */
  public record OrderCounts(long orders, long buyers, long sales, long buyersWithId) {}

  /**
   * Paid orders, buyers and sales and buyers with a customer id of each date range (whole days in
   * the store zone; paid by {@code asOf} when given, {@link #asOfEnd}), in one statement per
   * {@value DayCounts#SPANS_PER_STATEMENT} ranges. An order counts on its payment time; sales are
   * what the buyer paid, shipping included (the stored total, else amount + shipping fee); an order
   * without a customer id is a buyer of its own (and never a repeat buyer).
   */
  public List<OrderCounts> orders(List<DateRange> spans, Instant asOf) throws SQLException {
    OrderCounts[] out = new OrderCounts[spans.size()];
    Arrays.fill(out, new OrderCounts(0, 0, 0, 0));
    DayCounts.perSpan(
        conn,
        "BIGINT",
        bounds(spans, asOf),
        SPAN_ORDERS.formatted(inCurrency),
        (i, rs) ->
            out[i] = new OrderCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    return Arrays.asList(out);
  }

  private static final String SPAN_ORDERS =
      """
      SELECT sp.i,
             count(*),
             count(DISTINCT coalesce(o.customer_id, '#' || o.order_id)),
             coalesce(sum(%s), 0),
             count(DISTINCT o.customer_id)
      FROM spans sp JOIN orders o ON %s%%s
      GROUP BY sp.i
      """
          .formatted(OrderMoney.TOTAL, Purchases.paidIn("o", "sp.s", "sp.e"));

  /**
   * New buyers per local day in [from, to): customers whose first paid order ever falls on that
   * day. A buyer of a period is a repeat buyer when they paid before the period starts, so repeat
   * buyers = buyers with a customer id − new buyers of the period (each customer has exactly one
   * first order, which makes the count additive over days and saves a lookup per order).
   */
  public DailyCounts newBuyersByDay(Instant from, Instant to) throws SQLException {
    return DayCounts.byDay(
        conn,
        "SELECT "
            + DayCounts.dayKey(zone, "first", from, to)
            + " AS d, count(*) FROM ("
            // one sequential scan and a sort beat a walk of the customer index with a table lookup
            // per order (4× on a million orders)
            + "SELECT min(o.paid_at) AS first FROM orders o"
            + Dialect.of(conn).notIndexed()
            + " WHERE "
            + Purchases.ofBuyer("o")
            + inCurrency
            + " GROUP BY o.customer_id) AS f"
            + " WHERE first >= ? AND first < ? GROUP BY d",
        1,
        from,
        to);
  }

  /**
   * The paid orders of the store up to {@code asOf} (in this one's currency and platform only when
   * given): how many, and the first and last day (store zone) they were paid on; null when there is
   * none. What an empty period points to (tryout26b B4).
   */
  public record PaidSpan(long orders, LocalDate first, LocalDate last) {}

  public PaidSpan paidSpan(Instant asOf) throws SQLException {
    try (var ps =
        conn.prepareStatement(
            "SELECT count(*), min(o.paid_at), max(o.paid_at) FROM orders o WHERE "
                + Purchases.upToAsOf("o")
                + inCurrency)) {
      ps.setLong(1, asOf.getEpochSecond());
      try (var rs = ps.executeQuery()) {
        rs.next();
        long n = rs.getLong(1);
        if (n == 0) {
          return null;
        }
        return new PaidSpan(
            n,
            Instant.ofEpochSecond(rs.getLong(2)).atZone(zone).toLocalDate(),
            Instant.ofEpochSecond(rs.getLong(3)).atZone(zone).toLocalDate());
      }
    }
  }
}
