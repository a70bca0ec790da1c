package com.shopops.store;

import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.order.FinancialStatus;
import com.shopops.domain.order.OrderStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Return requests, their handling and refunds of a period, for metrics, score and the report. */
public final class ReturnFigures {
  private final Connection conn;
  private final ZoneId zone;
  private final Store store;

  public ReturnFigures(Store store) {
    this.conn = store.connection();
    this.zone = store.zone();
    this.store = store;
  }

  /** Refunds issued (minor units) per local day in [from, to). */
  public DailyCounts refundsByDay(Instant from, Instant to) throws SQLException {
    return refundsByDay(from, to, null);
  }

  /**
   * Refunds issued (minor units) per local day in [from, to) of the orders in {@code currency} (a
   * return of an order the store does not hold is in the store's currency), or of every order when
   * null.
   */
  public DailyCounts refundsByDay(Instant from, Instant to, String currency) throws SQLException {
    return refundsByDay(from, to, currency, null);
  }

  /**
   * As {@link #refundsByDay(Instant, Instant, String)}, of the orders of {@code platform} only when
   * given (a return of an order the store does not hold is of none).
   */
  public DailyCounts refundsByDay(
      Instant from, Instant to, String currency, com.shopops.domain.order.Platform platform)
      throws SQLException {
    Dialect d = Dialect.of(conn);
    // the store's currency is read only when asked for one (a statement: MetricsStatementsTest)
    String inCurrency =
        (currency == null ? "" : OrderMoney.inCurrency("o", store.defaultCurrency(), currency))
            + SalesFigures.inPlatform("o", platform);
    return DayCounts.byDay(
        conn,
        "SELECT d, coalesce(sum(v), 0) FROM (SELECT "
            + DayCounts.dayKey(zone, "r.refunded_at", from, to)
            + " AS d, r.refund_amount AS v FROM returns r"
            + (inCurrency.isEmpty() ? "" : " LEFT JOIN orders o ON o.order_id = r.order_id")
            + " WHERE r.refunded_at >= "
            + d.param(1)
            + " AND r.refunded_at < "
            + d.param(2)
            + inCurrency
            + " UNION ALL SELECT "
            + DayCounts.dayKey(zone, "t", from, to)
            + " AS d, v FROM ("
            + ORDER_REFUNDS
            + inCurrency
            + ")"
            + d.subqueryAlias("o")
            + " WHERE v > 0 AND t >= "
            + d.param(1)
            + " AND t < "
            + d.param(2)
            + ")"
            + d.subqueryAlias("r")
            + " GROUP BY d",
        1,
        from,
        to,
        d.rangesBound(2));
  }

  /**
   * An order paid and then closed or cancelled (交易关闭 / 已取消 with a payment time) or refunded in
   * full: its money went back to the buyer although the export (the 41-column 订单报表, the JD export)
   * carries no 退款金额 (review11 K15). Counted in sales, it is refunded in full. Not so an order whose
   * export states both what was refunded of it (Shopify {@code Refunded Amount}, 0.00 included) and
   * a payment state that says the shop kept the payment ({@link FinancialStatus#MONEY_KEPT}: a
   * Shopify order cancelled as {@code paid}, "Refund payment" unticked): only its stated refund is
   * taken off (review17 R11).
   */
  private static final String CLOSED_AFTER_PAYMENT =
      "("
          + OrderStatusSql.oneOf("o.status", OrderStatus::isClosed)
          + " AND "
          + Purchases.of("o")
          + " AND NOT "
          + moneyKept()
          + ")";

  /**
   * Order o's export states its refund and a financial status of {@link FinancialStatus#MONEY_KEPT}
   * (its platform status starts {@code paid/}, …).
   */
  private static String moneyKept() {
    List<String> starts = new java.util.ArrayList<>();
    for (String word : FinancialStatus.MONEY_KEPT) {
      String prefix = word + FinancialStatus.SEPARATOR;
      starts.add(
          "substr(lower(coalesce(o.platform_status, '')), 1, "
              + prefix.length()
              + ") = '"
              + prefix
              + "'");
    }
    return "(o.refunded IS NOT NULL AND (" + String.join(" OR ", starts) + "))";
  }

  /**
   * An order whose export states a refund: orders.refunded, or closed after payment; selects the
   * orders that may carry a {@link #STATED_REFUND_OF}.
   */
  static final String STATES_REFUND = "(o.refunded > 0 OR " + CLOSED_AFTER_PAYMENT + ")";

  /**
   * Refunds order o's export states (orders.refunded: 退款金额, Shopify Refunded Amount) beyond those
   * of the order's refunded returns — the whole total of an order closed after payment ({@link
   * #CLOSED_AFTER_PAYMENT}); minor units, ≤ 0 when the returns cover it. Only meaningful where
   * {@link #STATES_REFUND} holds.
   */
  private static final String BEYOND_RETURNS =
      "((CASE WHEN "
          + CLOSED_AFTER_PAYMENT
          + " AND "
          + OrderMoney.TOTAL
          + " > coalesce(o.refunded, 0) THEN "
          + OrderMoney.TOTAL
          + " ELSE o.refunded END) - coalesce((SELECT"
          + " sum(r.refund_amount) FROM returns r WHERE r.order_id = o.order_id"
          + " AND r.refunded_at IS NOT NULL), 0))";

