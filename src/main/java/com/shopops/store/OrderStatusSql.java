package com.shopops.store;

import com.shopops.domain.order.OrderStatus;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * SQL fragments over the stored order status, generated from {@link OrderStatus} (its codes and
 * ranks): the one source of truth, never a hand copy in a query.
 */
public final class OrderStatusSql {
  private OrderStatusSql() {}

  /**
   * {@code CASE <expr> WHEN 'pending' THEN 0 … ELSE -1 END}: the status's {@link
   * OrderStatus#rank()}, -1 for a code that is none of ours (or null).
   */
  public static String rank(String expr) {
    StringBuilder sql = new StringBuilder("CASE ").append(expr);
    for (OrderStatus s : OrderStatus.values()) {
      sql.append(" WHEN ").append(literal(s)).append(" THEN ").append(s.rank());
    }
    return sql.append(" ELSE -1 END").toString();
  }

  /**
   * {@code CASE <expr> WHEN 'pending' THEN 0 … END}: the status's {@link OrderStatus#ordinal()},
   * NULL for a code that is none of ours (or null), so that {@link #ofOrdinal} reads it back as
   * {@link OrderStatus#ofCode} reads the text: a small integer costs the driver less than a text
   * cell.
   */
  public static String ordinal(String expr) {
    StringBuilder sql = new StringBuilder("CASE ").append(expr);
    for (OrderStatus s : OrderStatus.values()) {
      sql.append(" WHEN ").append(literal(s)).append(" THEN ").append(s.ordinal());
    }
    return sql.append(" END").toString();
  }

  private static final OrderStatus[] BY_ORDINAL = OrderStatus.values();

  /** The status of an {@link #ordinal} cell; null for a NULL one. */
  public static OrderStatus ofOrdinal(int ordinal, boolean isNull) {
    return isNull ? null : BY_ORDINAL[ordinal];
  }

  /** {@code 'pending', 'paid'}: the codes of the statuses {@code which} accepts, in rank order. */
  public static String codes(Predicate<OrderStatus> which) {
    return Arrays.stream(OrderStatus.values())
        .filter(which)
        .map(OrderStatusSql::literal)
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code coalesce(<expr>, '') NOT IN ('cancelled', 'refunded')}: the status is none of those
   * {@code which} accepts (an unknown or missing status passes).
   */
  public static String noneOf(String expr, Predicate<OrderStatus> which) {
    return "coalesce(" + expr + ", '') NOT IN (" + codes(which) + ")";
  }

  /**
   * {@code <expr> IN ('cancelled', 'refunded')}: the status is one of those {@code which} accepts.
   */
  public static String oneOf(String expr, Predicate<OrderStatus> which) {
    return expr + " IN (" + codes(which) + ")";
  }

  /** {@code 'paid'}: a status code as an SQL string literal (codes are plain lower-case words). */
  public static String literal(OrderStatus s) {
    return "'" + s.code() + "'";
  }
}
