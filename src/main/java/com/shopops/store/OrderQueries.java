package com.shopops.store;

import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading orders back: the filtered list and one order with its lines. The shipped and delivered
 * times, carrier, tracking number and status are {@link Fulfilment}'s: the shipment record first.
 */
public final class OrderQueries {
  private final Connection conn;

  public OrderQueries(Store store) {
    this.conn = store.connection();
  }

  /**
   * Filters for {@code orders list}; null means "any". {@code to} is exclusive. {@code
   * partiallyRefunded}: only the orders refunded in part ({@link ReturnFigures#partlyRefunded}).
   * {@code platformStatus}: only the orders whose platform status (as their export wrote it) is
   * this word, case aside. {@code fullyRefunded}: besides the orders in {@code status}, those
   * refunded in full whatever their status ({@link ReturnFigures#fullyRefunded}).
   */
  public record Filter(
      Instant from,
      Instant to,
      String status,
      String platformStatus,
      boolean partiallyRefunded,
      boolean fullyRefunded,
      String customerId,
      Integer limit) {}

  /**
   * An order, how many line items it has and what it has been refunded ({@link
   * ReturnFigures#refunded}).
   */
  public record Listed(Order order, int lineCount, long refunded) {}

  /**
   * What an order has been refunded ({@code total}, {@link ReturnFigures#refunded}: as net sales
   * counts it), and the two figures it is made of: the refund its export states and its returns'
   * refunds.
   */
  public record Refunded(long total, long stated, long byReturns, Instant statedAt) {}

