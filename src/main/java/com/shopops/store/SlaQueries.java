package com.shopops.store;

import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.sla.OrderShipment;
import com.shopops.domain.sla.ShipClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams orders with their shipping facts for the SLA rules, one row at a time (a million orders
 * never sit in memory as objects).
 *
 * <p>How the two sources combine: an order export may carry shipped/delivered times, carrier and
 * tracking number (orders table); a shipment record ({@code import shipments}) may carry the same
 * and more. Field by field, the shipment record's value wins when it has one, else the order's —
 * the carrier's scan is the better evidence of 出库 (Taobao 争议处理规则 Art.25). Estimated delivery and
 * presale promised ship date come only from shipment records.
 *
 * <p>Status: an order cancelled or refunded with no shipped/delivered time was cancelled before
 * shipping (out of scope), and so was one refunded in full by money (ReturnFigures#fullyRefunded,
 * as of the refund: tryout20 Y3); an order held pending (等待买家付款) with a paid time, or a presale
 * with a deposit time and no paid time (StagedPayment), has only a presale deposit (定金) paid and is
 * not on the clock (review20 X6); an order the export says is shipped, delivered or completed but
 * without any time has shipped at an unknown time (Taobao/JD order reports have no 发货时间).
 */
public final class SlaQueries {
  private final Connection conn;
  private final boolean inferPaidAt;
  private long inferred;

  public SlaQueries(Store store) {
    this(store, false);
  }

  /**
   * With {@code inferPaidAt}, a paid time inferred from the order's status (none in the export)
   * starts the ship-by clock; without, such an order is read as not paid (the default).
   */
  public SlaQueries(Store store, boolean inferPaidAt) {
    this(store.connection(), inferPaidAt);
  }

  SlaQueries(Connection conn, boolean inferPaidAt) {
    this.conn = conn;
    this.inferPaidAt = inferPaidAt;
    this.names = Dialect.of(conn) == Dialect.SQLITE ? new java.util.HashMap<>() : null;
  }

  /**
   * The carrier and province names read so far by their UTF-8 bytes (SQLite): a store has a few
   * dozen of them, and decoding the same Chinese name into a new string for every order read was a
   * sixth of the SLA figures' pass over all orders at the end of a first load (JFR, 100,000
   * orders). Null on PostgreSQL, whose driver decodes as it reads.
   */
  private final java.util.Map<java.nio.ByteBuffer, String> names;

  /** A carrier or province column: each distinct name decoded once (see {@link #names}). */
  private String name(ResultSet rs, int col) throws SQLException {
    if (names == null) {
      return rs.getString(col);
    }
    byte[] utf8 = rs.getBytes(col);
    if (utf8 == null) {
      return null;
    }
    java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(utf8);
    String name = names.get(key);
    if (name == null) {
      name = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
      if (names.size() < 4096) { // a store of many names (a typo per row) stays within bounds
        names.put(key, name);
      }
    }
    return name;
  }

  /**
   * How many orders read so far have an inferred paid time (used or not), cash-on-delivery orders
   * timed from their order time left out.
   */
  public long inferredPaidTimes() {
    return inferred;
  }

  /**
   * One order (or one order × SKU) read for the SLA; what a {@link Read} leaves out is null ({@code
   * createdAt} is always there when the shipment has no paid time). {@code clockFromOrderTime}: a
   * cash-on-delivery order whose clock starts at its order time ({@link ShipClock#fromOrderTime}),
   * which the shipment's paid time then is. {@code inferredPaid}: the order's paid time was
   * inferred (used or not), but for such a cash-on-delivery order ({@link #inferredPaidTimes}).
   * {@code periodAt}: the instant a period holds the order by ({@link #CLOCK}: an inferred paid
   * time not used by the clock still places it); null for an order without any time.
   */
  public record SlaRow(
      OrderShipment shipment,
      String customerId,
      String status,
      Instant createdAt,
      String sku,
      boolean clockFromOrderTime,
      boolean inferredPaid,
      Instant periodAt) {}

  /** Receives rows as they are read. */
  @FunctionalInterface
  public interface Sink {
    void accept(SlaRow row);
  }

  /** The order's marketplace, by the preset it came from ({@link PlatformSql#ordinal}). */
  private static final String PLATFORM_OF_SOURCE = PlatformSql.ordinal("o.source");

