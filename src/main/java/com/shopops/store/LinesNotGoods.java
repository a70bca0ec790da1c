package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders whose line items (every line with an amount) do not add up to their goods amount: two
 * exports of one order merged by an older shopops (tryout28b B1: 1 × 80.00 and 2 × 40.00 kept side
 * by side), an export whose lines do not come to its subtotal, a line-items file that no longer
 * fits the goods an orders export stated. Returns are checked against the lines, sales against the
 * goods: {@code check} lists them, not a fault (the shop may have one of the two wrong). The goods
 * amount is before the order's discount (V041), as the lines are.
 */
public final class LinesNotGoods {
  private LinesNotGoods() {}

  private static final String OFF =
      "SELECT o.order_id FROM orders o JOIN order_lines l ON l.order_id = o.order_id"
          + " WHERE o.amount IS NOT NULL GROUP BY o.order_id, o.amount"
          + " HAVING count(l.amount) = count(*) AND sum(l.amount) <> o.amount";

  /** How many the store holds and the first {@link TimelessOrders#NAMED} ids, by id. */
  public static TimelessOrders.Found of(Store store) throws SQLException {
    long count = 0;
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(OFF + " ORDER BY o.order_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (count++ < TimelessOrders.NAMED) {
          ids.add(rs.getString(1));
        }
      }
    }
    return new TimelessOrders.Found(count, ids);
  }
}
