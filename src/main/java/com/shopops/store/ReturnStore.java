package com.shopops.store;

import static com.shopops.store.Binds.epoch;
import static com.shopops.store.OrderQueries.getLong;
import static com.shopops.store.OrderQueries.instant;

import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.order.Platform;
import com.shopops.domain.returns.DeliveredItem;
import com.shopops.domain.returns.OrderFacts;
import com.shopops.domain.returns.ReturnFlags;
import com.shopops.domain.returns.ReturnReason;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Returns in the store, and the order facts their rules need: what was bought and paid on each
 * line, when the order was delivered ({@link Fulfilment}), and the category of each SKU (from
 * {@code products}; null for a SKU not in it).
 */
public final class ReturnStore {
  private final Connection conn;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  public ReturnStore(Store store) {
    this(store.connection());
  }

  ReturnStore(Connection conn) {
    this.conn = conn;
  }

  /**
   * A prepared statement kept for the life of this object: an import checks every row with the same
   * few lookups, and preparing them anew for each row would cost more than running them.
   */
  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  // ------------------------------------------------------------------ delivered time
  // When an order was delivered: Fulfilment, as every report reads it.

  /** The orders, with whatever says when they were delivered, as {@code o}. */
  private static String deliveredFrom() {
    return Fulfilment.FROM;
  }

  /** When order {@code o} was delivered (签收), epoch seconds. */
  private static String deliveredAt() {
    return Fulfilment.DELIVERED_AT;
  }

  // ------------------------------------------------------------------ records

  /** A stored return with the flags it was recorded with, and its SKU's category. */
  public record Stored(
      ReturnRecord record, boolean outsideWindow, boolean notEligible, String category) {}

  // ------------------------------------------------------------------ reads

  private static final String CATEGORY_JOIN = " LEFT JOIN products p ON p.sku = ";

  /**
   * The order as the return rules see it, its lines at the amounts they list: what a platform's
   * refund export ({@code import returns}) is held to, the platform having allocated the order's
   * discount over its lines by its own rule (a 满减 may apply to some items only).
   */
  public Optional<OrderFacts> orderFacts(String orderId) throws SQLException {
    return orderFacts(orderId, false);
  }

  /**
   * The order with each line at what was paid for it, the order's discount spread over its lines
   * ({@link OrderFacts#paidLines}): what a refund a person enters ({@code returns add|update}) is
   * held to (review20 X5: a 客服 refunding a 满减 order's item at its tag price).
   */
  public Optional<OrderFacts> orderFactsAsPaid(String orderId) throws SQLException {
    return orderFacts(orderId, true);
  }