  private static final String SELECT = select(Read.ALL, false);

  /**
   * The columns of a row, those {@code read} leaves out as NULL in their place: a million orders'
   * ids, carriers and provinces sent as text and never read were most of what the PostgreSQL server
   * sent for {@code sla report}.
   */
  private static String select(Read read, boolean perSku) {
    boolean place = read != Read.TIME_FIGURES;
    return "SELECT "
        + (read.ids() || perSku ? "o.order_id" : "NULL")
        + ", "
        + (read == Read.ALL ? "o.customer_id" : "NULL")
        + ", o.created_at, o.paid_at, "
        // the kept figures read the status as a small integer (a text cell costs the driver more)
        + (read == Read.KEPT_FIGURES ? OrderStatusSql.ordinal("o.status") : "o.status")
        + ", "
        + (place ? "o.province" : "NULL")
        + ", "
        + Fulfilment.SHIPPED_AT
        + " AS shipped_at, "
        + Fulfilment.DELIVERED_AT
        + " AS delivered_at, "
        + Fulfilment.CARRIER
        + " AS carrier, "
        + "s.estimated_delivery_at, s.promised_ship_date, o.paid_at_inferred, o.cash_on_delivery, "
        + PLATFORM_OF_SOURCE
        // 2: a presale with only its deposit paid (no paid time: StagedPayment, tryout21 Z2)
        + " AS platform, CASE WHEN o.order_type = 'presale' THEN (CASE WHEN o.deposited_at"
        + " IS NOT NULL AND o.paid_at IS NULL THEN 2 ELSE 1 END) ELSE 0 END AS presale,"
        // not shipped: no shipped time, no delivered time, no tracking number. The same test is
        // written in V040__sla_refund_marks_unshipped.sql (both dialects), whose triggers mark only
        // the orders a refund can move (SQL cannot call this): change one, change the other (in a
        // new migration; a landed one is never edited)
        + " CASE WHEN "
        + Fulfilment.SHIPPED_AT
        + " IS NULL AND "
        + Fulfilment.DELIVERED_AT
        + " IS NULL AND "
        + Fulfilment.TRACKING_NO
        + " IS NULL THEN " // a tracking number: shipped (tryout21 Z10)
        + ReturnFigures.refundedInFullAt()
        + " END AS refunded_in_full_at";
  }

  /**
   * Every order whose paid time (created time when unpaid) falls in {@code [from, to)}; null ends
   * are open. With {@code perSku}, one row per distinct SKU of the order (an order without lines
   * gives one row with a null SKU).
   */
  public void inPeriod(Instant from, Instant to, boolean perSku, Sink sink) throws SQLException {
    inPeriod(from, to, perSku, Read.ALL, sink);
  }

  /**
   * What a reader needs of each order besides the facts the SLA rules classify it by (times,
   * status, presale date): reading a text cell through the driver costs more than the rules do, so
   * figures leave out what they never show.
   */
  public enum Read {
    /** Everything: order and customer ids, carrier and province (listings). */
    ALL,
    /**
     * Order ids, carrier and province, no customer ids ({@code sla report}); created time only
     * where the clock needs it (no paid time).
     */
    FIGURES,
    /**
     * Neither ids (the order id reads as {@link #NO_ID}) nor province, for figures grouped by time
     * under rules with no carrier or province override; the carrier is read (a JD order sent by
     * another carrier than JD's own has no 211 promise).
     */
    TIME_FIGURES,
    /**
     * Carrier and province, no ids (the order id reads as {@link #NO_ID}): the kept SLA figures
     * ({@link SlaFigureUpkeep}), which classify every order of a store on its first load and never
     * show an id. The status is read as its ordinal ({@link OrderStatusSql#ordinal}): {@link
     * SlaRow#status()} is then its code, null for a code that is none of ours.
     */
    KEPT_FIGURES;

    /** The order id of a row read without ids. */
    public static final String NO_ID = "";

    /** Whether the order id is read. */
    boolean ids() {
      return this == ALL || this == FIGURES;
    }
  }

