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
 *
 * <p>Two cases, each with its own advice (tryout29a A5): lines from an items file exported after
 * the order list whose goods the store holds (a 宝贝报表 newer than its 订单报表, a generic items file
 * after its orders file) — the order list exported with that items file puts the goods right; and
 * the rest (exports merged by an older shopops, an export at odds with itself).
 */
public final class LinesNotGoods {
  private LinesNotGoods() {}

  /**
   * What {@code check} found: {@code newer}, the orders whose lines came from an items file
   * exported after their order list, the first one's items file ({@code itemsFile}, as recorded)
   * and its export time ({@code itemsExported}, epoch seconds); {@code other}, the rest.
   */
  public record Found(
      TimelessOrders.Found newer,
      String itemsFile,
      Long itemsExported,
      TimelessOrders.Found other) {
    public boolean none() {
      return newer.none() && other.none();
    }

    public static final Found NONE =
        new Found(
            new TimelessOrders.Found(0, List.of()),
            null,
            null,
            new TimelessOrders.Found(0, List.of()));
  }

  private static final String OFF =
      "SELECT o.order_id, CASE WHEN o.exported_at IS NOT NULL AND max(l.exported_at) >"
          + " o.exported_at THEN 1 ELSE 0 END, max(l.import_id), max(l.exported_at)"
          + " FROM orders o JOIN order_lines l ON l.order_id = o.order_id"
          + " WHERE o.amount IS NOT NULL GROUP BY o.order_id, o.amount, o.exported_at"
          + " HAVING count(l.amount) = count(*) AND sum(l.amount) <> o.amount";

  /**
   * How many the store holds of each case and the first {@link TimelessOrders#NAMED} ids, by id.
   */
  public static Found of(Store store) throws SQLException {
    long[] count = new long[2];
    List<List<String>> ids = List.of(new ArrayList<>(), new ArrayList<>());
    long itemsImport = -1;
    Long itemsExported = null;
    try (PreparedStatement ps = store.connection().prepareStatement(OFF + " ORDER BY o.order_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int newer = rs.getInt(2) == 1 ? 0 : 1;
        if (newer == 0 && itemsImport < 0) {
          itemsImport = rs.getLong(3);
          itemsExported = rs.getLong(4);
        }
        if (count[newer]++ < TimelessOrders.NAMED) {
          ids.get(newer).add(rs.getString(1));
        }
      }
    }
    String file = null;
    if (itemsImport >= 0) {
      try (PreparedStatement ps =
          store.connection().prepareStatement("SELECT file FROM imports WHERE import_id = ?")) {
        ps.setLong(1, itemsImport);
        try (ResultSet rs = ps.executeQuery()) {
          file = rs.next() ? rs.getString(1) : null;
        }
      }
    }
    return new Found(
        new TimelessOrders.Found(count[0], ids.get(0)),
        file,
        itemsExported,
        new TimelessOrders.Found(count[1], ids.get(1)));
  }
}
