package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Keeps {@code customer_figures} (migration V010): each buyer's purchases added up per currency.
 * Triggers on orders mark the customers a write touches in {@code customer_figures_dirty}, one mark
 * per order written (on PostgreSQL an insert's or a delete's marks come once per statement, from
 * its transition table: V020); those on returns (V016) add a refund's delta to its buyer's row in
 * place, and mark the buyer only when the delta is not exact (a removed or moved refund that may be
 * the latest); {@link #refresh} adds the marked customers up again from the raw rows, and runs
 * inside every writing transaction before it commits ({@link Store#inTransaction}, {@link
 * ImportSession#commit}). A reader uses the figures only when {@link #usable} says they hold every
 * purchase and refund up to its as-of; otherwise it adds up the raw rows as before.
 */
public final class CustomerFigureUpkeep {
  private CustomerFigureUpkeep() {}

  private static final String COLUMNS =
      "customer_id, currency, orders, first_paid, last_paid, gross, refunded, last_refund,"
          + " order_region, inferred";

  /** A refund that counts: what and when (the same rule as CustomerFigures' refunds). */
  private static final String REFUND = "x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL";

  /** A purchase's refunds, looked up per order. */
  private static final String REFUND_OF =
      " FROM returns x WHERE x.order_id = o.order_id AND " + REFUND + ")";

  private static final String FIGURES_HEAD =
      "SELECT o.customer_id, coalesce(o.currency, ''), count(*), min(o.paid_at), max(o.paid_at),"
          + " sum("
          + OrderMoney.TOTAL
          + "), ";

  private static final String FIGURES_TAIL = ", max(o.region), sum(o.paid_at_inferred)";

  /** The figures with each purchase's refunds looked up per order (a few customers at a time). */
  private static final String FIGURES =
      FIGURES_HEAD
          + "coalesce(sum((SELECT sum(x.refund_amount)"
          + REFUND_OF
          + "), 0), max((SELECT max(x.refunded_at)"
          + REFUND_OF
          + ")"
          + FIGURES_TAIL;

  /**
   * The same figures of every customer, on PostgreSQL with the refunds added up per order once and
   * joined (one pass over returns, a hash join): the two lookups per order took 44 of the 180 s of
   * a first import of 1,000,000 orders (EXPLAIN ANALYZE at 100k: 12.0 s → 3.1 s, same rows). An
   * order without refunds joins none, as its lookups found none. SQLite keeps the lookups.
   */
  private static String allFigures(Dialect d) {
    if (d != Dialect.POSTGRESQL) {
      return FIGURES + " FROM orders o" + d.notIndexed();
    }
    return FIGURES_HEAD
        + "coalesce(sum(r.refunded), 0), max(r.last_refund)"
        + FIGURES_TAIL
        + " FROM orders o LEFT JOIN (SELECT x.order_id, sum(x.refund_amount) AS refunded,"
        + " max(x.refunded_at) AS last_refund FROM returns x WHERE "
        + REFUND
        + " GROUP BY x.order_id) r ON r.order_id = o.order_id";
  }

  /** A buyer's purchase, whenever paid ({@link Purchases}; V024's triggers spell the same). */
  private static String purchase(Dialect d) {
    return " " + Purchases.ofBuyer("o");
  }

  private static final String GROUP = " GROUP BY o.customer_id, coalesce(o.currency, '')";

  /** Every customer's figures from the raw rows (a full scan: one pass, no index walk). */
  static String rebuild(Dialect d) {
    return "INSERT INTO customer_figures ("
        + COLUMNS
        + ") "
        + allFigures(d)
        + " WHERE"
        + purchase(d)
        + GROUP;
  }

  private static String refresh(Dialect d) {
    return "INSERT INTO customer_figures ("
        + COLUMNS
        + ") "
        + FIGURES
        + " FROM orders o WHERE o.customer_id IN (SELECT customer_id FROM customer_figures_dirty)"
        + " AND"
        + purchase(d)
        + GROUP;
  }

  /**
   * Adds up again the customers the transaction's writes marked. When the marks outnumber the
   * figures (a first import, a large one), the whole table is built again in one pass instead.
   */
  public static void refresh(Connection conn) throws SQLException {
    long dirty = count(conn, "SELECT count(*) FROM customer_figures_dirty");
    if (dirty == 0) {
      return;
    }
    Dialect d = Dialect.of(conn);
    try (Statement st = conn.createStatement()) {
      // marks repeat a customer once per row written: many marks are a first import or a large one
      // (the figures counted only up to one more than the marks: a small import into a large store
      // reads as many rows as it marked, not the whole table)
      if (dirty
          > count(
              conn,
              "SELECT count(*) FROM (SELECT 1 FROM customer_figures LIMIT "
                  + (dirty + 1)
                  + ") f")) {
        st.executeUpdate("DELETE FROM customer_figures");
        st.executeUpdate(rebuild(d));
      } else {
        st.executeUpdate(
            "DELETE FROM customer_figures WHERE customer_id IN"
                + " (SELECT customer_id FROM customer_figures_dirty)");
        st.executeUpdate(refresh(d));
      }
      st.executeUpdate("DELETE FROM customer_figures_dirty");
    }
    RfmBreakCache.bump(conn); // breaks computed from the figures before are stale
  }

  /**
   * Marks the buyers of the orders a first load copied without the marks (PostgreSQL, {@link
   * PgOrderStage}): with no figures stored, one mark is enough, since {@link #refresh} then builds
   * the whole table again (the marks outnumber the figures), as it did from one mark per order;
   * otherwise each buyer once.
   */
  static void markLoaded(Connection conn) throws SQLException {
    boolean none =
        count(conn, "SELECT count(*) FROM (SELECT 1 FROM customer_figures LIMIT 1) f") == 0;
    try (Statement st = conn.createStatement()) {
      st.executeUpdate(
          "INSERT INTO customer_figures_dirty (customer_id) SELECT customer_id FROM orders"
              + " WHERE customer_id IS NOT NULL"
              + (none ? " LIMIT 1" : " GROUP BY customer_id"));
    }
  }

  /** The raw rows added up as {@link #rebuild(Dialect)} would write them. */
  private static String addedUp(Dialect d) {
    return allFigures(d) + " WHERE" + purchase(d) + GROUP;
  }

  /** Builds every customer's figures again from the raw rows ({@code check --rebuild}). */
  public static void rebuild(Store store) throws SQLException {
    store.inTransaction(
        conn -> {
          rebuild(conn);
          return null;
        });
  }

  /**
   * How many rows of the maintained figures differ from the raw rows added up anew (a row too many,
   * missing or with other figures); 0 when they are right ({@code check}).
   */
  public static long differences(Store store) throws SQLException {
    Dialect d = Dialect.of(store.connection());
    return count(
        store.connection(),
        "SELECT count(*) FROM (SELECT * FROM (SELECT "
            + COLUMNS
            + " FROM customer_figures EXCEPT "
            + addedUp(d)
            + ")"
            + d.subqueryAlias("kept")
            + " UNION ALL SELECT * FROM ("
            + addedUp(d)
            + " EXCEPT SELECT "
            + COLUMNS
            + " FROM customer_figures)"
            + d.subqueryAlias("raw")
            + ")"
            + d.subqueryAlias("differing"));
  }

  static void rebuild(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM customer_figures");
      st.executeUpdate(rebuild(Dialect.of(conn)));
      st.executeUpdate("DELETE FROM customer_figures_dirty");
    }
    RfmBreakCache.bump(conn);
  }

  /**
   * Whether the figures answer a question as of {@code asOf}: nothing is waiting to be added up,
   * and no purchase or refund they hold is later than {@code asOf}.
   */
  static boolean usable(Connection conn, Instant asOf) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM customer_figures_dirty)")) {
      rs.next();
      if (rs.getBoolean(1)) { // a boolean on PostgreSQL, 0 or 1 on SQLite
        return false;
      }
    }
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT max(last_paid), max(coalesce(last_refund, 0)) FROM customer_figures");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) <= asOf.getEpochSecond() && rs.getLong(2) <= asOf.getEpochSecond();
    }
  }

  private static long count(Connection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