  /**
   * As {@link #inPeriod(Instant, Instant, boolean, Sink)}, reading only what {@code read} says;
   * {@link SlaRow#createdAt()} is then read only for rows without a paid time (the clock).
   */
  public void inPeriod(Instant from, Instant to, boolean perSku, Read read, Sink sink)
      throws SQLException {
    StringBuilder sql = new StringBuilder(select(read, perSku));
    sql.append(perSku ? ", l.sku AS sku" : ", NULL AS sku");
    sql.append(" FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id");
    if (perSku) {
      sql.append(" LEFT JOIN order_lines l ON l.order_id = o.order_id");
    }
    sql.append(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (from != null) {
      sql.append(" AND " + CLOCK_OR_CREATED + " >= ?");
      args.add(from.getEpochSecond());
    }
    if (to != null) {
      sql.append(" AND " + CLOCK_OR_CREATED + " < ?");
      args.add(to.getEpochSecond());
    }
    Cursors.read(conn, () -> read(sql.toString(), args, perSku, read, sink));
  }

  /**
   * Every order whose clock ({@link #CLOCK}) falls in one of the spans {@code [from, to)} given as
   * epoch seconds in pairs ({@code bounds[2i]}, {@code bounds[2i + 1]}), in one pass: the days the
   * kept SLA figures classify again after a write.
   */
  void inSpans(long[] bounds, Read read, Sink sink) throws SQLException {
    StringBuilder sql = new StringBuilder(select(read, false));
    sql.append(", NULL AS sku FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id");
    sql.append(" WHERE ");
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      sql.append(i == 0 ? "(" : " OR (")
          .append(CLOCK_OR_CREATED)
          .append(" >= ? AND ")
          .append(CLOCK_OR_CREATED)
          .append(" < ?)");
      args.add(bounds[i]);
      args.add(bounds[i + 1]);
    }
    Cursors.read(conn, () -> read(sql.toString(), args, false, read, sink));
  }

  /** Receives a row read with its order's id ({@link #ofOrders}). */
  @FunctionalInterface
  interface IdSink {
    void accept(String orderId, SlaRow row);
  }