  private Optional<OrderFacts> orderFacts(String orderId, boolean asPaid) throws SQLException {
    if (batch != null && batch.facts.containsKey(orderId)) {
      return batch.facts.get(orderId);
    }
    flushSaves();
    List<OrderFacts.Line> lines = new ArrayList<>();
    PreparedStatement ps =
        prepared(
            "SELECT l.sku, coalesce(l.quantity, 1), l.amount, p.category, l.item_id"
                + " FROM order_lines l"
                + CATEGORY_JOIN
                + "l.sku"
                + " WHERE l.order_id = ? ORDER BY l.line_no");
    ps.setString(1, orderId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        lines.add(
            new OrderFacts.Line(
                rs.getString(1), rs.getLong(2), getLong(rs, 3), rs.getString(4), rs.getString(5)));
      }
    }
    PreparedStatement head = prepared(headSql(" = ?"));
    head.setString(1, orderId);
    try (ResultSet rs = head.executeQuery()) {
      return rs.next() ? Optional.of(facts(rs, lines, asPaid)) : Optional.empty();
    }
  }

  /** The order columns of {@link OrderFacts}, for orders whose id is {@code idIs}. */
  private static String headSql(String idIs) {
    return "SELECT o.order_id, o.customer_id, "
        + deliveredAt()
        + " AS delivered_at,"
        + " o.amount, o.total, o.shipping_fee, o.status, o.refunded, o.discount, "
        + ReturnFigures.statedAt("o")
        + " AS refund_stated_at, "
        + PlatformSql.ordinal("o.source")
        + " AS platform FROM "
        + deliveredFrom()
        + " WHERE o.order_id"
        + idIs;
  }

  private static OrderFacts facts(ResultSet rs, List<OrderFacts.Line> lines, boolean asPaid)
      throws SQLException {
    Long amount = getLong(rs, "amount");
    Long total = getLong(rs, "total");
    Long shipping = getLong(rs, "shipping_fee");
    if (total == null && amount != null) {
      total = amount + (shipping == null ? 0 : shipping);
    }
    int platform = rs.getInt("platform");
    Platform sold = PlatformSql.of(platform, rs.wasNull());
    return OrderFacts.builder(rs.getString(1))
        .customerId(rs.getString(2))
        .deliveredAt(instant(rs, "delivered_at"))
        .amount(amount)
        .total(total)
        .status(rs.getString("status"))
        .lines(asPaid ? OrderFacts.paidLines(lines, getLong(rs, "discount")) : lines)
        .refunded(getLong(rs, "refunded"))
        .shipping(shipping)
        .platform(sold)
        .refundStatedAt(instant(rs, "refund_stated_at"))
        .build();
  }

  private static final String COLUMNS =
      "r.return_id, r.order_id, r.sku, r.quantity, r.requested_at, r.approved_at, r.rejected_at,"
          + " r.received_at, r.refunded_at, r.reason, r.refund_amount, r.outside_window,"
          + " r.not_eligible, r.withdrawn_at, r.kind";

  public Optional<Stored> find(String returnId) throws SQLException {
    if (batch != null && batch.byId.containsKey(returnId)) {
      return batch.byId.get(returnId);
    }
    flushSaves();
    List<Stored> found = select(" WHERE r.return_id = ?", returnId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The returns of one order, oldest request first. */
  public List<Stored> forOrder(String orderId) throws SQLException {
    if (batch != null && batch.byOrder.containsKey(orderId)) {
      return List.copyOf(batch.byOrder.get(orderId));
    }
    flushSaves();
    return select(" WHERE r.order_id = ? ORDER BY r.requested_at, r.return_id", orderId);
  }

  /** The returns of one customer's orders, latest request first. */
  public List<Stored> forCustomer(String customerId) throws SQLException {
    return select(
        " WHERE r.order_id IN (SELECT order_id FROM orders WHERE customer_id = ?)"
            + " ORDER BY r.requested_at DESC, r.return_id DESC",
        customerId);
  }

  /**
   * Returns requested by {@code asOf} and not rejected, refunded or withdrawn by then (the later
   * steps of a store holding newer data are cut by {@link ReturnRecord#asOf} in the caller).
   */
  public List<Stored> openAsOf(Instant asOf) throws SQLException {
    long t = asOf.getEpochSecond();
    return select(
        " WHERE r.requested_at <= ?"
            + " AND (r.rejected_at IS NULL OR r.rejected_at > ?)"
            + " AND (r.refunded_at IS NULL OR r.refunded_at > ?)"
            + " AND (r.withdrawn_at IS NULL OR r.withdrawn_at > ?)"
            + " ORDER BY r.requested_at, r.return_id",
        t,
        t,
        t,
        t);
  }

  /** Returns requested in {@code [from, to)}. */
  public List<Stored> requestedBetween(Instant from, Instant to) throws SQLException {
    return select(
        " WHERE r.requested_at >= ? AND r.requested_at < ?"
            + " ORDER BY r.requested_at, r.return_id",
        from.getEpochSecond(),
        to.getEpochSecond());
  }

  private List<Stored> select(String where, Object... args) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + ", p.category AS category FROM returns r"
            + CATEGORY_JOIN
            + "r.sku"
            + where;
    List<Stored> out = new ArrayList<>();
    PreparedStatement ps = prepared(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    Cursors.eachRow( // every return of a period (returns report)
        conn,
        ps,
        rs ->
            out.add(
                new Stored(
                    record(rs),
                    rs.getInt("outside_window") != 0,
                    rs.getInt("not_eligible") != 0,
                    rs.getString("category"))));
    return out;
  }

  static ReturnRecord record(ResultSet rs) throws SQLException {
    String reason = rs.getString("reason");
    return new ReturnRecord(
        rs.getString("return_id"),
        rs.getString("order_id"),
        rs.getString("sku"),
        rs.getInt("quantity"),
        instant(rs, "requested_at"),
        instant(rs, "approved_at"),
        instant(rs, "rejected_at"),
        instant(rs, "received_at"),
        instant(rs, "refunded_at"),
        reason == null ? null : ReturnReason.parse(reason).orElse(null),
        rs.getLong("refund_amount"),
        instant(rs, "withdrawn_at"),
        com.shopops.domain.returns.ReturnKind.ofCode(rs.getString("kind")));
  }

  public boolean exists(String returnId) throws SQLException {
    PreparedStatement ps = prepared("SELECT 1 FROM returns WHERE return_id = ?");
    ps.setString(1, returnId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /**
   * The lines of orders delivered in {@code [from, to]}, not cancelled or refunded as a whole: the
   * candidates of {@code returns eligible} (the window itself is the domain's). An order without
   * lines comes as one row with a null SKU. Reads only the orders delivered in the range ({@link
   * Fulfilment#DELIVERED_CANDIDATES}), not every order.
   */
  public List<DeliveredItem> deliveredBetween(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT o.order_id, o.customer_id, "
            + deliveredAt()
            + " AS delivered_at,"
            + " l.sku, p.category AS category, "
            + PlatformSql.ordinal("o.source")
            + " AS platform FROM "
            + deliveredFrom()
            + " LEFT JOIN order_lines l ON l.order_id = o.order_id"
            + CATEGORY_JOIN
            + "l.sku"
            + " WHERE "
            + Fulfilment.DELIVERED_CANDIDATES
            + " AND "
            + deliveredAt()
            + " >= ? AND "
            + deliveredAt()
            + " <= ?"
            + " AND "
            + OrderStatusSql.noneOf("o.status", OrderStatus::isClosed)
            + " ORDER BY "
            + deliveredAt()
            + ", o.order_id, l.line_no";
    List<DeliveredItem> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 1; i <= 6; i += 2) { // the candidates' two ranges, then the exact one
        ps.setLong(i, from.getEpochSecond());
        ps.setLong(i + 1, to.getEpochSecond());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DeliveredItem(
                  rs.getString(1),
                  rs.getString(2),
                  instant(rs, "delivered_at"),
                  rs.getString(4),
                  rs.getString(5),
                  PlatformSql.of(rs.getInt(6), rs.wasNull())));
        }
      }
    }
    return out;
  }

  /**
   * Orders the buyer confirmed (a completion time in {@code [from, to]}) that have no delivered
   * time in either table, not cancelled or refunded: {@link #deliveredBetween} cannot see them,
   * though they were delivered by their completion time. {@code returns eligible} names how many.
   */
  public long completedUndelivered(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT count(*) FROM "
            + deliveredFrom()
            + " WHERE o.completed_at >= ? AND o.completed_at <= ? AND "
            + deliveredAt()
            + " IS NULL AND "
            + OrderStatusSql.noneOf("o.status", OrderStatus::isClosed);
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /**
   * Orders shipped in {@code [from, to]} that have no delivered time in either table and no
   * completion time (those are {@link #completedUndelivered}'s), not cancelled or refunded: their
   * delivery, after the shipment, may start a window still open, but nothing says when. A Shopify
   * orders export has a fulfilment time and no delivery time, so all of its shipped orders are here
   * until a shipments file gives them one (review R6). {@code returns eligible} names how many.
   * Reads only the orders shipped in the range ({@link Fulfilment#SHIPPED_CANDIDATES}), not every
   * order.
   */
  public long shippedUndelivered(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT count(*) FROM "
            + deliveredFrom()
            + " WHERE "
            + Fulfilment.SHIPPED_CANDIDATES
            + " AND "
            + Fulfilment.SHIPPED_AT
            + " >= ? AND "
            + Fulfilment.SHIPPED_AT
            + " <= ? AND "
            + deliveredAt()
            + " IS NULL AND o.completed_at IS NULL AND "
            + OrderStatusSql.noneOf("o.status", OrderStatus::isClosed);
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 1; i <= 6; i += 2) { // the candidates' two ranges, then the exact one
        ps.setLong(i, from.getEpochSecond());
        ps.setLong(i + 1, to.getEpochSecond());
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** What delivered units are grouped by in {@link #deliveredUnits}. */
  public enum UnitKey {
    SKU,
    CATEGORY,
    ALL
  }

  /**
   * Units on the lines of orders delivered in {@code [from, to)}, summed by SKU, category ({@link
   * ReturnReport#UNKNOWN} when not known) or in all (key {@code ""}).
   */
  public Map<String, Long> deliveredUnits(UnitKey by, Instant from, Instant to)
      throws SQLException {
    String key =
        switch (by) {
          case SKU -> "l.sku";
          case CATEGORY -> "coalesce(p.category, '" + ReturnReport.UNKNOWN + "')";
          case ALL -> "''";
        };
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            deliveredUnitsSql(
                key,
                (by == UnitKey.CATEGORY ? CATEGORY_JOIN + "l.sku" : ""),
                by == UnitKey.SKU ? " AND l.sku IS NOT NULL" : ""))) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  /**
   * Units on the lines of orders delivered in {@code [from, to)}, by the quarter-hour of delivery
   * (its start): every zone offset is a whole number of quarter-hours, so the caller can cut local
   * days, weeks and months from it.
   */
  public Map<Instant, Long> deliveredUnitsByQuarterHour(Instant from, Instant to)
      throws SQLException {
    Map<Instant, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(deliveredUnitsSql("(" + deliveredAt() + " / 900) * 900", "", ""))) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(Instant.ofEpochSecond(rs.getLong(1)), rs.getLong(2));
        }
      }
    }
    return out;
  }

  private String deliveredUnitsSql(String key, String join, String filter) {
    // CROSS JOIN keeps orders as the outer loop: one pass over orders, a keyed lookup of the
    // lines of each delivered one (SQLite would otherwise walk every line by the sku index and
    // look its order up: ten times slower on a million orders)
    return "SELECT "
        + key
        + " AS k, sum(coalesce(l.quantity, 1)) FROM "
        + deliveredFrom()
        + Dialect.of(conn).orderedJoin()
        + " order_lines l ON l.order_id = o.order_id"
        + join
        + " WHERE "
        + deliveredAt()
        + " >= ? AND "
        + deliveredAt()
        + " < ?"
        // a cancelled order is not delivered, unless it came back: Tmall closes (交易关闭) an order
        // refunded in full after delivery, and its returned units stay in the rate's numerator, so
        // its delivered units stay in the denominator (review16 Q4)
        + " AND ("
        + OrderStatusSql.noneOf("o.status", s -> s == OrderStatus.CANCELLED)
        + " OR EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.order_id"
        + " AND r.rejected_at IS NULL AND r.withdrawn_at IS NULL))"
        + filter
        + " GROUP BY k";
  }

  /**
   * The returns an older shopops stored as rejected by the shop whose file may say 退款关闭 / 取消
   * (withdrawn) instead, not written since (review13 M1, {@link OldReadings}): an import of their
   * file reads their rejection again from the file rather than keeping the stored one.
   */
  public java.util.Set<String> rejectedByOldReading() throws SQLException {
    return OldReadings.rejectedByOldReading(conn);
  }

  /**
   * The clocks (epoch seconds) of the imports that dated a step of return {@code returnId} by their
   * own clock for want of a time in the file (anomaly {@code step-dated-by-import}): a stored step
   * at one of these times was dated by no file (review16 Q2).
   */
  public java.util.Set<Long> importDatedClocks(String returnId) throws SQLException {
    PreparedStatement ps =
        prepared(
            "SELECT DISTINCT i.started_at FROM anomalies a JOIN imports i ON i.import_id ="
                + " a.import_id WHERE a.record_id = ? AND a.kind = 'anomaly:step-dated-by-import'");
    ps.setString(1, returnId);
    java.util.Set<Long> clocks = new java.util.HashSet<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        clocks.add(rs.getLong(1));
      }
    }
    return clocks;
  }

  /**
   * The file that stored order {@code orderId}'s lines before order lines kept the platform's item
   * id, when an older shopops did (review14 N3, {@link OldReadings#withoutItemIds}).
   */
  public java.util.Optional<OldReadings.Recorded> linesBeforeItemIds(String orderId)
      throws SQLException {
    return OldReadings.linesBeforeItemIds(conn, orderId);
  }

  // ------------------------------------------------------------------ writes

  private static final String UPSERT =
      """
      INSERT INTO returns (return_id, order_id, sku, quantity, requested_at, approved_at,
                           rejected_at, received_at, refunded_at, reason, refund_amount,
                           outside_window, not_eligible, import_id, withdrawn_at, kind)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (return_id) DO UPDATE SET
        order_id = excluded.order_id, sku = excluded.sku, quantity = excluded.quantity,
        requested_at = excluded.requested_at, approved_at = excluded.approved_at,
        rejected_at = excluded.rejected_at, received_at = excluded.received_at,
        refunded_at = excluded.refunded_at, reason = excluded.reason,
        refund_amount = excluded.refund_amount, outside_window = excluded.outside_window,
        not_eligible = excluded.not_eligible, withdrawn_at = excluded.withdrawn_at,
        kind = excluded.kind,
        import_id = coalesce(excluded.import_id, returns.import_id)
      """;

  /**
   * Takes the store's lock for changing returns in the transaction just begun ({@link
   * Store#inTransaction}): SQLite's BEGIN IMMEDIATE holds the write lock already; on PostgreSQL a
   * transaction advisory lock, released at commit. A return is then read, checked and written with
   * no other change in between: two agents moving one return at once take turns, and the second is
   * checked against what the first wrote (review13 M13).
   */
  public void lockChanges() throws SQLException {
    if (Dialect.of(conn) == Dialect.POSTGRESQL) {
      try (java.sql.Statement st = conn.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(" + PgLocks.RETURN_CHANGES + ")");
      }
    }
  }

  /**
   * The orders with a no-reason return whose stored window flags may no longer be what the rules
   * say (review19 V13): a return not flagged outside although requested at least {@code minDays}
   * days (less two hours of a DST change) after the order was delivered, or flagged outside
   * although the order has no delivered time or the request came within {@code maxDays} + 1 days
   * (plus two hours) of it. A coarse choice of candidates only: {@code ReturnFlags} judges each.
   * With {@code minDays} null, every order with a no-reason return (the not-eligible lists
   * changed).
   */
  public List<String> ordersToJudgeAgain(Integer minDays, int maxDays) throws SQLException {
    String d = deliveredAt();
    String sql =
        "SELECT DISTINCT r.order_id FROM returns r JOIN orders o ON o.order_id = r.order_id"
            + " LEFT JOIN shipments s ON s.order_id = o.order_id WHERE r.reason = ?";
    if (minDays != null) {
      sql +=
          " AND ((r.outside_window = 0 AND "
              + d
              + " IS NOT NULL AND r.requested_at >= "
              + d
              + " + ?) OR (r.outside_window <> 0 AND ("
              + d
              + " IS NULL OR r.requested_at < "
              + d
              + " + ?)))";
    }
    sql += " ORDER BY r.order_id";
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, ReturnReason.NO_REASON.code());
      if (minDays != null) {
        ps.setLong(2, minDays * 86_400L - 7_200L);
        ps.setLong(3, (maxDays + 1L) * 86_400L + 7_200L);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** The returns of an order recorded from the terminal ({@code returns add}), not by an import. */
  public java.util.Set<String> recordedByHand(String orderId) throws SQLException {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT return_id FROM returns WHERE order_id = ? AND import_id IS NULL")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * A return recorded by hand that an import found under the platform's id (review19 V11): the
   * hand-made one goes, its recorded steps ({@code return_events}) pass to {@code platformId},
   * which the import saves in its place. Only for a return without a refund, so no figure moves.
   */
  public void absorb(String byHandId, String platformId) throws SQLException {
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM returns WHERE return_id = ?");
        PreparedStatement ev =
            conn.prepareStatement("UPDATE return_events SET return_id = ? WHERE return_id = ?")) {
      del.setString(1, byHandId);
      del.executeUpdate();
      ev.setString(1, platformId);
      ev.setString(2, byHandId);
      ev.executeUpdate();
    }
    try (PreparedStatement co =
        conn.prepareStatement("UPDATE return_corrections SET return_id = ? WHERE return_id = ?")) {
      co.setString(1, platformId);
      co.setString(2, byHandId);
      co.executeUpdate();
    }
    if (batch != null) {
      batch.byId.put(byHandId, Optional.empty());
      for (List<Stored> ofOrder : batch.byOrder.values()) {
        ofOrder.removeIf(x -> x.record().returnId().equals(byHandId));
      }
    }
  }

  /** Writes the flags of a stored return judged again (nothing else of it changes). */
  public void setFlags(String returnId, ReturnFlags flags) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE returns SET outside_window = ?, not_eligible = ? WHERE return_id = ?")) {
      ps.setInt(1, flags.outsideWindow() ? 1 : 0);
      ps.setInt(2, flags.notEligible() ? 1 : 0);
      ps.setString(3, returnId);
      ps.executeUpdate();
    }
  }

  /** One step recorded from the terminal: when it happened, the step, and who recorded it. */
  public record Event(int seq, Instant at, String status, String agent) {}

  /**
   * Records who moved a return to {@code status} at {@code at} (V026), numbered after the return's
   * last event; in the transaction under {@link #lockChanges} that saves the return.
   */
  public void addEvent(String returnId, Instant at, String status, String agent)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO return_events (return_id, seq, at, status, agent) SELECT ?,"
                + " COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM return_events WHERE return_id = ?")) {
      ps.setString(1, returnId);
      ps.setLong(2, epoch(at));
      ps.setString(3, status);
      ps.setString(4, agent);
      ps.setString(5, returnId);
      ps.executeUpdate();
    }
  }

  /**
   * What a correction of a hand step changed (V044): the step corrected or undone and its time, the
   * refund before and after (fen; null when none), and why.
   */
  public record Correction(
      String step, Instant stepAt, Long refundBefore, Long refundAfter, String reason) {}

  /**
   * Records a correction ({@code corrected}) or withdrawal ({@code undone}) of a hand step: one
   * event, as {@link #addEvent}, and its {@link Correction} under the same number.
   */
  public void addCorrection(String returnId, Instant at, String status, String agent, Correction c)
      throws SQLException {
    addEvent(returnId, at, status, agent);
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO return_corrections (return_id, seq, step, step_at, refund_before,"
                + " refund_after, reason) SELECT ?, MAX(seq), ?, ?, ?, ?, ? FROM return_events"
                + " WHERE return_id = ?")) {
      ps.setString(1, returnId);
      ps.setString(2, c.step());
      if (c.stepAt() == null) {
        ps.setNull(3, java.sql.Types.BIGINT);
      } else {
        ps.setLong(3, epoch(c.stepAt()));
      }
      setLong(ps, 4, c.refundBefore());
      setLong(ps, 5, c.refundAfter());
      ps.setString(6, c.reason());
      ps.setString(7, returnId);
      ps.executeUpdate();
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, java.sql.Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  /** Whether an import wrote {@code returnId} (a platform's return, or a hand one it absorbed). */
  public boolean imported(String returnId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT import_id FROM returns WHERE return_id = ?")) {
      ps.setString(1, returnId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        rs.getLong(1);
        return !rs.wasNull();
      }
    }
  }

  /** The corrections of a return's hand steps, by the number of the event recording each. */
  public Map<Integer, Correction> corrections(String returnId) throws SQLException {
    Map<Integer, Correction> out = new java.util.HashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT seq, step, step_at, refund_before, refund_after, reason FROM"
                + " return_corrections WHERE return_id = ?")) {
      ps.setString(1, returnId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long at = rs.getLong(3);
          Instant stepAt = rs.wasNull() ? null : Instant.ofEpochSecond(at);
          long before = rs.getLong(4);
          Long b = rs.wasNull() ? null : before;
          long after = rs.getLong(5);
          Long a = rs.wasNull() ? null : after;
          out.put(rs.getInt(1), new Correction(rs.getString(2), stepAt, b, a, rs.getString(6)));
        }
      }
    }
    return out;
  }

  /** The steps recorded of a return from the terminal, in the order they were recorded. */
  public List<Event> events(String returnId) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT seq, at, status, agent FROM return_events WHERE return_id = ? ORDER BY seq")) {
      ps.setString(1, returnId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Event(
                  rs.getInt(1),
                  Instant.ofEpochSecond(rs.getLong(2)),
                  rs.getString(3),
                  rs.getString(4)));
        }
      }
    }
    return out;
  }

  /**
   * Writes a return as a whole (the caller has merged it with the stored one and checked it).
   * {@code importId} is null for a return recorded from the terminal.
   */
  public void save(ReturnRecord r, ReturnFlags flags, Long importId) throws SQLException {
    if (batch != null) {
      batch.saved(r, flags, importId);
      return;
    }
    if (deferred != null) {
      deferred.keepBefore(List.of(r.returnId()));
    }
    PreparedStatement ps = prepared(UPSERT);
    bindSave(ps, 0, r, flags, importId);
    if (!conn.getAutoCommit()) {
      ps.executeUpdate(); // the import's transaction refreshes the customer figures at commit
      return;
    }
    conn.setAutoCommit(false); // recorded from the terminal: the return and the figures at once
    try {
      ps.executeUpdate();
      MaintainedFigures.refresh(conn);
      conn.commit();
      conn.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      Store.rollbackQuietly(conn); // never a commit of what failed (as the import's rollback)
      throw e;
    }
  }

  private static void bindSave(
      PreparedStatement ps, int at, ReturnRecord r, ReturnFlags flags, Long importId)
      throws SQLException {
    ps.setString(at + 1, r.returnId());
    ps.setString(at + 2, r.orderId());
    ps.setString(at + 3, r.sku());
    ps.setInt(at + 4, r.quantity());
    Binds.setInstant(ps, at + 5, r.requestedAt());
    Binds.setInstant(ps, at + 6, r.approvedAt());
    Binds.setInstant(ps, at + 7, r.rejectedAt());
    Binds.setInstant(ps, at + 8, r.receivedAt());
    Binds.setInstant(ps, at + 9, r.refundedAt());
    ps.setString(at + 10, r.reason() == null ? null : r.reason().code());
    ps.setLong(at + 11, r.refundAmount());
    ps.setInt(at + 12, flags.outsideWindow() ? 1 : 0);
    ps.setInt(at + 13, flags.notEligible() ? 1 : 0);
    if (importId == null) {
      ps.setNull(at + 14, java.sql.Types.INTEGER);
    } else {
      ps.setLong(at + 14, importId);
    }
    Binds.setInstant(ps, at + 15, r.withdrawnAt());
    ps.setString(at + 16, r.kind().code());
  }

  // ------------------------------------------------------------------ an import's batches

  /**
   * How many rows an import looks up at once ({@link #prefetch}): the returns, orders and order
   * lines of a batch are read with a few statements instead of several per row.
   */
  public static final int BATCH = 256;

  private static final int SAVE_ROWS = 32;
  private static final String ONE_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private Batch batch;

  /** The customer figures of the import being written, added once at its end (else null). */
  private ReturnFigureDeltas deferred;

  /**
   * From now until {@link #endImport}, the refunds of the returns that import {@code importId}
   * writes reach the customer figures once, at its end ({@link ReturnFigureDeltas}), not row by row
   * through the triggers. In the import's open transaction.
   */
  public void deferFigures(long importId) throws SQLException {
    deferred = ReturnFigureDeltas.begin(conn, importId);
  }

  /** Writes what is left and adds the import's refunds to the customer figures. */
  public void endImport() throws SQLException {
    endBatch();
    if (deferred != null) {
      deferred.apply();
      deferred = null;
    }
  }

  /**
   * Reads at once what the next rows of an import will ask: the stored returns with these ids, the
   * returns of these orders and the facts of these orders (at most {@value #BATCH} of each). Until
   * {@link #endBatch}, {@link #find}, {@link #forOrder} and {@link #orderFacts} answer from them,
   * and {@link #save} keeps what it writes for the end of the batch, its answers updated.
   */
  public void prefetch(
      java.util.Collection<String> returnIds, java.util.Collection<String> orderIds)
      throws SQLException {
    endBatch();
    Batch b = new Batch();
    for (String id : returnIds) {
      b.byId.put(id, Optional.empty());
    }
    for (Stored st : select(" WHERE r.return_id IN " + marks(), padded(returnIds))) {
      b.byId.put(st.record().returnId(), Optional.of(st));
    }
    for (String id : orderIds) {
      b.byOrder.put(id, new ArrayList<>());
      b.facts.put(id, Optional.empty());
    }
    for (Stored st :
        select(
            " WHERE r.order_id IN " + marks() + " ORDER BY r.requested_at, r.return_id",
            padded(orderIds))) {
      b.byOrder.get(st.record().orderId()).add(st);
    }
    Map<String, List<OrderFacts.Line>> lines = new HashMap<>();
    PreparedStatement ls =
        prepared(
            "SELECT l.order_id, l.sku, coalesce(l.quantity, 1), l.amount, p.category, l.item_id"
                + " FROM order_lines l"
                + CATEGORY_JOIN
                + "l.sku WHERE l.order_id IN "
                + marks()
                + " ORDER BY l.order_id, l.line_no");
    bindPadded(ls, orderIds);
    try (ResultSet rs = ls.executeQuery()) {
      while (rs.next()) {
        lines
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new OrderFacts.Line(
                    rs.getString(2),
                    rs.getLong(3),
                    getLong(rs, 4),
                    rs.getString(5),
                    rs.getString(6)));
      }
    }
    PreparedStatement head = prepared(headSql(" IN " + marks()));
    bindPadded(head, orderIds);
    try (ResultSet rs = head.executeQuery()) {
      while (rs.next()) {
        OrderFacts f = facts(rs, lines.getOrDefault(rs.getString(1), List.of()), false);
        b.facts.put(f.orderId(), Optional.of(f));
      }
    }
    batch = b;
  }

  /** Writes what the batch saved and answers from the store again. */
  public void endBatch() throws SQLException {
    flushSaves();
    batch = null;
  }

  private void flushSaves() throws SQLException {
    if (batch == null || batch.saves.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(batch.saves.values());
    batch.saves.clear();
    if (deferred != null) {
      deferred.keepBefore(batch.refundedBefore);
    }
    batch.refundedBefore.clear();
    if (Dialect.of(conn) == Dialect.POSTGRESQL) {
      copySaves(rows);
      return;
    }
    for (int i = 0; i < rows.size(); i += SAVE_ROWS) {
      List<Object[]> part = rows.subList(i, Math.min(rows.size(), i + SAVE_ROWS));
      String sql =
          UPSERT.replace(
              ONE_ROW, String.join(", ", java.util.Collections.nCopies(part.size(), ONE_ROW)));
      PreparedStatement ps = prepared(sql); // two sizes at most: full and the last
      int at = 0;
      for (Object[] row : part) {
        bindSave(ps, at, (ReturnRecord) row[0], (ReturnFlags) row[1], (Long) row[2]);
        at += 16;
      }
      ps.executeUpdate();
    }
  }

  private static final String SAVE_COLUMNS =
      "return_id, order_id, sku, quantity, requested_at, approved_at, rejected_at, received_at,"
          + " refunded_at, reason, refund_amount, outside_window, not_eligible, import_id,"
          + " withdrawn_at, kind";

  /**
   * PostgreSQL: a batch's saves (one per return) with one COPY into a stage ({@link PgStage}) and
   * one upsert, the rules of {@link #UPSERT}.
   */
  private void copySaves(List<Object[]> rows) throws SQLException {
    // made per batch: a stage is dropped at commit, and this store may serve several imports
    PgStage pgStage = PgStage.like(conn, "returns", SAVE_COLUMNS);
    pgStage.fill(
        rows,
        row -> {
          ReturnRecord r = (ReturnRecord) row[0];
          ReturnFlags flags = (ReturnFlags) row[1];
          pgStage
              .row(null)
              .field(r.returnId())
              .field(r.orderId())
              .field(r.sku())
              .field(r.quantity())
              .field(epoch(r.requestedAt()))
              .field(epoch(r.approvedAt()))
              .field(epoch(r.rejectedAt()))
              .field(epoch(r.receivedAt()))
              .field(epoch(r.refundedAt()))
              .field(r.reason() == null ? null : r.reason().code())
              .field(r.refundAmount())
              .field(flags.outsideWindow())
              .field(flags.notEligible())
              .field(row[2])
              .field(epoch(r.withdrawnAt()))
              .field(r.kind().code())
              .endRow();
        });
    pgStage.merge(
        UPSERT.replace(
            "VALUES " + ONE_ROW,
            "SELECT " + SAVE_COLUMNS + " FROM " + pgStage.table() + " ORDER BY seq"));
  }

  private static String marks() {
    return "(" + "?,".repeat(BATCH - 1) + "?)";
  }

  private static Object[] padded(java.util.Collection<String> ids) {
    if (ids.size() > BATCH) {
      throw new IllegalArgumentException("more than " + BATCH + " ids in one batch");
    }
    return java.util.Arrays.copyOf(ids.toArray(), BATCH); // the rest null: IN (NULL) matches none
  }

  private static void bindPadded(PreparedStatement ps, java.util.Collection<String> ids)
      throws SQLException {
    Object[] args = padded(ids);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  /** What an import's batch read, with what it saved since. */
  private static final class Batch {
    final Map<String, Optional<Stored>> byId = new HashMap<>();
    final Map<String, List<Stored>> byOrder = new HashMap<>();
    final Map<String, Optional<OrderFacts>> facts = new HashMap<>();
    final Map<String, Object[]> saves = new LinkedHashMap<>();

    /** The returns saved whose state before had a refund: their stored one is kept first. */
    final java.util.Set<String> refundedBefore = new java.util.LinkedHashSet<>();

    void saved(ReturnRecord r, ReturnFlags flags, Long importId) {
      Optional<Stored> prev = byId.getOrDefault(r.returnId(), Optional.empty());
      if (prev.isPresent() && prev.get().record().refundedAt() != null) {
        refundedBefore.add(r.returnId());
      }
      saves.remove(r.returnId()); // one row per id in a statement: the later save wins
      saves.put(r.returnId(), new Object[] {r, flags, importId});
      String category = null;
      Optional<OrderFacts> f = facts.getOrDefault(r.orderId(), Optional.empty());
      for (OrderFacts.Line l : f.map(OrderFacts::lines).orElse(List.of())) {
        if (l.sku() != null && l.sku().equals(r.sku())) {
          category = l.category();
          break;
        }
      }
      Stored st = new Stored(r, flags.outsideWindow(), flags.notEligible(), category);
      byId.put(r.returnId(), Optional.of(st));
      List<Stored> ofOrder = byOrder.computeIfAbsent(r.orderId(), k -> new ArrayList<>());
      ofOrder.removeIf(x -> x.record().returnId().equals(r.returnId()));
      ofOrder.add(st);
      ofOrder.sort(
          java.util.Comparator.comparing(
                  (Stored x) -> x.record().requestedAt(),
                  java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
              .thenComparing(x -> x.record().returnId()));
    }
  }
}