  /**
   * When the money of an order closed after payment went back to the buyer (review16 Q6): the
   * export's cancellation time (Shopify Cancelled at, a generic cancelled_at) when it gives one,
   * else the day an import first stored closed an order it had stored paid and open ({@code
   * closed_seen_at}, the import's clock: {@link OrderSql#conflict}), else, for an order first
   * imported already closed, its payment time; never before the payment. So an order paid 10-28 and
   * closed 11-03 stays in October's sales and net sales, and November's net sales carry its refund:
   * a closed month does not change because of what happened later.
   */
  static final String CLOSED_ON =
      "(CASE WHEN o.cancelled_at IS NOT NULL THEN (CASE WHEN o.cancelled_at > o.paid_at THEN"
          + " o.cancelled_at ELSE o.paid_at END) WHEN o.closed_seen_at > o.paid_at THEN"
          + " o.closed_seen_at ELSE o.paid_at END)";

  /**
   * When the refund an order export states of an order not closed (a 退款金额 or Refunded Amount of an
   * open order: a partial refund) went back, the export giving no refund time (task timeedge): the
   * day an import first stored a refund on an order it had stored paid without one ({@code
   * refund_seen_at}, the import's clock: {@link OrderSql#conflict}), else, for an order first
   * imported with its refund, its payment time; never before the payment. So an order paid 10-28
   * for 300.00 with 退款金额 100.00 in an export imported 11-05 keeps October's net sales at 300.00,
   * and November's carry −100.00, as {@link #CLOSED_ON} dates a whole cancellation.
   */
  static final String PART_REFUNDED_ON =
      "(CASE WHEN o.refund_seen_at > o.paid_at THEN o.refund_seen_at"
          + " ELSE coalesce(o.paid_at, o.created_at) END)";

  /**
   * The time the refund an order export states counts on: the close of an order closed after
   * payment ({@link #CLOSED_ON}); else {@link #PART_REFUNDED_ON}. Epoch seconds.
   */
  private static final String REFUNDED_ON =
      "(CASE WHEN "
          + CLOSED_AFTER_PAYMENT
          + " THEN "
          + CLOSED_ON
          + " ELSE "
          + PART_REFUNDED_ON
          + " END)";

  /**
   * The refunds an order export states ({@link #BEYOND_RETURNS}), dated by {@link #REFUNDED_ON}:
   * columns {@code t} (epoch seconds) and {@code v} (minor units, ≤ 0 when the returns cover it).
   */
  private static final String ORDER_REFUNDS =
      "SELECT "
          + REFUNDED_ON
          + " AS t, "
          + BEYOND_RETURNS
          + " AS v FROM orders o WHERE "
          + STATES_REFUND;

  /**
   * What order o's export states was refunded beyond its refunded returns by as-of (the {@code v >
   * 0} of {@link #ORDER_REFUNDS} dated up to as-of, which net sales subtracts), 0 when nothing:
   * what customer money (RFM monetary, spent, lifetime value) takes off besides the returns'
   * refunds (review12 L15). One parameter: as-of, epoch seconds (a cancellation after it is not
   * known yet).
   */
  static final String STATED_REFUND_OF =
      "(CASE WHEN "
          + STATES_REFUND
          + " AND "
          + REFUNDED_ON
          + " <= ? AND "
          + BEYOND_RETURNS
          + " > 0 THEN "
          + BEYOND_RETURNS
          + " ELSE 0 END)";

  /**
   * Order o is closed after payment and its export gives no close time ({@link #CLOSED_ON} is then
   * the day an import first stored it closed, or its payment).
   */
  static final String UNDATED_CLOSURE = CLOSED_AFTER_PAYMENT + " AND o.cancelled_at IS NULL";

  /**
   * Order o is paid and not closed after payment, and its export states a refund (退款金额, Refunded
   * Amount) with no refund time: a partial refund, dated by {@link #PART_REFUNDED_ON}.
   */
  static final String UNDATED_PART_REFUND =
      "(NOT " + CLOSED_AFTER_PAYMENT + " AND o.refunded > 0 AND " + Purchases.of("o") + ")";

  /**
   * The orders closed after payment, with no close time in their export, whose refund net sales
   * takes off in [from, to): {@code onImportDay}, dated by the import that first stored them
   * closed; {@code onPaymentDay}, first imported already closed, dated by their payment. And the
   * same of the refunds stated of orders not closed ({@link #UNDATED_PART_REFUND}): {@code
   * refundsOnImportDay}, dated by the import that first stored them; {@code refundsOnPaymentDay},
   * there when the order was first imported.
   */
  public record UndatedClosures(
      long onImportDay, long onPaymentDay, long refundsOnImportDay, long refundsOnPaymentDay) {}