  /**
   * The orders of these ids, each row as {@link Read#KEPT_FIGURES} reads it, handed over with its
   * order id: the orders a shipments import writes, classified before and after for the kept SLA
   * figures' deltas ({@link SlaFigureUpkeep}).
   */
  void ofOrders(List<String> ids, IdSink sink) throws SQLException {
    IdParts.each(
        conn,
        ids,
        marks ->
            select(Read.KEPT_FIGURES, true) // perSku: the order id read in its column
                + ", NULL AS sku FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id"
                + " WHERE o.order_id IN ("
                + marks
                + ")",
        (ps, next) -> {
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              sink.accept(rs.getString(ORDER_ID), row(rs, null, Read.KEPT_FIGURES));
            }
          }
        });
  }

  /** Every order without a clock (no paid or created time): those no period holds. */
  void withoutClock(Read read, Sink sink) throws SQLException {
    String sql =
        select(read, false)
            + ", NULL AS sku FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id"
            + " WHERE "
            + CLOCK_OR_CREATED
            + " IS NULL";
    Cursors.read(conn, () -> read(sql, List.of(), false, read, sink));
  }

  /**
   * The SQL of the instant an order counts in a period by ({@link #inPeriod}), of the orders row
   * {@code o}.
   */
  static final String CLOCK =
      "coalesce(CASE WHEN o.cash_on_delivery = 1 THEN o.created_at END, o.paid_at, o.created_at)";

  /**
   * When an order counts in a period: its clock's start ({@link ShipClock}: a cash-on-delivery
   * order's created time, else its paid time), else its created time.
   */
  private static final String CLOCK_OR_CREATED = CLOCK;

  private void read(String sql, List<Object> args, boolean perSku, Read read, Sink sink)
      throws SQLException {
    String lastOrder = null;
    List<String> skus = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      ps.setFetchSize(Cursors.FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String sku = null;
          if (perSku) {
            String id = rs.getString(ORDER_ID);
            sku = rs.getString(SKU);
            // an order's line rows come together (orders is the outer loop of the LEFT JOIN)
            if (!id.equals(lastOrder)) {
              lastOrder = id;
              skus.clear();
            } else if (skus.contains(sku)) {
              continue;
            }
            skus.add(sku);
            if (skus.size() > 1) {
              sink.accept(row(rs, sku, read));
              continue;
            }
          }
          SlaRow row = row(rs, sku, read);
          countInferred(rs, row);
          sink.accept(row);
        }
      }
    }
  }

  // The first branch's first three conditions repeat the WHERE of orders_unshipped (V002) word for
  // word, so SQLite reads only that small index for the orders the exports show unshipped. The
  // status list is generated from OrderStatus ('pending', 'paid'); a test checks it still reads as
  // the index does. The status counts only where no time is known (an order marked shipped without
  // a time has shipped at an unknown time, one closed without a time never shipped): the second
  // branch adds, whatever their status, the orders with a recorded ship/delivery time
  // (Fulfilment's) all after the clock — unshipped as of then, as inPeriod's rows classify them.
  // Such an order has a time after the clock in one of the four columns, so its candidates are read
  // through the indexes on those (orders_shipped, shipments_shipped: V022; orders_delivered,
  // shipments_delivered: V018) instead of joining every order to its shipment record (0.8 s on a
  // million orders); the conditions on Fulfilment's times then keep exactly the orders they kept.
  // The third branch adds the orders without a paid time that may be cash on delivery (the export
  // says so, or the fallback: status paid, no paid time; ShipClock decides) and are not shipped:
  // their clock starts at their order time; its first four conditions repeat the WHERE of
  // orders_unshipped_cod (V023) word for word. Positions order the compound (4 = paid_at, 1 =
  // order_id), which both SQLite and PostgreSQL accept.
  static final String UNSHIPPED =
      SELECT
          + """
          , NULL AS sku
          FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
          WHERE %2$s AND o.shipped_at IS NULL AND o.delivered_at IS NULL
            AND (o.status IS NULL OR o.status IN (%s))
            AND (s.shipped_at IS NULL OR s.shipped_at > ?)
            AND (s.delivered_at IS NULL OR s.delivered_at > ?)
          UNION
          """
              .formatted(OrderStatusSql.codes(OrderStatus::isBeforeShipping), Purchases.of("o"))
          + SELECT
          + """
          , NULL AS sku
          FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
          WHERE o.order_id IN (SELECT order_id FROM orders WHERE shipped_at > ?
              UNION SELECT order_id FROM shipments WHERE shipped_at > ?
              UNION SELECT order_id FROM orders WHERE delivered_at > ?
              UNION SELECT order_id FROM shipments WHERE delivered_at > ?)
            AND (%3$s OR %4$s)
            AND coalesce(%1$s, %2$s) IS NOT NULL
            AND (%1$s IS NULL OR %1$s > ?) AND (%2$s IS NULL OR %2$s > ?)
          UNION
          """
              .formatted(
                  Fulfilment.SHIPPED_AT,
                  Fulfilment.DELIVERED_AT,
                  Purchases.of("o"),
                  ShipClockSql.mayBeCashOnDelivery("o"))
          + SELECT
          + """
          , NULL AS sku
          FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
          WHERE o.paid_at IS NULL AND o.shipped_at IS NULL AND o.delivered_at IS NULL
            AND %2$s
            AND (o.status IS NULL OR o.status IN (%1$s))
            AND (s.shipped_at IS NULL OR s.shipped_at > ?)
            AND (s.delivered_at IS NULL OR s.delivered_at > ?)
          ORDER BY 4, 1
          """
              .formatted(
                  OrderStatusSql.codes(OrderStatus::isBeforeShipping),
                  ShipClockSql.mayBeCashOnDelivery("o"));

  /**
   * The paid orders not shipped as of {@code asOf}: what the order exports do not show as shipped
   * (through the partial index {@code orders_unshipped}), less those a shipment record shows
   * shipped or delivered by {@code asOf}, and those whose every recorded ship/delivery time is
   * after {@code asOf} (not shipped yet then, whatever their status says now). Oldest payment
   * first.
   */
  public void unshipped(Instant asOf, Sink sink) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(UNSHIPPED)) {
      for (int i = 1; i <= 10; i++) { // every ? is the clock
        ps.setLong(i, asOf.getEpochSecond());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SlaRow row = row(rs, null, Read.ALL);
          countInferred(rs, row);
          sink.accept(row);
        }
      }
    }
  }

  // column positions in SELECT (reading by position spares a name lookup per cell)
  private static final int ORDER_ID = 1;
  private static final int CUSTOMER_ID = 2;
  private static final int CREATED_AT = 3;
  private static final int PAID_AT = 4;
  private static final int STATUS = 5;
  private static final int PROVINCE = 6;
  private static final int SHIPPED_AT = 7;
  private static final int DELIVERED_AT = 8;
  private static final int CARRIER = 9;
  private static final int ESTIMATED = 10;
  private static final int PROMISED = 11;
  private static final int PAID_INFERRED = 12;
  private static final int COD = 13;
  private static final int PLATFORM = 14;
  private static final int PRESALE = 15;
  private static final int REFUNDED_IN_FULL_AT = 16;
  private static final int SKU = 17;

  private SlaRow row(ResultSet rs, String sku, Read read) throws SQLException {
    String status;
    OrderStatus known;
    if (read == Read.KEPT_FIGURES) { // the status's ordinal; its code (an unknown one: null)
      int ordinal = rs.getInt(STATUS);
      known = OrderStatusSql.ofOrdinal(ordinal, rs.wasNull());
      status = known == null ? null : known.code();
    } else {
      status = rs.getString(STATUS);
      known = OrderStatus.ofCode(status);
    }
    Instant shipped = instant(rs, SHIPPED_AT);
    Instant delivered = instant(rs, DELIVERED_AT);
    boolean noTimes = shipped == null && delivered == null;
    boolean closed = known != null && known.isClosed();
    boolean shippedByStatus = known != null && known.hasShipped();
    String promised = rs.getString(PROMISED);
    Instant stored = instant(rs, PAID_AT);
    Instant paid = stored;
    if (paid != null && rs.getInt(PAID_INFERRED) == 1 && !inferPaidAt) {
      paid = null; // the clock does not start from an inferred time unless configured
    }
    long codMark = rs.getLong(COD);
    Boolean stated = rs.wasNull() ? null : codMark == 1;
    Instant created = instant(rs, CREATED_AT);
    // the clock's start (a cash-on-delivery order's order time), what the SLA rules call paid
    boolean fromOrderTime =
        ShipClock.fromOrderTime(created, ShipClock.cashOnDelivery(stated, known, stored));
    paid = ShipClock.start(paid, created, fromOrderTime);
    int platform = rs.getInt(PLATFORM);
    boolean noPlatform = rs.wasNull();
    boolean place = read != Read.TIME_FIGURES;
    long refundedMark = rs.getLong(REFUNDED_IN_FULL_AT); // NULL: not refunded in full unshipped
    boolean refundedInFull = !rs.wasNull();
    int presale = rs.getInt(PRESALE);
    OrderShipment s =
        new OrderShipment(
            read.ids() ? rs.getString(ORDER_ID) : Read.NO_ID,
            paid,
            promised == null ? null : LocalDate.parse(promised),
            shipped,
            delivered,
            instant(rs, ESTIMATED),
            name(rs, CARRIER), // a JD order's promise depends on it (review19 V2)
            place ? name(rs, PROVINCE) : null,
            closed && noTimes,
            shippedByStatus && noTimes,
            PlatformSql.of(platform, noPlatform),
            presale > 0,
            refundedInFull,
            refundedInFull && refundedMark > 0 ? Instant.ofEpochSecond(refundedMark) : null,
            // a paid time on an order held unpaid: a presale deposit (定金), the balance (尾款) unpaid
            known == OrderStatus.PENDING && (presale == 2 || stored != null && !fromOrderTime));
    return new SlaRow(
        s,
        read == Read.ALL ? rs.getString(CUSTOMER_ID) : null,
        status,
        read == Read.ALL || paid == null ? created : null,
        sku,
        fromOrderTime,
        rs.getInt(PAID_INFERRED) == 1 && !fromOrderTime,
        Boolean.TRUE.equals(stated) && created != null
            ? created
            : stored != null ? stored : created);
  }

  /**
   * Counts an order with an inferred paid time, but for a cash-on-delivery order timed from its
   * order time (its paid time, inferred from its delivery, plays no part in its clock).
   */
  private void countInferred(ResultSet rs, SlaRow row) {
    if (row.inferredPaid()) {
      inferred++;
    }
  }

  private static Instant instant(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : Instant.ofEpochSecond(v);
  }
}
