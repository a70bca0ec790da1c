package com.shopops.store;

import com.shopops.domain.customers.CustomerPurchases;
import com.shopops.domain.customers.Purchase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The figures customer calculations start from. A purchase is a paid order (paid_at set, not after
 * as-of), whatever came after ({@link Purchases}); what it brought in is the order total (goods +
 * shipping), less what was refunded on it up to as-of.
 */
public final class CustomerFigures {
  private final Connection conn;
  private final String defaultCurrency;

  public CustomerFigures(Store store) {
    this.conn = store.connection();
    this.defaultCurrency = store.defaultCurrency();
  }

  /**
   * The currencies the purchases up to {@code asOf} are in, most orders first (of one customer when
   * {@code customerId} is given; an order without a currency is in the store's default), the orders
   * in each, and how many of them have a paid time inferred from their status.
   */
  public record PaidFacts(List<String> currencies, List<Long> orders, long inferredPaidTimes) {
    /** The currency customer money is ranked in: the one most purchases are in (null: none). */
    public String ranked() {
      return currencies.isEmpty() ? null : currencies.get(0);
    }
  }

  private PaidFacts memo;
  private Instant memoAsOf;

  public PaidFacts paidFacts(Instant asOf, String customerId) throws SQLException {
    if (customerId == null && memo != null && asOf.equals(memoAsOf)) {
      return memo;
    }
    boolean kept = maintained(asOf);
    String grouped =
        kept
            ? "SELECT coalesce(nullif(f.currency, ''), ?) AS c, sum(f.orders) AS n,"
                + " sum(f.inferred) AS inferred FROM customer_figures f WHERE f.last_paid <= ?"
                + (customerId != null ? " AND f.customer_id = ?" : "")
                + " GROUP BY c"
            : "SELECT coalesce(o.currency, ?) AS c, count(*) AS n,"
                + " sum(o.paid_at_inferred) AS inferred FROM orders o WHERE "
                + PAID
                + (customerId != null ? " AND o.customer_id = ?" : "")
                + " GROUP BY c";
    // ordered outside the grouping: PostgreSQL names an output column only on its own in ORDER BY
    String sql =
        "SELECT c, n, inferred FROM ("
            + grouped
            + ") t ORDER BY n DESC, "
            + storeCurrencyFirst("c");
    List<String> currencies = new ArrayList<>();
    List<Long> orders = new ArrayList<>();
    long inferred = 0;
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, defaultCurrency);
      ps.setLong(2, asOf.getEpochSecond());
      if (customerId != null) {
        ps.setString(3, customerId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          currencies.add(rs.getString(1));
          orders.add(rs.getLong(2));
          inferred += rs.getLong(3);
        }
      }
    }
    PaidFacts facts = new PaidFacts(currencies, orders, inferred);
    if (customerId == null) {
      memo = facts;
      memoAsOf = asOf;
    }
    return facts;
  }

  /**
   * Orders currencies (the expression {@code currency}) with the store's own first on a tie, then
   * alphabetically: a Madrid shop whose Tmall orders equal its euro ones ranks its buyers in euros
   * (tryout17 U8: before, CNY came first by the alphabet).
   */
  private String storeCurrencyFirst(String currency) {
    return "CASE WHEN "
        + currency
        + " = "
        + literal(defaultCurrency)
        + " THEN 0 ELSE 1 END, "
        + currency;
  }

  /**
   * The condition that keeps the purchases in the ranked currency when they are in several: money
   * of different currencies is never added up.
   */
  String currencyFilter(Instant asOf) throws SQLException {
    PaidFacts f = paidFacts(asOf, null);
    if (f.currencies().size() < 2) {
      return "";
    }
    return " AND coalesce(o.currency, " + literal(defaultCurrency) + ") = " + literal(f.ranked());
  }

  /**
   * {@code amount} (of order {@code o}) when the order is in the ranked currency, else 0: a buyer's
   * money added up over all their purchases counts the ranked currency's only, while their count,
   * first and last paid time count every purchase whatever its currency (only money is per
   * currency: a euro shop's buyer whose latest order was in pounds bought recently).
   */
  String rankedMoney(String amount, Instant asOf) throws SQLException {
    return onlyWhen(currencyFilter(asOf), amount);
  }

  /** {@link #rankedMoney} on {@code customer_figures f}. */
  private String keptRankedMoney(String amount, Instant asOf) throws SQLException {
    return onlyWhen(keptCurrencyFilter(asOf), amount);
  }

  /**
   * The condition (" AND …") that keeps order {@code o}'s purchases in the store's own currency
   * ({@code init --currency}; an order without a currency is in it): what growth value counts as
   * spend (tryout18 W6), whatever currency most purchases of the store are in.
   */
  private String storeCurrencyFilter() {
    return " AND coalesce(o.currency, "
        + literal(defaultCurrency)
        + ") = "
        + literal(defaultCurrency);
  }

  /**
   * {@link #storeCurrencyFilter} on {@code customer_figures f}, where '' is an order without one.
   */
  private String keptStoreCurrencyFilter() {
    return " AND coalesce(nullif(f.currency, ''), "
        + literal(defaultCurrency)
        + ") = "
        + literal(defaultCurrency);
  }

  /**
   * Keeps the buyers of a GROUP BY customer with a purchase in the ranked currency ({@code filter}
   * is {@link #currencyFilter} or its twin on the figures): money rankings (RFM, tiers, the value
   * pyramid) are of the buyers with money in it, as before; a buyer who paid in other currencies
   * only is not ranked on a 0 they did not spend.
   */
  private static String havingRanked(String filter) {
    return filter.isEmpty() ? "" : " HAVING sum(" + onlyWhen(filter, "1") + ") > 0";
  }

  /** {@code amount} where {@code filter} (" AND …", or "" for always) holds, else 0. */
  private static String onlyWhen(String filter, String amount) {
    return filter.isEmpty()
        ? amount
        : "CASE WHEN " + filter.substring(" AND ".length()) + " THEN " + amount + " ELSE 0 END";
  }

  /**
   * A buyer's purchases in one currency other than the ranked one, added up among themselves only:
   * what customer money leaves out (review12 L7).
   *
   * @param amount minor units, net of refunds up to as-of ({@link #NET_OF})
   */
  public record OtherMoney(String customerId, String currency, long orders, long amount) {}

  /**
   * The purchases up to {@code asOf} in currencies other than the ranked one, per buyer and
   * currency (of one buyer when {@code customerId} is given); empty when they are all in one.
   */
  public List<OtherMoney> otherCurrencies(Instant asOf, String customerId) throws SQLException {
    String kept = currencyFilter(asOf);
    if (kept.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT o.customer_id, coalesce(o.currency, "
            + literal(defaultCurrency)
            + ") AS c, count(*), sum("
            + NET_OF
            + ") FROM orders o WHERE "
            + PAID
            + " AND NOT ("
            + kept.substring(" AND ".length())
            + ")"
            + (customerId != null ? " AND o.customer_id = ?" : "")
            + " GROUP BY o.customer_id, c ORDER BY o.customer_id, c";
    List<OtherMoney> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, asOf.getEpochSecond()); // returns' refunds up to as-of
      ps.setLong(2, asOf.getEpochSecond()); // refunds exports state, up to as-of
      ps.setLong(3, asOf.getEpochSecond());
      if (customerId != null) {
        ps.setString(4, customerId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OtherMoney(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        }
      }
    }
    return out;
  }

  /**
   * The ids of the purchases up to {@code asOf} in currencies other than the ranked one (few: the
   * rest of a shop's orders are in it); empty when they are all in one.
   */
  public java.util.Set<String> otherCurrencyOrders(Instant asOf) throws SQLException {
    String kept = currencyFilter(asOf);
    if (kept.isEmpty()) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT o.order_id FROM orders o WHERE "
                + PAID
                + " AND NOT ("
                + kept.substring(" AND ".length())
                + ")")) {
      ps.setLong(1, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** {@link #currencyFilter} on {@code customer_figures f}, where '' is an order without one. */
  private String keptCurrencyFilter(Instant asOf) throws SQLException {
    PaidFacts f = paidFacts(asOf, null);
    if (f.currencies().size() < 2) {
      return "";
    }
    return " AND coalesce(nullif(f.currency, ''), "
        + literal(defaultCurrency)
        + ") = "
        + literal(f.ranked());
  }

  private Boolean maintainedMemo;
  private Instant maintainedAsOf;

  /**
   * Whether the maintained figures ({@link CustomerFigureUpkeep}) hold every purchase and refund up
   * to {@code asOf}, so that what they add up is what the raw rows would.
   */
  public boolean maintained(Instant asOf) throws SQLException {
    if (maintainedMemo == null || !asOf.equals(maintainedAsOf)) {
      maintainedMemo = CustomerFigureUpkeep.usable(conn, asOf);
      maintainedAsOf = asOf;
    }
    return maintainedMemo;
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * One buyer's paid orders added up: their count and last paid time over every purchase whatever
   * its currency, their money over those in the ranked currency only ({@link #rankedMoney}).
   *
   * @param lastPaidAt the last paid order's time, in any currency
   * @param orders paid orders, in any currency
   * @param monetary total paid in the ranked currency, minor units, net of refunds up to as-of
   * @param region the customer's region (customer list first, else their orders')
   * @param rankedOrders paid orders in the ranked currency: 0 for a buyer who paid in other
   *     currencies only, whom money rankings (RFM, the value pyramid) leave out
   * @param storeMoney total paid in the store's own currency ({@code init --currency}), minor
   *     units, net of refunds up to as-of: the spend growth value counts, which depends on this
   *     buyer's orders only, never on the currencies other buyers pay in (tryout18 W6)
   */
  public record Buyer(
      String customerId,
      Instant lastPaidAt,
      int orders,
      long monetary,
      String region,
      int rankedOrders,
      long storeMoney) {
    /** Whether they paid in the ranked currency: money rankings rank them. */
    public boolean ranked() {
      return rankedOrders > 0;
    }
  }

  /** A buyer's purchase up to as-of (one parameter): {@link Purchases}, the one rule. */
  private static final String PAID = Purchases.ofBuyerUpToAsOf("o");

  /**
   * RFM inputs with one GROUP BY over the purchases up to {@code asOf} (paid on or after {@code
   * since} when given), ordered by customer id: the buyers with a purchase in the ranked currency,
   * their recency and orders from all their purchases, their money from the ranked currency's.
   */
  public List<Buyer> buyers(Instant asOf, Instant since) throws SQLException {
    return buyers(asOf, since, false);
  }

  /**
   * As {@link #buyers(Instant, Instant)}; with {@code everyBuyer}, also the buyers who paid in
   * other currencies only (money 0, {@link Buyer#ranked()} false): what counts orders whatever
   * their currency (growth value, tiers) sees every buyer (tryout17 U8).
   */
  public List<Buyer> buyers(Instant asOf, Instant since, boolean everyBuyer) throws SQLException {
    if (since == null && maintained(asOf)) {
      return keptBuyers(asOf, null, everyBuyer);
    }
    String filter = currencyFilter(asOf);
    String sql =
        "SELECT b.customer_id, b.last_paid, b.orders, b.monetary,"
            + " coalesce(c.region, b.order_region) AS region, b.ranked_orders, b.store_money FROM ("
            + " SELECT o.customer_id, max(o.paid_at) AS last_paid, count(*) AS orders,"
            + " sum("
            + rankedMoney(NET_OF, asOf)
            + ") AS monetary,"
            + " max(o.region) AS order_region, sum("
            + onlyWhen(filter, "1")
            + ") AS ranked_orders, sum("
            + onlyWhen(storeCurrencyFilter(), NET_OF)
            + ") AS store_money FROM orders o"
            + Dialect.of(conn).notIndexed()
            + " WHERE "
            + PAID
            + (since != null ? " AND o.paid_at >= ?" : "")
            + " GROUP BY o.customer_id"
            + (everyBuyer ? "" : havingRanked(filter))
            + ") b"
            + " LEFT JOIN customers c ON c.customer_id = b.customer_id ORDER BY b.customer_id";
    List<Buyer> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int p = 1;
      ps.setLong(p++, asOf.getEpochSecond()); // returns' refunds up to as-of
      ps.setLong(p++, asOf.getEpochSecond()); // refunds exports state, up to as-of
      ps.setLong(p++, asOf.getEpochSecond()); // the same two of the store currency's money
      ps.setLong(p++, asOf.getEpochSecond());
      ps.setLong(p++, asOf.getEpochSecond());
      if (since != null) {
        ps.setLong(p, since.getEpochSecond());
      }
      readBuyers(ps, out);
    }
    return out;
  }

  /** The buyers of a {@link #buyers} statement, read through a cursor (one row per buyer). */
  private void readBuyers(PreparedStatement ps, List<Buyer> out) throws SQLException {
    Cursors.eachRow(
        conn,
        ps,
        rs ->
            out.add(
                new Buyer(
                    rs.getString(1),
                    Instant.ofEpochSecond(rs.getLong(2)),
                    rs.getInt(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getLong(7))));
  }

  /**
   * One buyer of {@link #buyers} (all history, every buyer) read from the maintained figures, which
   * must be {@link #maintained} as of {@code asOf}; empty when they never paid. A buyer who paid in
   * other currencies only is there, {@link Buyer#ranked()} false.
   */
  public java.util.Optional<Buyer> keptBuyer(Instant asOf, String customerId) throws SQLException {
    return keptBuyers(asOf, customerId, true).stream().findFirst();
  }

  /**
   * {@link #buyers} of all history from the maintained figures (one row per buyer and currency
   * there), of one buyer when {@code customerId} is given.
   */
  private List<Buyer> keptBuyers(Instant asOf, String customerId, boolean everyBuyer)
      throws SQLException {
    String keptFilter = keptCurrencyFilter(asOf);
    // the figures hold the returns' refunds; the refunds exports state (few orders) are added up
    // here from the raw rows, so that the figures' refunds stay exact deltas of returns (V016):
    // each order's stated refund worked out once, and on PostgreSQL from the returns' sums joined
    // (SQLite keeps its lookups: not measured there)
    boolean pg = Dialect.of(conn) == Dialect.POSTGRESQL;
    String sql =
        "SELECT b.customer_id, b.last_paid, b.orders, b.monetary - coalesce(s.stated, 0),"
            + " coalesce(c.region, b.order_region) AS region, b.ranked_orders,"
            + " b.store_money - coalesce(s.stated_store, 0) FROM ("
            + " SELECT f.customer_id, max(f.last_paid) AS last_paid, sum(f.orders) AS orders,"
            + " sum("
            + keptRankedMoney("f.gross - f.refunded", asOf)
            + ") AS monetary, max(f.order_region) AS order_region, sum("
            + onlyWhen(keptFilter, "f.orders")
            + ") AS ranked_orders, sum("
            + onlyWhen(keptStoreCurrencyFilter(), "f.gross - f.refunded")
            + ") AS store_money"
            + " FROM customer_figures f WHERE "
            + (customerId == null ? "1 = 1" : "f.customer_id = ?")
            + " GROUP BY f.customer_id"
            + (everyBuyer ? "" : havingRanked(keptFilter))
            + ") b"
            + " LEFT JOIN (SELECT o.customer_id, sum("
            + rankedMoney("o.stated", asOf)
            + ") AS stated, sum("
            + onlyWhen(storeCurrencyFilter(), "o.stated")
            + ") AS stated_store FROM (SELECT o.customer_id, o.currency, "
            + (pg ? ReturnFigures.STATED_REFUND_OF_JOINED : ReturnFigures.STATED_REFUND_OF)
            + " AS stated FROM orders o"
            + (pg ? ReturnFigures.RETURNS_REFUNDED_JOINED : "")
            + " WHERE "
            + PAID
            + " AND "
            + ReturnFigures.STATES_REFUND
            + (customerId == null ? "" : " AND o.customer_id = ?")
            // PostgreSQL would pull the subquery up and work the stated refund out once per sum
            + (pg ? " OFFSET 0" : "")
            + ") o GROUP BY o.customer_id) s ON s.customer_id = b.customer_id"
            + " LEFT JOIN customers c ON c.customer_id = b.customer_id ORDER BY b.customer_id";
    List<Buyer> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int p = 1;
      if (customerId != null) {
        ps.setString(p++, customerId);
      }
      ps.setLong(p++, asOf.getEpochSecond()); // refunds exports state, up to as-of
      ps.setLong(p++, asOf.getEpochSecond()); // purchases paid by as-of
      if (customerId != null) {
        ps.setString(p, customerId);
      }
      readBuyers(ps, out);
    }
    return out;
  }

  /**
   * Every customer with their purchases up to {@code asOf}, ordered by customer id; with {@code
   * withProspects}, customers on the customer list who never paid are included with no purchases.
   */
  public List<CustomerPurchases> purchases(Instant asOf, boolean withProspects)
      throws SQLException {
    return purchases(asOf, withProspects, null);
  }

  /** {@link #purchases(Instant, boolean)} of one customer only when {@code customerId} is given. */
  public List<CustomerPurchases> purchases(Instant asOf, boolean withProspects, String customerId)
      throws SQLException {
    return purchases(asOf, withProspects, customerId, false);
  }

  /**
   * As {@link #purchases(Instant, boolean, String)}; with {@code rankedCurrencyOnly}, only the
   * purchases in the currency customer money is ranked in (for what adds their amounts up: CLV).
   * Without, every purchase whatever its currency (lifecycle counts orders, not money).
   */
  public List<CustomerPurchases> purchases(
      Instant asOf, boolean withProspects, String customerId, boolean rankedCurrencyOnly)
      throws SQLException {
    Map<String, CustomerPurchases> by = new HashMap<>();
    eachBuyer(asOf, customerId, rankedCurrencyOnly, c -> by.put(c.customerId(), c));
    if (withProspects && customerId != null) {
      by.putIfAbsent(customerId, new CustomerPurchases(customerId, List.of()));
    } else if (withProspects) {
      try (PreparedStatement ps = conn.prepareStatement("SELECT customer_id FROM customers");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          by.putIfAbsent(id, new CustomerPurchases(id, List.of()));
        }
      }
    }
    List<CustomerPurchases> out = new ArrayList<>(by.values());
    out.sort(Comparator.comparing(CustomerPurchases::customerId));
    return out;
  }

  /**
   * Each buyer's purchases up to {@code asOf} (every purchase, whatever its currency), handed to
   * {@code sink} one buyer at a time as they are read, in the store's order of customer ids (which
   * may not be Java's: a caller that shows them sorts the ids): only one buyer's purchases are ever
   * held, so lifecycle stages take the same memory for a million orders as for a thousand.
   * Customers who never paid are not among them.
   */
  public void eachBuyer(Instant asOf, Consumer<CustomerPurchases> sink) throws SQLException {
    eachBuyer(asOf, null, false, sink);
  }

  private void eachBuyer(
      Instant asOf, String customerId, boolean rankedCurrencyOnly, Consumer<CustomerPurchases> sink)
      throws SQLException {
    // every customer: one pass over the table and a sort, not a walk of orders_customer fetching
    // each order at random, and the refunds added up once per order beside it, not looked up
    // order by order (issue 15); one customer: their orders and refunds through the indexes
    boolean every = customerId == null;
    // on PostgreSQL the stated refunds read the returns' sums joined too (ReturnFigures)
    boolean pg = every && Dialect.of(conn) == Dialect.POSTGRESQL;
    String sql =
        "SELECT o.customer_id, o.order_id, o.paid_at, "
            + (pg ? NET_OF_ALL_JOINED : every ? NET_OF_REFUNDS_JOINED : NET_OF)
            + ", "
            + OrderMoney.TOTAL
            + " FROM orders o"
            + (every ? Dialect.of(conn).notIndexed() + REFUNDS_JOINED : "")
            + (pg ? ReturnFigures.RETURNS_REFUNDED_JOINED : "")
            + " WHERE "
            + PAID
            + (rankedCurrencyOnly ? currencyFilter(asOf) : "")
            + (customerId != null ? " AND o.customer_id = ?" : "")
            + " ORDER BY o.customer_id, o.paid_at, o.order_id";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int p = 1;
      // returns' refunds and the refunds exports state, up to as-of (in the order of the text:
      // the joined refunds come second), then the purchases paid by as-of
      ps.setLong(p++, asOf.getEpochSecond());
      ps.setLong(p++, asOf.getEpochSecond());
      ps.setLong(p++, asOf.getEpochSecond());
      if (customerId != null) {
        ps.setString(p, customerId);
      }
      Buyers buyers = new Buyers(sink);
      Cursors.eachRow(conn, ps, buyers);
      buyers.done();
    }
  }

  /** Gathers a buyer's rows, which come together (ORDER BY), and hands each buyer on whole. */
  private static final class Buyers implements Cursors.Row {
    private final Consumer<CustomerPurchases> sink;
    private String current;
    private List<Purchase> bought = new ArrayList<>();

    Buyers(Consumer<CustomerPurchases> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(ResultSet rs) throws SQLException {
      String id = rs.getString(1);
      if (!id.equals(current)) {
        done();
        current = id;
        bought = new ArrayList<>();
      }
      long net = rs.getLong(4);
      // refunded in full: money was paid and all of it went back (review19 V8)
      bought.add(
          new Purchase(
              rs.getString(2),
              Instant.ofEpochSecond(rs.getLong(3)),
              net,
              net <= 0 && rs.getLong(5) > 0));
    }

    /** Hands on the buyer read last. */
    void done() {
      if (current != null) {
        sink.accept(new CustomerPurchases(current, bought));
      }
    }
  }

  /**
   * Every known customer id in text order: the customer list and {@code buyers} (who may be missing
   * from it).
   */
  public List<String> customerIds(java.util.Collection<String> buyers) throws SQLException {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>(buyers);
    try (PreparedStatement ps = conn.prepareStatement("SELECT customer_id FROM customers");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return new ArrayList<>(ids);
  }

  /** Each customer's region: the customer list first, else the region of their orders. */
  public Map<String, String> regions() throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT customer_id, max(region) FROM orders WHERE customer_id IS NOT NULL"
                    + " AND region IS NOT NULL GROUP BY customer_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT customer_id, region FROM customers WHERE region IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** What was refunded of order o up to as-of (one parameter): returns_order, no temp index. */
  private static final String REFUND_OF =
      "SELECT sum(x.refund_amount) FROM returns x WHERE x.order_id = o.order_id"
          + " AND x.refunded_at IS NOT NULL AND x.refunded_at <= ? AND x.refund_amount IS NOT NULL";

  /**
   * {@link #REFUND_OF} of every order at once (one parameter: as-of), joined to {@code orders o} as
   * {@code rf}: the same sum, added up in one pass over the returns rather than once per order.
   */
  private static final String REFUNDS_JOINED =
      " LEFT JOIN (SELECT x.order_id, sum(x.refund_amount) AS refunded FROM returns x"
          + " WHERE x.refunded_at IS NOT NULL AND x.refunded_at <= ? AND x.refund_amount IS NOT NULL"
          + " GROUP BY x.order_id) rf ON rf.order_id = o.order_id";

  /**
   * What order o brought in as of as-of (two parameters, both as-of): its total less its returns'
   * refunds up to as-of and the refunds its export states beyond them up to as-of ({@link
   * ReturnFigures#STATED_REFUND_OF}, as net sales takes them off; review12 L15, review16 Q6). A
   * fully refunded order nets to 0; an order closed after as-of is still whole.
   */
  static final String NET_OF =
      OrderMoney.TOTAL + " - coalesce((" + REFUND_OF + "), 0) - " + ReturnFigures.STATED_REFUND_OF;

  /**
   * {@link #NET_OF} with its returns' refunds read from {@link #REFUNDS_JOINED} (which the query
   * joins; one parameter here: as-of, and one in the join).
   */
  private static final String NET_OF_REFUNDS_JOINED =
      OrderMoney.TOTAL + " - coalesce(rf.refunded, 0) - " + ReturnFigures.STATED_REFUND_OF;

  /**
   * {@link #NET_OF_REFUNDS_JOINED} with the stated refund's returns read from {@link
   * ReturnFigures#RETURNS_REFUNDED_JOINED} as well (which the query joins after {@link
   * #REFUNDS_JOINED}).
   */
  private static final String NET_OF_ALL_JOINED =
      OrderMoney.TOTAL + " - coalesce(rf.refunded, 0) - " + ReturnFigures.STATED_REFUND_OF_JOINED;

  /**
   * The paid time of the first purchase up to {@code asOf} (null: none): the start of the history
   * RFM ranks over. Read from the start of orders_paid_at.
   */
  public Instant firstPaidAt(Instant asOf) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT min(o.paid_at) FROM orders o WHERE " + PAID)) {
      ps.setLong(1, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long first = rs.getLong(1);
        return rs.wasNull() ? null : Instant.ofEpochSecond(first);
      }
    }
  }

  /** {@link #reviewsPerCustomer} of one customer. */
  public int reviewsOf(Instant asOf, String customerId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT count(*) FROM orders o JOIN reviews v ON v.order_id = o.order_id"
                + " WHERE o.customer_id = ? AND (v.reviewed_at IS NULL OR v.reviewed_at <= ?)")) {
      ps.setString(1, customerId);
      ps.setLong(2, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * Reviews written per customer up to as-of (for growth value); a review without a time counts.
   */
  public Map<String, Integer> reviewsPerCustomer(Instant asOf) throws SQLException {
    Map<String, Integer> out = new HashMap<>();
    String sql =
        "SELECT o.customer_id, count(*) FROM reviews v JOIN orders o ON o.order_id = v.order_id"
            + " WHERE o.customer_id IS NOT NULL"
            + " AND (v.reviewed_at IS NULL OR v.reviewed_at <= ?)"
            + " GROUP BY o.customer_id";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return out;
  }
}
