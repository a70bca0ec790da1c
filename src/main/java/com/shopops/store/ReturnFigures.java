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

  /**
   * Whether the store holds any return (imported, or entered with {@code returns add}): without
   * one, the return rate is a figure of data never given, not 0 % (tryout26b B1).
   */
  public boolean hasReturns() throws SQLException {
    return DayCounts.anyRow(conn, "SELECT 1 FROM returns LIMIT 1");
  }

  /**
   * Refunds issued (minor units) per local day in [from, to): two values a day, {@link #ISSUED}
   * (refunds paid or stated, never below 0) and {@link #REVERSED} (refunds taken back, never below
   * 0: an order export stating less than was counted refunded before, tryout24b A2), so a day's net
   * refunds — issued less reversed — goes below 0 only by a reversal.
   */
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
      Instant from, Instant to, String currency, com.shopops.domain.order.OrderChannel platform)
      throws SQLException {
    Dialect d = Dialect.of(conn);
    // the store's currency is read only when asked for one (a statement: MetricsStatementsTest)
    String inCurrency =
        (currency == null ? "" : OrderMoney.inCurrency("o", store.defaultCurrency(), currency))
            + SalesFigures.inPlatform("o", platform);
    return DayCounts.byDay(
        conn,
        "SELECT d, coalesce(sum(CASE WHEN v > 0 THEN v ELSE 0 END), 0), coalesce(sum(CASE WHEN v"
            + " < 0 THEN 0 - v ELSE 0 END), 0) FROM (SELECT "
            + DayCounts.dayKey(zone, "r.refunded_at", from, to)
            + " AS d, r.refund_amount AS v FROM returns r"
            + (inCurrency.isEmpty() ? "" : " LEFT JOIN orders o ON o.order_id = r.order_id")
            + " WHERE r.refunded_at >= "
            + d.param(1)
            + " AND r.refunded_at < "
            + d.param(2)
            + RETURN_OF_PURCHASE
            + inCurrency
            + " UNION ALL SELECT "
            + DayCounts.dayKey(zone, "t", from, to)
            + " AS d, v FROM ("
            + orderRefunds(inCurrency)
            + ")"
            + d.subqueryAlias("o")
            + " WHERE v <> 0 AND t >= "
            + d.param(1)
            + " AND t < "
            + d.param(2)
            + ")"
            + d.subqueryAlias("r")
            + " GROUP BY d",
        2,
        from,
        to,
        d.rangesBound(2));
  }

  /**
   * The refunds net_sales takes off in [from, to) that are not refunds of returns (tryout25b B5):
   * what order exports state (退款金额, Refunded Amount) beyond their orders' refunded returns and what
   * orders closed after payment give back, dated as {@link #refundsByDay} dates them; of the orders
   * in {@code currency} (every order when null). Minor units: {@link #ISSUED} and {@link
   * #REVERSED}, as a day of {@link #refundsByDay} gives them.
   */
  public long[] orderStatedRefunds(Instant from, Instant to, String currency) throws SQLException {
    String inCurrency =
        currency == null ? "" : OrderMoney.inCurrency("o", store.defaultCurrency(), currency);
    Dialect d = Dialect.of(conn);
    try (java.sql.PreparedStatement ps =
        conn.prepareStatement(
            "SELECT coalesce(sum(CASE WHEN v > 0 THEN v ELSE 0 END), 0), coalesce(sum(CASE WHEN v"
                + " < 0 THEN 0 - v ELSE 0 END), 0) FROM ("
                + orderRefunds(inCurrency)
                + ")"
                + d.subqueryAlias("o")
                + " WHERE v <> 0 AND t >= ? AND t < ?")) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  /** The index of the refunds issued in a day's values of {@link #refundsByDay}. */
  public static final int ISSUED = 0;

  /** The index of the refunds reversed in a day's values of {@link #refundsByDay}. */
  public static final int REVERSED = 1;

  /**
   * An order paid and then closed or cancelled (交易关闭 / 已取消 with a payment time) or refunded in
   * full: its money went back to the buyer although the export (the 41-column 订单报表, the JD export)
   * carries no 退款金额 (review11 K15). Counted in sales, it is refunded in full. Not so an order whose
   * export states both what was refunded of it (Shopify {@code Refunded Amount}, 0.00 included) and
   * a payment state that says the shop kept the payment ({@link FinancialStatus#MONEY_KEPT}: a
   * Shopify order cancelled as {@code paid}, "Refund payment" unticked): only its stated refund is
   * taken off (review17 R11). Nor an order whose export states a refund above 0.00 and below what
   * was paid (a Tmall 交易关闭 with 退款金额 150.00 of 300.00, tryout18 W4): closing it does not make a
   * partial refund a whole one; its stated refund is taken off, dated by its steps, as the Shopify
   * twin's is.
   */
  private static final String CLOSED_AFTER_PAYMENT =
      "("
          + OrderStatusSql.oneOf("o.status", OrderStatus::isClosed)
          + " AND "
          + Purchases.of("o")
          + " AND NOT "
          + moneyKept()
          + " AND NOT "
          + partStated()
          + ")";

  /** Order o's export states a refund above 0.00 and below what was paid for it. */
  private static String partStated() {
    return "(coalesce(o.refunded, 0) > 0 AND coalesce(o.refunded, 0) < " + OrderMoney.TOTAL + ")";
  }

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
   * orders that may carry a {@link #STATED_REFUND_OF}. Only a purchase ({@link Purchases}): a
   * refund of an order that never counted in sales (a presale's 定金 refunded, the balance never
   * paid: tryout22a A8) takes nothing off net sales.
   */
  static final String STATES_REFUND =
      "(" + Purchases.of("o") + " AND (o.refunded > 0 OR " + CLOSED_AFTER_PAYMENT + "))";

  /**
   * A return r whose refund counts: not of an order the store holds unpaid (no purchase, e.g. a 价保
   * refund on a deposit-only presale, tryout22a A8).
   */
  private static final String RETURN_OF_PURCHASE =
      " AND NOT EXISTS (SELECT 1 FROM orders np WHERE np.order_id = r.order_id AND np.paid_at IS"
          + " NULL)";

  /**
   * Return r's refund was paid by the time the refund order {@code alias} states was first stated
   * ({@code refund_stated_at}, V048: a newer export repeating the same figure keeps the first time;
   * else the time the export that stored it was made, {@code exported_at}, else the clock of the
   * import that stored it; none known: every refund), so that stated refund (退款金额) may contain it.
   * A refund paid after it — a 价保 entered by hand after the export was taken — is a further refund
   * that export cannot state: re-importing it must not take it as already counted (tryout22b B1: a
   * closed day's net sales rose by the 价保 paid days later).
   */
  private static String paidByExport(String alias) {
    String made = statedAt(alias);
    // a time before the order was paid is no export's (a clock set wrong): then not known
    return " AND (r.refunded_at <= " + made + " OR " + made + " IS NULL)";
  }

  /**
   * When the refund order {@code alias} states was first stated, epoch seconds ({@code
   * refund_stated_at}, else {@code exported_at}, else the clock of the import that stored it); NULL
   * when not known or before the order was paid (no export's time: a clock set wrong). The stated
   * refund contains the returns' refunds paid by then ({@link #paidByExport}; the domain's twin
   * {@link com.shopops.domain.returns.OrderFacts#statedBeyond}, the order's refund cap).
   */
  public static String statedAt(String alias) {
    String made =
        "coalesce("
            + alias
            + ".refund_stated_at, "
            + alias
            + ".exported_at, (SELECT i.started_at FROM imports i WHERE i.import_id = "
            + alias
            + ".import_id))";
    return "(CASE WHEN "
        + made
        + " >= coalesce("
        + alias
        + ".paid_at, "
        + alias
        + ".created_at) THEN "
        + made
        + " END)";
  }

  /**
   * What order o's refunded returns gave back by the time its export was made ({@link
   * #paidByExport}): what the refund its export states may already contain; minor units (0 when
   * none).
   */
  private static final String RETURNS_REFUNDED =
      "coalesce((SELECT sum(r.refund_amount) FROM returns r WHERE r.order_id = o.order_id"
          + " AND r.refunded_at IS NOT NULL"
          + paidByExport("o")
          + "), 0)";

  /** What order o's refunded returns gave back, whenever paid; minor units (0 when none). */
  private static final String ALL_RETURNS_REFUNDED =
      "coalesce((SELECT sum(r.refund_amount) FROM returns r WHERE r.order_id = o.order_id"
          + " AND r.refunded_at IS NOT NULL), 0)";

  /**
   * The refund order o's export states in the end: orders.refunded (退款金额, Shopify Refunded Amount),
   * or the whole total of an order closed after payment ({@link #CLOSED_AFTER_PAYMENT}).
   */
  private static final String STATED_IN_FULL =
      "(CASE WHEN "
          + CLOSED_AFTER_PAYMENT
          + " AND "
          + OrderMoney.TOTAL
          + " > coalesce(o.refunded, 0) THEN "
          + OrderMoney.TOTAL
          + " ELSE coalesce(o.refunded, 0) END)";

  /**
   * Refunds order o's export states beyond those of the order's refunded returns ({@link
   * #STATED_IN_FULL} less {@link #RETURNS_REFUNDED}); minor units, ≤ 0 when the returns cover it.
   * Only meaningful where {@link #STATES_REFUND} holds.
   */
  private static final String BEYOND_RETURNS =
      "(" + STATED_IN_FULL + " - " + RETURNS_REFUNDED + ")";

  /**
   * Order o's export states a refund beyond what its refunded returns gave back: some of it is
   * still to count ({@link #BEYOND_RETURNS} above 0). An import's note that a stated refund counts
   * on the import day holds only of such an order (review20 X4: a refund already paid through a
   * return counted on the return's day, never again).
   */
  static final String BEYOND_REFUNDED_RETURNS = "(" + BEYOND_RETURNS + " > 0)";

  /**
   * What of a stated refund of {@code amount} (an SQL expression, minor units) is beyond order o's
   * refunded returns: never below 0. The pieces below are differences of it, so that they add up to
   * {@link #BEYOND_RETURNS} (when above 0) whatever the returns are: never counted twice.
   */
  private static String beyond(String amount) {
    return "(CASE WHEN "
        + amount
        + " > "
        + RETURNS_REFUNDED
        + " THEN "
        + amount
        + " - "
        + RETURNS_REFUNDED
        + " ELSE 0 END)";
  }

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

  /** Order o's payment time (its creation when unpaid): where a refund is never dated before. */
  private static final String PAID_ON = "coalesce(o.paid_at, o.created_at)";

  /**
   * Step s of order o's stated refund ({@code order_refund_steps}, V033: an import changed the
   * refund of an order it held paid and open) counts on its own day: always, but for the step of
   * the import that closed an order closed after payment, whose money counts with the close.
   */
  private static final String STEP_ON_ITS_DAY =
      "NOT (" + CLOSED_AFTER_PAYMENT + " AND s.closes = 1)";

  /**
   * The stated refund order o had when the store first counted it: before its first step, else (no
   * step) the one stated now. It counts on the payment day: it was there when the order was first
   * imported.
   */
  private static final String FIRST_STATED =
      "coalesce((SELECT s.refunded_before FROM order_refund_steps s WHERE s.order_id = o.order_id"
          + " ORDER BY s.seen_at, s.step_id LIMIT 1), coalesce(o.refunded, 0))";

  /**
   * The stated refund order o had after its last step on its own day ({@link #STEP_ON_ITS_DAY}),
   * else {@link #FIRST_STATED}: what counted before the close of an order closed after payment,
   * whose close takes off only the rest.
   */
  private static final String LAST_STEPPED =
      "coalesce((SELECT s.refunded_after FROM order_refund_steps s WHERE s.order_id = o.order_id"
          + " AND "
          + STEP_ON_ITS_DAY
          + " ORDER BY s.seen_at DESC, s.step_id DESC LIMIT 1), "
          + FIRST_STATED
          + ")";

  /**
   * The refund an order export states, in pieces dated when the store learnt each (task
   * refundsteps, tryout17 U2), the export giving no refund time. {@code FIRST}: what the order
   * stated when first imported, on its payment day (nothing counted it before). {@code STEP}: each
   * change an import made to the refund of an order it held paid and open, on that import's clock
   * day ({@code order_refund_steps.seen_at}, --now), never before the payment: an order paid 10-28
   * for 300.00, stated refunded 100.00 by an export imported 11-05 and 150.00 by one imported
   * 12-05, carries −100.00 in November and −50.00 in December. {@code REST}: the close of an order
   * closed after payment takes off what was not refunded before it ({@link #CLOSED_ON}): closed on
   * 12-20, −150.00 more that day; November stays −100.00.
   */
  private static final String FIRST_T = PAID_ON;

  /**
   * What of a stated refund of {@code amount} stated at {@code at} (an SQL expression, epoch
   * seconds) is beyond order o's returns' refunds paid by then: a stated figure contains only the
   * refunds paid by the time it was stated (tryout23b A11: a hand refund of 5.00 paid between an
   * export stating 10.00 and one stating 15.00 is in the 15.00, not in the 10.00). {@code at} NULL
   * (a step written before V051): {@link #beyond}, by the time the current figure was stated.
   */
  private static String beyondAt(String amount, String at) {
    String by =
        "(CASE WHEN "
            + at
            + " IS NULL THEN "
            + RETURNS_REFUNDED
            + " ELSE coalesce((SELECT sum(r.refund_amount) FROM returns r WHERE r.order_id ="
            + " o.order_id AND r.refunded_at IS NOT NULL AND r.refunded_at <= "
            + at
            + "), 0) END)";
    return "(CASE WHEN " + amount + " > " + by + " THEN " + amount + " - " + by + " ELSE 0 END)";
  }

  /**
   * When {@link #FIRST_STATED} was stated: the first step's {@code before_stated_at} (V051); NULL
   * without a step (the figure stated now: {@link #beyond}) or before V051.
   */
  private static final String FIRST_AT =
      "(SELECT f.before_stated_at FROM order_refund_steps f WHERE f.order_id = o.order_id"
          + " ORDER BY f.seen_at, f.step_id LIMIT 1)";

  /**
   * When {@link #LAST_STEPPED} was stated: its step's {@code after_stated_at}, else {@link
   * #FIRST_AT}.
   */
  private static final String LAST_AT =
      "coalesce((SELECT f.after_stated_at FROM order_refund_steps f WHERE f.order_id = o.order_id"
          + " AND "
          + STEP_ON_ITS_DAY.replace("s.closes", "f.closes")
          + " ORDER BY f.seen_at DESC, f.step_id DESC LIMIT 1), "
          + FIRST_AT
          + ")";

  private static final String FIRST_V = beyondAt(FIRST_STATED, FIRST_AT);

  private static final String STEP_T =
      "(CASE WHEN s.seen_at > " + PAID_ON + " THEN s.seen_at ELSE " + PAID_ON + " END)";

  private static final String STEP_V =
      "("
          + beyondAt("s.refunded_after", "s.after_stated_at")
          + " - "
          + beyondAt("s.refunded_before", "s.before_stated_at")
          + ")";

  /**
   * Step s takes refunds back on its own day (a refund reversal, 退款冲回): what of its refund after is
   * beyond the returns' refunds paid by then is less than what of its refund before was. The export
   * wins (tryout24b A2, lead's decision): Refunded 10.00 -> 12.00 after a hand 5.00 contains the
   * hand refund, so the order is refunded 12.00, not 15.00, and the import day books −3.00 — as
   * customers' spent and RFM monetary ({@link #STATED_REFUND_OF}) read it.
   */
  static final String STEP_REVERSES = "(" + STEP_V + " < 0)";

  /**
   * Step s books a refund on its own day: what of its refund after is beyond the returns' refunds
   * paid by then is more than what of its refund before was (tryout23b A11: an export that grows
   * only by a hand refund already booked books nothing, and its import says nothing of refunds).
   */
  static final String STEP_REFUNDS = "(" + STEP_V + " > 0)";

  private static final String REST_T =
      "(CASE WHEN " + CLOSED_AFTER_PAYMENT + " THEN " + CLOSED_ON + " ELSE " + PAID_ON + " END)";

  private static final String REST_V =
      "(" + beyond(STATED_IN_FULL) + " - " + beyondAt(LAST_STEPPED, LAST_AT) + ")";

  /**
   * The pieces of the refunds order exports state: columns {@code t} (epoch seconds) and {@code v}
   * (minor units, 0 for a piece that is nothing), of the orders {@code filter} keeps (an SQL
   * condition on orders o starting with AND, or empty).
   */
  static String orderRefunds(String filter) {
    return "SELECT "
        + FIRST_T
        + " AS t, "
        + FIRST_V
        + " AS v FROM orders o WHERE "
        + STATES_REFUND
        + filter
        + " UNION ALL SELECT "
        + STEP_T
        + ", "
        + STEP_V
        + " FROM order_refund_steps s JOIN orders o ON o.order_id = s.order_id WHERE "
        + STATES_REFUND
        + " AND "
        + STEP_ON_ITS_DAY
        + filter
        + " UNION ALL SELECT "
        + REST_T
        + ", "
        + REST_V
        + " FROM orders o WHERE "
        + STATES_REFUND
        + filter;
  }

  /**
   * What order o's returns refunded between when step s's refund before and its refund after were
   * stated ({@code before_stated_at}, {@code after_stated_at}, V051; 0 when either is not known):
   * the hand refunds (价保, refund-only) the refund after may contain beyond the one before.
   */
  private static final String REFUNDED_BETWEEN =
      "coalesce((SELECT sum(r.refund_amount) FROM returns r WHERE r.order_id = o.order_id AND"
          + " r.refunded_at IS NOT NULL AND s.before_stated_at IS NOT NULL AND s.after_stated_at IS"
          + " NOT NULL AND r.refunded_at > s.before_stated_at AND r.refunded_at <= s.after_stated_at),"
          + " 0)";

  /**
   * A refund taken back (退款冲回, tryout24b A2): an order export that states less refunded than the
   * store counted before — its refund before plus the hand refunds paid since — is taken as it
   * states, and the difference is booked back on {@code day} (the import's day, or the close of an
   * order closed after payment).
   *
   * @param reversed what is taken back, above 0 (minor units)
   * @param statedBefore the refund the order's export stated before
   * @param refundedSince what its returns refunded (by hand) since that was stated, 0 when none or
   *     not known
   * @param stated the refund the export states now
   * @param refunded what the order is refunded now, as net sales and customers count it ({@link
   *     #refunded})
   * @param currency the order's, null for the store's
   */
  public record Reversal(
      String orderId,
      java.time.LocalDate day,
      long reversed,
      long statedBefore,
      long refundedSince,
      long stated,
      long refunded,
      String currency) {}

  /**
   * The reversal pieces of {@link #orderRefunds} (its pieces below 0: steps and the close of an
   * order closed after payment), with what each order stated before and after: columns order id,
   * when (epoch seconds), reversed (above 0), stated before, refunded since, stated, refunded now,
   * currency. {@code steps} and {@code rests}: SQL conditions starting with AND on the step s (and
   * its order o) and on the order o (or null to leave those pieces out).
   */
  static String reversals(String steps, String rests) {
    String step =
        "SELECT o.order_id, "
            + STEP_T
            + ", 0 - "
            + STEP_V
            + ", s.refunded_before, "
            + REFUNDED_BETWEEN
            + ", s.refunded_after, "
            + refunded(null)
            + ", o.currency FROM order_refund_steps s JOIN orders o ON o.order_id = s.order_id WHERE "
            + STATES_REFUND
            + " AND "
            + STEP_ON_ITS_DAY
            + " AND "
            + STEP_REVERSES
            + steps;
    if (rests == null) {
      return step;
    }
    return step
        + " UNION ALL SELECT o.order_id, "
        + REST_T
        + ", 0 - "
        + REST_V
        + ", "
        + LAST_STEPPED
        + ", 0, "
        + STATED_IN_FULL
        + ", "
        + refunded(null)
        + ", o.currency FROM orders o WHERE "
        + STATES_REFUND
        + " AND "
        + REST_V
        + " < 0"
        + rests;
  }

  /** The {@link Reversal}s of a statement of {@link #reversals}, in the store zone. */
  static List<Reversal> readReversals(java.sql.PreparedStatement ps, ZoneId zone)
      throws SQLException {
    List<Reversal> out = new java.util.ArrayList<>();
    try (java.sql.ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Reversal(
                rs.getString(1),
                Instant.ofEpochSecond(rs.getLong(2)).atZone(zone).toLocalDate(),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getString(8)));
      }
    }
    return out;
  }

  /**
   * The refunds taken back in [from, to) ({@link Reversal}), of the orders in {@code currency} and
   * of {@code platform} when given, by day and order: what a day's {@link #REVERSED} is made of,
   * for the note of {@code metrics} and {@code report} that names them.
   */
  public List<Reversal> reversals(
      Instant from, Instant to, String currency, com.shopops.domain.order.OrderChannel platform)
      throws SQLException {
    String inCurrency =
        (currency == null ? "" : OrderMoney.inCurrency("o", store.defaultCurrency(), currency))
            + SalesFigures.inPlatform("o", platform);
    try (var ps =
        conn.prepareStatement(
            "SELECT * FROM ("
                + reversals(
                    " AND " + STEP_T + " >= ? AND " + STEP_T + " < ?" + inCurrency,
                    " AND " + REST_T + " >= ? AND " + REST_T + " < ?" + inCurrency)
                + ")"
                + Dialect.of(conn).subqueryAlias("v")
                + " ORDER BY 2, 1")) {
      for (int i = 0; i < 2; i++) {
        ps.setLong(2 * i + 1, from.getEpochSecond());
        ps.setLong(2 * i + 2, to.getEpochSecond());
      }
      return readReversals(ps, zone);
    }
  }

  /**
   * What order o's export states was refunded beyond its refunded returns by as-of (the pieces of
   * {@link #orderRefunds} dated up to as-of, which net sales subtracts), 0 when nothing: what
   * customer money (RFM monetary, spent, lifetime value) takes off besides the returns' refunds
   * (review12 L15). One parameter: as-of, epoch seconds (a refund learnt after it is not known
   * yet).
   */
  static final String STATED_REFUND_OF =
      "(CASE WHEN "
          + STATES_REFUND
          + " THEN (SELECT (CASE WHEN "
          + FIRST_T
          + " <= x.asof THEN "
          + FIRST_V
          + " ELSE 0 END) + coalesce((SELECT sum("
          + STEP_V
          + ") FROM order_refund_steps s WHERE s.order_id = o.order_id AND "
          + STEP_ON_ITS_DAY
          + " AND "
          + STEP_T
          + " <= x.asof), 0) + (CASE WHEN "
          + REST_T
          + " <= x.asof THEN "
          + REST_V
          + " ELSE 0 END) FROM (SELECT CAST(? AS BIGINT) AS asof) x) ELSE 0 END)";

  /**
   * What every order's refunded returns gave back, joined to {@code orders o} as {@code rr} (column
   * {@code refunded}; no row: none): {@link #RETURNS_REFUNDED} added up in one pass over the
   * returns, for {@link #STATED_REFUND_OF_JOINED}. No parameter.
   */
  static final String RETURNS_REFUNDED_JOINED =
      " LEFT JOIN (SELECT r.order_id, sum(r.refund_amount) AS refunded FROM returns r JOIN"
          + " orders ro ON ro.order_id = r.order_id WHERE r.refunded_at IS NOT NULL"
          + paidByExport("ro")
          + " GROUP BY r.order_id) rr ON rr.order_id = o.order_id";

  /**
   * {@link #STATED_REFUND_OF} reading its refunded returns from {@link #RETURNS_REFUNDED_JOINED}
   * (which the query joins) instead of a subquery per use: the same figure, but the expression asks
   * for the returns' sum ten times per order, and PostgreSQL runs each as its own lookup (customers
   * segment --method rfm at 100k orders: the statement 0.86 -> 0.53 s on the server). One
   * parameter, as-of.
   */
  static final String STATED_REFUND_OF_JOINED =
      STATED_REFUND_OF.replace(RETURNS_REFUNDED, "coalesce(rr.refunded, 0)");

  /**
   * The orders import {@code ?} (first parameter) closed, held paid and open before ({@code
   * closed_seen_at} its clock, the second parameter), whose close takes money off net sales on a
   * time before the third parameter (the start of the import's day): the export's own close time
   * (cancelled_at) of an earlier day. Columns: order id, when (epoch seconds), how much (minor
   * units), currency (null: the store's).
   */
  static final String CLOSED_INTO_ENDED_DAYS =
      "SELECT o.order_id, "
          + REST_T
          + ", "
          + REST_V
          + ", o.currency FROM orders o WHERE o.import_id = ? AND o.closed_seen_at = ? AND "
          + CLOSED_AFTER_PAYMENT
          + " AND "
          + REST_T
          + " < ? AND "
          + REST_V
          + " <> 0";

  /**
   * Order o is closed after payment and its export gives no close time ({@link #CLOSED_ON} is then
   * the day an import first stored it closed, or its payment).
   */
  static final String UNDATED_CLOSURE = CLOSED_AFTER_PAYMENT + " AND o.cancelled_at IS NULL";

  /**
   * Order o is paid and not closed after payment, and its export states a refund (退款金额, Refunded
   * Amount) with no refund time: a partial refund, dated by its steps.
   */
  static final String UNDATED_PART_REFUND =
      "(NOT " + CLOSED_AFTER_PAYMENT + " AND o.refunded > 0 AND " + Purchases.of("o") + ")";

  /**
   * The orders closed after payment, with no close time in their export, whose refund net sales
   * takes off in [from, to): {@code onImportDay}, dated by the import that first stored them
   * closed; {@code onPaymentDay}, first imported already closed, dated by their payment. And the
   * same of the refunds stated of orders not closed ({@link #UNDATED_PART_REFUND}): {@code
   * refundsOnImportDay}, the steps dated by the import that stored them; {@code
   * refundsOnPaymentDay}, there when the order was first imported. And {@code nothingOff}: the
   * orders closed after payment, with no close time, that take nothing off net sales in [from, to):
   * none of their money is left to refund (0.00, e.g. an Olist order with no lines, or their
   * returns refunded it already; tryout25b B7: the import counts them among the closed).
   */
  public record UndatedClosures(
      long onImportDay,
      long onPaymentDay,
      long refundsOnImportDay,
      long refundsOnPaymentDay,
      long nothingOff) {}

  /**
   * {@link UndatedClosures} of [from, to), of the orders in {@code currency} (every order when
   * null), for the note that says how their refunds were dated.
   */
  public UndatedClosures undatedClosures(Instant from, Instant to, String currency)
      throws SQLException {
    return undatedClosures(from, to, currency, null);
  }

  /**
   * As {@link #undatedClosures(Instant, Instant, String)}, of the orders of {@code channel} only
   * when given ({@code metrics --channel jd}: its notes count its own orders, tryout20 Y2).
   */
  public UndatedClosures undatedClosures(
      Instant from, Instant to, String currency, com.shopops.domain.order.OrderChannel channel)
      throws SQLException {
    String inCurrency =
        (currency == null ? "" : OrderMoney.inCurrency("o", store.defaultCurrency(), currency))
            + SalesFigures.inPlatform("o", channel);
    try (var ps =
        conn.prepareStatement(
            "SELECT (SELECT count(*) FROM orders o WHERE "
                + UNDATED_CLOSURE
                + " AND o.closed_seen_at > o.paid_at AND "
                + REST_V
                + " > 0 AND "
                + CLOSED_ON
                + " >= ? AND "
                + CLOSED_ON
                + " < ?"
                + inCurrency
                + "), (SELECT count(*) FROM orders o WHERE "
                + UNDATED_CLOSURE
                + " AND NOT coalesce(o.closed_seen_at > o.paid_at, false) AND "
                + BEYOND_RETURNS
                + " > 0 AND "
                + CLOSED_ON
                + " >= ? AND "
                + CLOSED_ON
                + " < ?"
                + inCurrency
                + "), (SELECT count(*) FROM order_refund_steps s JOIN orders o ON o.order_id ="
                + " s.order_id WHERE "
                + UNDATED_PART_REFUND
                + " AND s.seen_at > o.paid_at AND "
                + STEP_V
                + " > 0 AND "
                + STEP_T
                + " >= ? AND "
                + STEP_T
                + " < ?"
                + inCurrency
                + "), (SELECT count(*) FROM orders o WHERE "
                + UNDATED_PART_REFUND
                + " AND "
                + FIRST_V
                + " > 0 AND "
                + FIRST_T
                + " >= ? AND "
                + FIRST_T
                + " < ?"
                + inCurrency
                + "), (SELECT count(*) FROM orders o WHERE "
                + UNDATED_CLOSURE
                + " AND NOT coalesce((o.closed_seen_at > o.paid_at AND "
                + REST_V
                + " > 0) OR (NOT coalesce(o.closed_seen_at > o.paid_at, false) AND "
                + BEYOND_RETURNS
                + " > 0), false) AND "
                + CLOSED_ON
                + " >= ? AND "
                + CLOSED_ON
                + " < ?"
                + inCurrency
                + ")")) {
      for (int i = 0; i < 5; i++) {
        ps.setLong(2 * i + 1, from.getEpochSecond());
        ps.setLong(2 * i + 2, to.getEpochSecond());
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return new UndatedClosures(
            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
      }
    }
  }

  /**
   * What order {@code o} has been refunded, as net sales counts it: the refunds its returns paid,
   * and of the refund its export states ({@code orders.refunded}, 退款金额) what is beyond the returns'
   * refunds it may contain ({@link #paidByExport}: paid by the time it was first stated), never
   * both (a later export states a refund paid through a return again: the same money). A 价保 of
   * 10.00 refunded by hand after an export stating 89.00: 99.00 (tryout22b B1; was the larger,
   * 89.00).
   */
  static String refunded(Dialect d) {
    return "("
        + ALL_RETURNS_REFUNDED
        + " + (CASE WHEN coalesce(o.refunded, 0) > "
        + RETURNS_REFUNDED
        + " THEN coalesce(o.refunded, 0) - "
        + RETURNS_REFUNDED
        + " ELSE 0 END))";
  }

  /**
   * An order whose refund is more than was paid for it: what it was refunded as net sales counts it
   * ({@link #refunded}: its returns' refunds and what its export states beyond them), and the two
   * figures that is made of (the refund its export states, its returns' refunds), against its total
   * ({@link OrderMoney#TOTAL}).
   */
  public record RefundAboveTotal(
      String orderId, long stated, long byReturns, long total, long refunded) {}

  /**
   * The orders whose refund is more than their total ({@code shopops check}; tryout20 Y9): an
   * import refuses a new one ({@link com.shopops.domain.returns.ReturnValidator#refundAbovePaid}),
   * {@code returns} refuses a refund that would make one ({@link
   * com.shopops.domain.returns.OrderFacts#statedBeyond}), a store written before those rules may
   * hold some (tryout23b A3: 89.00 stated + 220.00 by hand of 308.00). What was refunded is {@link
   * #refunded}'s, as net sales and customers' spent count it; an order of no known money (no total
   * and no goods amount) is left out, as the import leaves it. Read only: nothing is changed.
   */
  public List<RefundAboveTotal> refundsAboveTotal() throws SQLException {
    Dialect d = Dialect.of(conn);
    String refunded = refunded(d);
    String sql =
        "SELECT o.order_id, coalesce(o.refunded, 0), "
            + ALL_RETURNS_REFUNDED
            + ", "
            + OrderMoney.TOTAL
            + ", "
            + refunded
            + " FROM orders o WHERE (o.total IS NOT NULL OR o.amount IS NOT NULL) AND "
            + refunded
            + " > "
            + OrderMoney.TOTAL
            + " ORDER BY o.order_id";
    List<RefundAboveTotal> out = new java.util.ArrayList<>();
    try (java.sql.PreparedStatement ps = conn.prepareStatement(sql);
        java.sql.ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new RefundAboveTotal(
                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
      }
    }
    return out;
  }

  /** A refunded return of an order: its id and the refund it paid (minor units). */
  public record RefundedReturn(String returnId, long refund) {}

  /**
   * What an order has been refunded, as net sales and {@link #refundsAboveTotal} count it ({@link
   * #refunded}), and its refunded returns, in id order.
   */
  public record Refunded(long refunded, List<RefundedReturn> returns) {}

  /**
   * What these orders have been refunded ({@link Refunded}), by id; orders refunded nothing are
   * left out. The floor a same-snapshot file's money never falls below ({@link
   * SnapshotTies#follows}, tryout30b B2: a refund of 80.00 paid on a return, then the price
   * corrected to 70.00), read only for the orders whose money would follow (none in a re-import of
   * the same file).
   */
  static java.util.Map<String, Refunded> refundedOf(
      Connection conn, java.util.Collection<String> ids) throws SQLException {
    java.util.Map<String, Refunded> out = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    java.util.Map<String, List<RefundedReturn>> returns = new java.util.HashMap<>();
    try (java.sql.PreparedStatement ps =
        conn.prepareStatement(
            "SELECT order_id, return_id, refund_amount FROM returns WHERE refunded_at IS NOT NULL"
                + " AND order_id IN ("
                + in
                + ") ORDER BY order_id, return_id")) {
      int i = 1;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          returns
              .computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
              .add(new RefundedReturn(rs.getString(2), rs.getLong(3)));
        }
      }
    }
    try (java.sql.PreparedStatement ps =
        conn.prepareStatement(
            "SELECT o.order_id, "
                + refunded(Dialect.of(conn))
                + " FROM orders o WHERE o.order_id IN ("
                + in
                + ")")) {
      int i = 1;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getLong(2) > 0) {
            out.put(
                rs.getString(1),
                new Refunded(rs.getLong(2), returns.getOrDefault(rs.getString(1), List.of())));
          }
        }
      }
    }
    return out;
  }

  /** The refunds the returns of order {@code o} paid, 0 when none. */
  static String returnsRefunded() {
    return ALL_RETURNS_REFUNDED;
  }

  /**
   * {@code orders list --status partially_refunded} (review17 R22): order o was refunded in part:
   * what was refunded of it — the more of the refund its export states and its returns' refunds, as
   * net sales counts it (the stated refund beyond the returns') — is above 0.00 and below what was
   * paid, and the order is not closed after payment (refunded in full).
   */
  static String partlyRefunded(Dialect d) {
    String refunded = refunded(d);
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
   * {@code orders list --status refunded} (review19 V20): order o was refunded in full, whatever
   * its status: it was paid, and what was refunded of it (as {@link #partlyRefunded} counts it) is
   * at least what was paid, or it was closed after payment (its money went back, as net sales takes
   * it off). A JD order returned and refunded 139.00 through 售后 stays {@code completed} and is one.
   */
  static String fullyRefunded(Dialect d) {
    return fullyRefunded();
  }

  /**
   * {@link #fullyRefunded(Dialect)} in words both dialects read alike: the larger of two refunds is
   * at least the total when either is.
   */
  static String fullyRefunded() {
    return refundsReach(OrderMoney.TOTAL);
  }

  /**
   * Order o was paid (something) and closed after payment, or its refunds — the export's stated one
   * or its returns' — reach {@code amount}: the one test of {@link #fullyRefunded()} (the total)
   * and {@link #goodsRefunded()} (the goods).
   */
  private static String refundsReach(String amount) {
    return "("
        + Purchases.of("o")
        + " AND "
        + OrderMoney.TOTAL
        + " > 0 AND ("
        + CLOSED_AFTER_PAYMENT
        + " OR coalesce(o.refunded, 0) >= "
        + amount
        + " OR "
        + ALL_RETURNS_REFUNDED
        + " >= "
        + amount
        + "))";
  }

  /**
   * What was paid for order o's goods: its total less its shipping fee (运费), the total when that
   * leaves nothing (an order of its freight alone).
   */
  private static final String GOODS =
      "(CASE WHEN "
          + OrderMoney.TOTAL
          + " - coalesce(o.shipping_fee, 0) > 0 THEN "
          + OrderMoney.TOTAL
          + " - coalesce(o.shipping_fee, 0) ELSE "
          + OrderMoney.TOTAL
          + " END)";

  /**
   * For the ship-by clock only: nothing is left to ship of order o — closed after payment, or
   * refunds that cover its goods ({@link #GOODS}), its freight refunded or not (tryout21 Z1: a JD
   * 仅退款 of every line that kept the 运费 left the order overdue and on the delay list). The money
   * views keep {@link #fullyRefunded()}.
   */
  private static String goodsRefunded() {
    return refundsReach(GOODS);
  }

  /**
   * When nothing was left to ship of order o ({@link #goodsRefunded()}: its goods refunded in
   * full), in epoch seconds: the last refund of its returns when they alone give back the whole
   * total (a JD 仅退款 through 售后); 0 when that is not known (closed after payment, or a refund its
   * export states); NULL when it was not refunded in full. The SLA rules take such an order off the
   * ship-by clock when it had not shipped (domain.sla.OrderShipment#offBeforeShipping, tryout20
   * Y3).
   */
  static String refundedInFullAt() {
    return "CASE WHEN "
        + goodsRefunded()
        + " THEN CASE WHEN NOT "
        + CLOSED_AFTER_PAYMENT
        + " AND coalesce(o.refunded, 0) < "
        + GOODS
        + " THEN (SELECT max(r.refunded_at) FROM returns r WHERE r.order_id = o.order_id"
        + " AND r.refunded_at IS NOT NULL) ELSE 0 END END";
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
