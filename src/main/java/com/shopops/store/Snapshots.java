package com.shopops.store;

import com.shopops.domain.order.OrderStatus;

/**
 * Which of two snapshots of one order is the newer: the higher status rank, or at equal rank the
 * later of their latest times (a tie goes to the one being imported). The newer snapshot's values
 * win field by field, the older one only fills blanks: so any set of exports imported in any order
 * gives the same store. The one rule, in SQL for the upsert and in Java for the line items.
 */
final class Snapshots {
  private Snapshots() {}

  static final String[] TIMES = {
    "created_at", "paid_at", "shipped_at", "delivered_at", "completed_at", "cancelled_at"
  };

  private static final String RANK = OrderStatusSql.rank("%s.status");

  /** The latest of a row's times, 0 when it has none (an SQL expression over {@code table}). */
  static String latest(Dialect dialect, String table) {
    StringBuilder sb = new StringBuilder(dialect.greatest()).append('0');
    for (String t : TIMES) {
      sb.append(", coalesce(").append(table).append('.').append(t).append(", 0)");
    }
    return sb.append(')').toString();
  }

  /** Whether the row {@code excluded} is at least as new as the stored row {@code orders}. */
  static String newerSql(Dialect dialect) {
    String re = "(" + RANK.formatted("excluded") + ")";
    String ro = "(" + RANK.formatted("orders") + ")";
    return "("
        + re
        + " > "
        + ro
        + " OR ("
        + re
        + " = "
        + ro
        + " AND "
        + latest(dialect, "excluded")
        + " >= "
        + latest(dialect, "orders")
        + "))";
  }

  /** The rank of a stored status code, -1 for none. */
  static int rank(String code) {
    return code == null ? -1 : OrderStatus.parse(code).map(OrderStatus::rank).orElse(-1);
  }

  /** Whether a snapshot (rank, latest time) is at least as new as the stored one. */
  static boolean newer(int rank, long latest, int storedRank, long storedLatest) {
    return rank > storedRank || (rank == storedRank && latest >= storedLatest);
  }
}