  /**
   * When a presale paid in stages was first seen paid, kept where its paid time is an earlier event
   * of the order's ({@code orders.paid_seen_at}, V049); null when not kept.
   */
  public Instant paidSeenAt(String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT paid_seen_at FROM orders WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? instant(rs, 1) : null;
      }
    }
  }

  /**
   * The removed parcel a presale paid in stages is still held paid at (an older shopops's cap that
   * kept no time it was seen paid), null when none: {@code orders show} names it, never as the
   * order's outbound (tryout25a A2).
   */
  public StagedPaidSql.Held paidHeld(String orderId) throws SQLException {
    return StagedPaidSql.held(conn, orderId);
  }

  /** {@link Refunded} of one order; all 0 when the store does not hold it. */
  public Refunded refunded(String orderId) throws SQLException {
    Dialect d = Dialect.of(conn);
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT "
                + ReturnFigures.refunded(d)
                + ", coalesce(o.refunded, 0), "
                + ReturnFigures.returnsRefunded()
                // when the export stated the refund it states now (V048)
                + ", coalesce(o.refund_stated_at, o.exported_at,"
                + " (SELECT i.started_at FROM imports i WHERE i.import_id = o.import_id))"
                + " FROM orders o WHERE o.order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new Refunded(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4))
            : new Refunded(0, 0, 0, null);
      }
    }
  }

  /**
   * What the imports said of an order under {@code kind} (their stored English messages, oldest
   * first): an order screen says again what changed its money without a figure of its own
   * (tryout23b A1: a paid-lowered 订单报表).
   */
  public List<String> said(String orderId, String kind) throws SQLException {
    List<String> out = new java.util.ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT message FROM anomalies WHERE record_id = ? AND kind = ? ORDER BY anomaly_id")) {
      ps.setString(1, orderId);
      ps.setString(2, "anomaly:" + kind); // as an import records an anomaly's kind
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static final String SELECT =
      """
      SELECT o.order_id, o.customer_id, o.created_at, o.paid_at, %s AS shipped_at,
             %s AS delivered_at, o.completed_at, o.cancelled_at, %s AS carrier,
             %s AS tracking_no, %s AS status, o.platform_status,
             o.amount, o.shipping_fee, o.total, o.currency, o.province, o.city, o.region, o.source,
             o.discount, o.discount_code, o.deposited_at
      """
          .formatted(
              Fulfilment.SHIPPED_AT,
              Fulfilment.DELIVERED_AT,
              Fulfilment.CARRIER,
              Fulfilment.TRACKING_NO,
              Fulfilment.STATUS);

  public List<Listed> list(Filter f) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    // an order's time is when it was placed; exports without a creation time give the paid time
    if (f.from() != null) {
      where.append(" AND coalesce(o.created_at, o.paid_at) >= ?");
      args.add(f.from().getEpochSecond());
    }
    if (f.to() != null) {
      where.append(" AND coalesce(o.created_at, o.paid_at) < ?");
      args.add(f.to().getEpochSecond());
    }
    if (f.status() != null) {
      where.append(" AND (").append(Fulfilment.STATUS).append(" = ?"); // the status shown
      if (f.fullyRefunded()) {
        where.append(" OR ").append(ReturnFigures.fullyRefunded(Dialect.of(conn)));
      }
      where.append(')');
      args.add(f.status());
    }
    if (f.platformStatus() != null) {
      where.append(" AND lower(o.platform_status) = lower(?)");
      args.add(f.platformStatus());
    }
    if (f.partiallyRefunded()) {
      where.append(" AND ").append(ReturnFigures.partlyRefunded(Dialect.of(conn)));
    }
    if (f.customerId() != null) {
      where.append(" AND o.customer_id = ?");
      args.add(f.customerId());
    }
    String order = " ORDER BY coalesce(o.created_at, o.paid_at), o.order_id";
    String lines =
        ", (SELECT count(*) FROM order_lines l WHERE l.order_id = o.order_id) AS lines, "
            + ReturnFigures.refunded(Dialect.of(conn))
            + " AS refunded_sum FROM ";
    StringBuilder sql = new StringBuilder(SELECT).append(lines);
    if (f.limit() != null && f.status() == null && !f.partiallyRefunded()) {
      // the first orders by their own columns, then their shipments and line counts: on
      // PostgreSQL the join of every order to its shipment before the top-N sort was 7 s of a
      // million-order `orders list --limit 20` (psql's ORDER BY … LIMIT of orders alone: 1 s)
      sql.append("(SELECT * FROM orders o")
          .append(where)
          .append(order)
          .append(" LIMIT ?) o LEFT JOIN shipments s ON s.order_id = o.order_id")
          .append(order);
      args.add(f.limit());
    } else {
      sql.append(Fulfilment.FROM).append(where).append(order);
      if (f.limit() != null) {
        sql.append(" LIMIT ?");
        args.add(f.limit());
      }
    }
    List<Listed> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Listed(order(rs, List.of()), rs.getInt("lines"), rs.getLong("refunded_sum")));
        }
      }
    }
    return out;
  }

  /** Whether any order's platform status is {@code word} (case aside). */
  public boolean anyPlatformStatus(String word) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT 1 FROM orders WHERE lower(platform_status) = lower(?) LIMIT 1")) {
      ps.setString(1, word);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  public Optional<Order> find(String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(SELECT + " FROM " + Fulfilment.FROM + " WHERE o.order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(order(rs, lines(orderId)));
      }
    }
  }

  /**
   * What only a shipment record carries: the estimated delivery time and the promised ship date of
   * a presale (预售) order; both null when the order has no shipment record or it gives neither.
   */
  public record Promises(Instant estimatedDeliveryAt, LocalDate presaleShipDate) {}

  public Promises promises(String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT estimated_delivery_at, promised_ship_date FROM shipments WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Promises(null, null);
        }
        String presale = rs.getString(2);
        return new Promises(
            instant(rs, "estimated_delivery_at"),
            presale == null || presale.isBlank() ? null : LocalDate.parse(presale));
      }
    }
  }

  /** The line items of each of these orders, in line order (one statement, run per order). */
  public java.util.Map<String, List<OrderLine>> lines(List<String> orderIds) throws SQLException {
    java.util.Map<String, List<OrderLine>> out = new java.util.HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(LINES)) {
      for (String id : orderIds) {
        ps.setString(1, id);
        out.put(id, lines(ps));
      }
    }
    return out;
  }

  /**
   * What an order-level export stated of an order's goods (a Taobao/Tmall 订单报表's 宝贝标题 and 宝贝总数量,
   * tryout20 Y10): {@code title} and {@code quantity}, either null when not stated.
   */
  public record StatedItems(String title, Long quantity) {}

  /** The stated goods of each of these orders that has any ({@link StatedItems}), by order id. */
  public java.util.Map<String, StatedItems> statedItems(List<String> orderIds) throws SQLException {
    java.util.Map<String, StatedItems> out = new java.util.HashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT items_title, items_quantity FROM orders WHERE order_id = ?"
                + " AND (items_title IS NOT NULL OR items_quantity IS NOT NULL)")) {
      for (String id : orderIds) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            out.put(id, new StatedItems(rs.getString(1), getLong(rs, 2)));
          }
        }
      }
    }
    return out;
  }

  private static final String LINES =
      "SELECT line_no, sku, title, quantity, unit_price, amount, item_id FROM order_lines"
          + " WHERE order_id = ? ORDER BY line_no";

  private List<OrderLine> lines(String orderId) throws SQLException {
    return lines(conn, orderId);
  }

  /** An order's line items in line order (also used by the writer to see whether they changed). */
  static List<OrderLine> lines(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(LINES)) {
      ps.setString(1, orderId);
      return lines(ps);
    }
  }

  private static List<OrderLine> lines(PreparedStatement ps) throws SQLException {
    List<OrderLine> lines = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        lines.add(
            new OrderLine(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                getLong(rs, 4),
                getLong(rs, 5),
                getLong(rs, 6),
                rs.getString(7)));
      }
    }
    return lines;
  }

  private static Order order(ResultSet rs, List<OrderLine> lines) throws SQLException {
    String status = rs.getString("status");
    Long amount = getLong(rs, "amount");
    Long shipping = getLong(rs, "shipping_fee");
    Long total = getLong(rs, "total");
    if (total == null && amount != null) {
      total = amount + (shipping == null ? 0 : shipping);
    }
    return Order.builder(rs.getString("order_id"))
        .customerId(rs.getString("customer_id"))
        .createdAt(instant(rs, "created_at"))
        .paidAt(instant(rs, "paid_at"))
        .shippedAt(instant(rs, "shipped_at"))
        .deliveredAt(instant(rs, "delivered_at"))
        .completedAt(instant(rs, "completed_at"))
        .cancelledAt(instant(rs, "cancelled_at"))
        .carrier(rs.getString("carrier"))
        .trackingNo(rs.getString("tracking_no"))
        .status(status == null ? null : OrderStatus.parse(status).orElse(null))
        .platformStatus(rs.getString("platform_status"))
        .amount(amount)
        .shippingFee(shipping)
        .total(total)
        .currency(rs.getString("currency"))
        .province(rs.getString("province"))
        .city(rs.getString("city"))
        .region(rs.getString("region"))
        .source(rs.getString("source"))
        .lines(lines)
        .discount(getLong(rs, "discount"))
        .discountCode(rs.getString("discount_code"))
        .depositPaidAt(instant(rs, "deposited_at"))
        .build();
  }

  static Instant instant(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : Instant.ofEpochSecond(v);
  }

  /** As {@link #instant(ResultSet, String)}, the column by its position. */
  static Instant instant(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : Instant.ofEpochSecond(v);
  }

  static Long getLong(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static Long getLong(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }
}
