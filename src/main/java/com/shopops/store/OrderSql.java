package com.shopops.store;

import java.util.StringJoiner;

/**
 * The multi-row statements of the order writer. What is the same for every row (the source, the
 * import id) is written into the statement, not bound per row: the cost of a bulk load is per bound
 * value.
 */
final class OrderSql {
  private OrderSql() {}

  /** One row's placeholders: {@code ?} for a bound column, NULL for the others. */
  private static String placeholders(int columns, int bound, String constants) {
    StringJoiner row = new StringJoiner(",", "(", constants + ")");
    for (int c = 0; c < columns; c++) {
      row.add((bound & (1 << c)) != 0 ? "?" : "NULL");
    }
    return row.toString();
  }

  static String lines(int rows, int bound, long importId) {
    StringBuilder sb =
        new StringBuilder(
            "INSERT INTO order_lines (order_id, line_no, sku, title, quantity, unit_price, amount,"
                + " import_id) VALUES ");
    // the import id is the same for every row: written into the statement, not bound per row
    String one = placeholders(OrderBatch.LINE_COLUMNS.length, bound, "," + importId);
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    return sb.append(LINES_CONFLICT).toString();
  }

  /** What an imported line does to a stored line of the same order and number: replaces it. */
  static final String LINES_CONFLICT =
      " ON CONFLICT (order_id, line_no) DO UPDATE SET sku = excluded.sku,"
          + " title = excluded.title, quantity = excluded.quantity,"
          + " unit_price = excluded.unit_price, amount = excluded.amount,"
          + " import_id = excluded.import_id";

  static String upsert(Dialect dialect, int rows, int bound, String source, long importId) {
    StringBuilder sb = new StringBuilder("INSERT INTO orders (");
    sb.append(String.join(", ", OrderBatch.COLUMNS)).append(") VALUES ");
    // source and import id are the same for every row: written into the statement (the cost of
    // a bulk load is per bound value)
    String one =
        placeholders(
            OrderBatch.ORDER_BOUND, bound, ",'" + source.replace("'", "''") + "'," + importId);
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    return sb.append(conflict(dialect)).toString();
  }

  /**
   * What an imported order does to the stored one ({@code orders}) of the same id: the merge rules
   * below, and an update only when something changed (so that unchanged orders count as such).
   */
  static String conflict(Dialect dialect) {
    StringBuilder sb = new StringBuilder(" ON CONFLICT (order_id) DO UPDATE SET ");
    StringJoiner set = new StringJoiner(", ");
    StringJoiner changed = new StringJoiner(" OR ");
    for (String c : OrderBatch.COLUMNS) {
      if (c.equals("order_id") || c.equals("import_id")) {
        continue;
      }
      String merged = merge(dialect, c);
      set.add(c + " = " + merged);
      if (c.equals("total")) {
        // what the buyer paid, stated or derived (OrderMoney): a stated total equal to the goods
        // plus shipping the store holds is no change (its own `orders list` read back, review10 J8)
        changed.add(
            OrderMoney.total("orders.total", "orders.amount", "orders.shipping_fee")
                + " IS DISTINCT FROM "
                + OrderMoney.total(
                    merged, merge(dialect, "amount"), merge(dialect, "shipping_fee")));
      } else if (!c.equals("source")) {
        // the layout that last changed the order: an order re-imported unchanged by another layout
        // (orders, then its items file) keeps its source and is not counted as updated
        changed.add("orders." + c + " IS DISTINCT FROM " + merged);
      }
    }
    set.add("import_id = excluded.import_id");
    return sb.append(set).append(" WHERE ").append(changed).toString();
  }

  /**
   * The value a column takes when an order is imported again: the newer snapshot's value wins, the
   * older one only fills a blank ({@link Snapshots}); a blank never erases a value.
   */
  private static String merge(Dialect dialect, String column) {
    String newer = Snapshots.newerSql(dialect);
    return switch (column) {
      case "source" -> "excluded.source";
      // a paid time read from an export wins over an inferred one, never the other way round;
      // between two of a kind the newer snapshot's wins
      case "paid_at", "paid_at_inferred" ->
          "CASE WHEN excluded.paid_at IS NULL THEN orders."
              + column
              + " WHEN orders.paid_at IS NULL THEN excluded."
              + column
              + " WHEN excluded.paid_at_inferred <> orders.paid_at_inferred THEN (CASE WHEN"
              + " excluded.paid_at_inferred = 0 THEN excluded."
              + column
              + " ELSE orders."
              + column
              + " END) WHEN "
              + newer
              + " THEN excluded."
              + column
              + " ELSE orders."
              + column
              + " END";
      // the platform's wording of the status travels with the status: an older snapshot's wording
      // never stands beside a newer status (Olist "approved" beside "delivered")
      case "platform_status" ->
          "CASE WHEN excluded.status IS NOT DISTINCT FROM orders.status THEN "
              + newerWins(newer, column)
              + " WHEN "
              + newer
              + " THEN excluded.platform_status ELSE orders.platform_status END";
      default -> newerWins(newer, column);
    };
  }

  /** The newer snapshot's value where it has one; the older one only fills a blank. */
  private static String newerWins(String newer, String column) {
    return "CASE WHEN "
        + newer
        + " THEN coalesce(excluded."
        + column
        + ", orders."
        + column
        + ") ELSE coalesce(orders."
        + column
        + ", excluded."
        + column
        + ") END";
  }
}
