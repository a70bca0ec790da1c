package com.shopops.store;

import static com.shopops.store.OrderQueries.getLong;
import static com.shopops.store.OrderQueries.instant;

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

  public Optional<OrderFacts> orderFacts(String orderId) throws SQLException {
    String sql =
        "SELECT o.order_id, o.customer_id, "
            + deliveredAt()
            + " AS delivered_at,"
            + " o.amount, o.total, o.shipping_fee, o.status FROM "
            + deliveredFrom()
            + " WHERE o.order_id = ?";
    String id;
    String customer;
    Instant delivered;
    Long amount;
    Long total;
    String status;
    PreparedStatement head = prepared(sql);
    head.setString(1, orderId);
    try (ResultSet rs = head.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      id = rs.getString(1);
      customer = rs.getString(2);
      delivered = instant(rs, "delivered_at");
      amount = getLong(rs, "amount");
      total = getLong(rs, "total");
      Long shipping = getLong(rs, "shipping_fee");
      if (total == null && amount != null) {
        total = amount + (shipping == null ? 0 : shipping);
      }
      status = rs.getString("status");
    }
    List<OrderFacts.Line> lines = new ArrayList<>();
    PreparedStatement ps =
        prepared(
            "SELECT l.sku, coalesce(l.quantity, 1), l.amount, p.category"
                + " FROM order_lines l"
                + CATEGORY_JOIN
                + "l.sku"
                + " WHERE l.order_id = ? ORDER BY l.line_no");
    ps.setString(1, orderId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        lines.add(
            new OrderFacts.Line(rs.getString(1), rs.getLong(2), getLong(rs, 3), rs.getString(4)));
      }
    }
    return Optional.of(new OrderFacts(id, customer, delivered, amount, total, status, lines));
  }

  private static final String COLUMNS =
      "r.return_id, r.order_id, r.sku, r.quantity, r.requested_at, r.approved_at, r.rejected_at,"
          + " r.received_at, r.refunded_at, r.reason, r.refund_amount, r.outside_window,"
          + " r.not_eligible";

  public Optional<Stored> find(String returnId) throws SQLException {
    List<Stored> found = select(" WHERE r.return_id = ?", returnId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The returns of one order, oldest request first. */
  public List<Stored> forOrder(String orderId) throws SQLException {
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
   * Returns requested by {@code asOf} and not rejected or refunded by then (the later steps of a
   * store holding newer data are cut by {@link ReturnRecord#asOf} in the caller).
   */
  public List<Stored> openAsOf(Instant asOf) throws SQLException {
    long t = asOf.getEpochSecond();
    return select(
        " WHERE r.requested_at <= ?"
            + " AND (r.rejected_at IS NULL OR r.rejected_at > ?)"
            + " AND (r.refunded_at IS NULL OR r.refunded_at > ?)"
            + " ORDER BY r.requested_at, r.return_id",
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
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Stored(
                record(rs),
                rs.getInt("outside_window") != 0,
                rs.getInt("not_eligible") != 0,
                rs.getString("category")));
      }
    }
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
        rs.getLong("refund_amount"));
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
   * lines comes as one row with a null SKU.
   */
  public List<DeliveredItem> deliveredBetween(Instant from, Instant to) throws SQLException {
    String sql =
        "SELECT o.order_id, o.customer_id, "
            + deliveredAt()
            + " AS delivered_at,"
            + " l.sku, p.category AS category FROM "
            + deliveredFrom()
            + " LEFT JOIN order_lines l ON l.order_id = o.order_id"
            + CATEGORY_JOIN
            + "l.sku"
            + " WHERE "
            + deliveredAt()
            + " >= ? AND "
            + deliveredAt()
            + " <= ?"
            + " AND coalesce(o.status, '') NOT IN ('cancelled', 'refunded')"
            + " ORDER BY "
            + deliveredAt()
            + ", o.order_id, l.line_no";
    List<DeliveredItem> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DeliveredItem(
                  rs.getString(1),
                  rs.getString(2),
                  instant(rs, "delivered_at"),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    }
    return out;
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
        + " AND coalesce(o.status, '') <> 'cancelled'"
        + filter
        + " GROUP BY k";
  }

  // ------------------------------------------------------------------ writes

  private static final String UPSERT =
      """
      INSERT INTO returns (return_id, order_id, sku, quantity, requested_at, approved_at,
                           rejected_at, received_at, refunded_at, reason, refund_amount,
                           outside_window, not_eligible, import_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (return_id) DO UPDATE SET
        order_id = excluded.order_id, sku = excluded.sku, quantity = excluded.quantity,
        requested_at = excluded.requested_at, approved_at = excluded.approved_at,
        rejected_at = excluded.rejected_at, received_at = excluded.received_at,
        refunded_at = excluded.refunded_at, reason = excluded.reason,
        refund_amount = excluded.refund_amount, outside_window = excluded.outside_window,
        not_eligible = excluded.not_eligible,
        import_id = coalesce(excluded.import_id, returns.import_id)
      """;

  /**
   * Writes a return as a whole (the caller has merged it with the stored one and checked it).
   * {@code importId} is null for a return recorded from the terminal.
   */
  public void save(ReturnRecord r, ReturnFlags flags, Long importId) throws SQLException {
    PreparedStatement ps = prepared(UPSERT);
    ps.setString(1, r.returnId());
    ps.setString(2, r.orderId());
    ps.setString(3, r.sku());
    ps.setInt(4, r.quantity());
    Binds.setInstant(ps, 5, r.requestedAt());
    Binds.setInstant(ps, 6, r.approvedAt());
    Binds.setInstant(ps, 7, r.rejectedAt());
    Binds.setInstant(ps, 8, r.receivedAt());
    Binds.setInstant(ps, 9, r.refundedAt());
    ps.setString(10, r.reason() == null ? null : r.reason().code());
    ps.setLong(11, r.refundAmount());
    ps.setInt(12, flags.outsideWindow() ? 1 : 0);
    ps.setInt(13, flags.notEligible() ? 1 : 0);
    if (importId == null) {
      ps.setNull(14, java.sql.Types.INTEGER);
    } else {
      ps.setLong(14, importId);
    }
    ps.executeUpdate();
  }
}