  /**
   * {@link UndatedClosures} of [from, to), of the orders in {@code currency} (every order when
   * null), for the note that says how their refunds were dated.
   */
  public UndatedClosures undatedClosures(Instant from, Instant to, String currency)
      throws SQLException {
    String inCurrency =
        currency == null ? "" : OrderMoney.inCurrency("o", store.defaultCurrency(), currency);
    try (var ps =
        conn.prepareStatement(
            "SELECT coalesce(sum(CASE WHEN "
                + UNDATED_CLOSURE
                + " AND o.closed_seen_at > o.paid_at THEN 1 ELSE 0 END), 0), coalesce(sum(CASE"
                + " WHEN "
                + UNDATED_CLOSURE
                + " THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN "
                + UNDATED_PART_REFUND
                + " AND o.refund_seen_at > o.paid_at THEN 1 ELSE 0 END), 0), coalesce(sum(CASE"
                + " WHEN "
                + UNDATED_PART_REFUND
                + " THEN 1 ELSE 0 END), 0) FROM orders o WHERE "
                + BEYOND_RETURNS
                + " > 0 AND (("
                + UNDATED_CLOSURE
                + " AND "
                + CLOSED_ON
                + " >= ? AND "
                + CLOSED_ON
                + " < ?) OR ("
                + UNDATED_PART_REFUND
                + " AND "
                + PART_REFUNDED_ON
                + " >= ? AND "
                + PART_REFUNDED_ON
                + " < ?))"
                + inCurrency)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      ps.setLong(3, from.getEpochSecond());
      ps.setLong(4, to.getEpochSecond());
      try (var rs = ps.executeQuery()) {
        rs.next();
        return new UndatedClosures(
            rs.getLong(1),
            rs.getLong(2) - rs.getLong(1),
            rs.getLong(3),
            rs.getLong(4) - rs.getLong(3));
      }
    }
  }

  /**
   * {@code orders list --status partially_refunded} (review17 R22): order o was refunded in part:
   * what was refunded of it — the more of the refund its export states and its returns' refunds, as
   * net sales counts it (the stated refund beyond the returns') — is above 0.00 and below what was
   * paid, and the order is not closed after payment (refunded in full).
   */
  static String partlyRefunded(Dialect d) {
    String refunded =
        d.greatest()
            + "coalesce(o.refunded, 0), coalesce((SELECT sum(r.refund_amount) FROM returns r"
            + " WHERE r.order_id = o.order_id AND r.refunded_at IS NOT NULL), 0))";
    return "(NOT "
        + CLOSED_AFTER_PAYMENT
        + " AND "
        + refunded
        + " > 0 AND "
        + refunded
        + " < "
        + OrderMoney.TOTAL
        + ")";
  }

  /**
   * The returns requested in [from, to) of orders in another currency than the store's ({@code
   * home}, {@link Store#defaultCurrency}): return id → its order's currency. A return of an order
   * without a currency, or of an order the store does not hold, is in the store's currency and not
   * here. {@code returns report} and the report's returns box never add these refunds to the
   * store's (amounts of different currencies are never added up).
   */
  public java.util.Map<String, String> otherCurrencyReturns(Instant from, Instant to, String home)
      throws SQLException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (var ps =
        conn.prepareStatement(
            "SELECT r.return_id, o.currency FROM returns r JOIN orders o ON o.order_id ="
                + " r.order_id WHERE r.requested_at >= ? AND r.requested_at < ?"
                + " AND o.currency IS NOT NULL AND o.currency <> ?")) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      ps.setString(3, home);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** Seconds from return request to approval or rejection, for requests in [from, to). */
  public List<Long> handlingSeconds(Instant from, Instant to) throws SQLException {
    return DayCounts.longs(
        conn,
        "SELECT coalesce(approved_at, rejected_at) - requested_at FROM returns"
            + " WHERE requested_at >= ? AND requested_at < ?"
            + " AND coalesce(approved_at, rejected_at) >= requested_at",
        from,
        to);
  }

  /**
   * Refunds in [from, to) of returns whose goods were received: {refunded, within {@code
   * refundWithin} of receipt} (the refund deadline of {@code returns}: received + refund_within,
   * refunding exactly at it is on time).
   */
  public long[] refundsOnTime(Instant from, Instant to, Duration refundWithin) throws SQLException {
    return DayCounts.counts(
        conn,
        "SELECT count(*), coalesce("
            + Dialect.of(conn).countIf("refunded_at - received_at <= " + refundWithin.getSeconds())
            + ", 0) FROM returns"
            + " WHERE refunded_at >= ? AND refunded_at < ? AND received_at IS NOT NULL",
        2,
        from,
        to);
  }
}
