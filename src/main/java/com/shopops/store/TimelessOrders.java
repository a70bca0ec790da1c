package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders stored with no order time at all: neither created, paid, shipped nor delivered (a generic
 * file of only {@code order_id,amount}, which SPEC §3 accepts: only the ids are required). They
 * fall in no day, week or month, start no ship-by clock, open no return window and give no buyer a
 * recency; every report that leaves them out says how many (generic25). The paid time is tested
 * first: {@code orders_paid_at} finds the unpaid orders, the rest are read only for those.
 */
public final class TimelessOrders {
  private TimelessOrders() {}

  /** How many there are and the first few ids, by id. */
  public record Found(long count, List<String> firstIds) {
    public Found {
      firstIds = List.copyOf(firstIds);
    }

    public boolean none() {
      return count == 0;
    }
  }

  /** How many ids {@link Found#firstIds} names. */
  public static final int NAMED = 3;

  private static final String TIMELESS =
      "o.paid_at IS NULL AND o.created_at IS NULL AND o.shipped_at IS NULL"
          + " AND o.delivered_at IS NULL";

  /**
   * How many of {@code ids} the store holds with no order time (an import's orders as they end up:
   * one whose time an earlier import gave is not counted, clarity25b).
   */
  static long among(java.sql.Connection conn, java.util.Collection<String> ids)
      throws SQLException {
    long[] count = {0};
    IdParts.each(
        conn,
        List.copyOf(ids),
        marks ->
            "SELECT count(*) FROM orders o WHERE "
                + TIMELESS
                + " AND o.order_id IN ("
                + marks
                + ")",
        (ps, next) -> {
          try (ResultSet rs = ps.executeQuery()) {
            count[0] += rs.next() ? rs.getLong(1) : 0;
          }
        });
    return count[0];
  }

  /** The store's. */
  public static Found of(Store store) throws SQLException {
    return found(store, "", null);
  }

  /** One customer's. */
  public static Found ofCustomer(Store store, String customerId) throws SQLException {
    return found(store, " AND o.customer_id = ?", customerId);
  }

  private static Found found(Store store, String and, String customerId) throws SQLException {
    long count;
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement("SELECT count(*) FROM orders o WHERE " + TIMELESS + and)) {
      if (customerId != null) {
        ps.setString(1, customerId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        count = rs.next() ? rs.getLong(1) : 0;
      }
    }
    List<String> ids = new ArrayList<>();
    if (count == 0) {
      return new Found(0, ids);
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT o.order_id FROM orders o WHERE "
                    + TIMELESS
                    + and
                    + " ORDER BY o.order_id LIMIT "
                    + NAMED)) {
      if (customerId != null) {
        ps.setString(1, customerId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return new Found(count, ids);
  }
}
