package com.shopops.store;

import com.shopops.domain.metrics.DailyCounts;
import com.shopops.domain.metrics.OnTimeShipping;
import com.shopops.domain.sla.ShippingPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shipped and delivered orders of a period, for the on-time ship rate, the ship-time median, the
 * on-time delivery rate and the units delivered (the return rate's denominator). When an order
 * shipped and was delivered is {@link Fulfilment}'s answer.
 */
public final class ShippingFigures {
  private final Connection conn;
  private final ZoneId zone;

  public ShippingFigures(Store store) {
    this.conn = store.connection();
    this.zone = store.zone();
  }

  /** Orders with their paid, shipped and delivered times ({@link Fulfilment}). */
  private static final String SHIPPED =
      """
      SELECT o.order_id, o.paid_at, %s AS shipped_at, %s AS delivered_at
      FROM %s
      """
          .formatted(Fulfilment.SHIPPED_AT, Fulfilment.DELIVERED_AT, Fulfilment.FROM);

  /** Whether any order has a ship time (else the ship figures are "not computed"). */
  public boolean hasShippedOrders() throws SQLException {
    return DayCounts.anyRow(
        conn, "SELECT 1 FROM (" + SHIPPED + ") AS f WHERE shipped_at IS NOT NULL LIMIT 1");
  }

  /**
   * Per local day of shipping in [from, to): orders shipped (with a paid time), of which by their
   * ship-by deadline under {@code policy} ({@link OnTimeShipping}, the rule of {@code sla}).
   *
   * <p>Orders shipped within {@link OnTimeShipping#surelyOnTimeWithin} of payment are on time
   * whatever else holds, so SQL counts them; the domain rule decides each of the others (on a busy
   * store a few late ones), which keeps a year of orders one scan.
   */
  public DailyCounts shippedByDay(Instant from, Instant to, ShippingPolicy policy)
      throws SQLException {
    long sure = OnTimeShipping.surelyOnTimeWithin(policy).getSeconds();
    String day = DayCounts.dayKey(zone, "shipped_at", from, to);
    DailyCounts counted =
        DayCounts.byDay(
            conn,
            "SELECT "
                + day
                + " AS d, count(*),"
                + " "
                + Dialect.of(conn).countIf("shipped_at - paid_at <= " + sure)
                + " FROM ("
                + SHIPPED
                + ") AS f"
                + " WHERE shipped_at >= ? AND shipped_at < ? AND paid_at IS NOT NULL GROUP BY d",
            2,
            from,
            to);
    Map<LocalDate, long[]> out = new HashMap<>();
    counted.byDay().forEach((d, v) -> out.put(d, v.clone()));
    String sql =
        "SELECT "
            + DayCounts.dayKey(zone, Fulfilment.SHIPPED_AT, from, to)
            + ","
            + " o.paid_at, "
            + Fulfilment.SHIPPED_AT
            + ", s.promised_ship_date, "
            + Fulfilment.CARRIER
            + ", o.province FROM "
            + Fulfilment.FROM
            + " WHERE "
            + Fulfilment.SHIPPED_AT
            + " >= ? AND "
            + Fulfilment.SHIPPED_AT
            + " < ?"
            + " AND o.paid_at IS NOT NULL AND "
            + Fulfilment.SHIPPED_AT
            + " - o.paid_at > "
            + sure;
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String presale = rs.getString(4);
          boolean onTime =
              OnTimeShipping.onTime(
                  policy,
                  Instant.ofEpochSecond(rs.getLong(2)),
                  Instant.ofEpochSecond(rs.getLong(3)),
                  presale == null || presale.isBlank() ? null : LocalDate.parse(presale),
                  rs.getString(5),
                  rs.getString(6));
          if (onTime) {
            out.get(LocalDate.ofEpochDay(rs.getLong(1)))[1]++;
          }
        }
      }
    }
    return new DailyCounts(2, out);
  }

  /** Seconds from payment to shipping of the orders shipped in [from, to), for the median. */
  public List<Long> shipSeconds(Instant from, Instant to) throws SQLException {
    return DayCounts.longs(
        conn,
        "SELECT shipped_at - paid_at FROM ("
            + SHIPPED
            + ") AS f"
            + " WHERE shipped_at >= ? AND shipped_at < ? AND paid_at IS NOT NULL"
            + " AND shipped_at >= paid_at",
        from,
        to);
  }

  /**
   * Deliveries in [from, to) with a promised date (shipments.estimated_delivery_at): {delivered, on
   * time}.
   */
  public long[] deliveries(Instant from, Instant to) throws SQLException {
    return DayCounts.counts(
        conn,
        "SELECT count(*), coalesce("
            + Dialect.of(conn).countIf("delivered_at <= estimated_delivery_at")
            + ", 0)"
            + " FROM shipments WHERE delivered_at >= ? AND delivered_at < ?"
            + " AND estimated_delivery_at IS NOT NULL",
        2,
        from,
        to);
  }
}
