package com.shopops.store;

import com.shopops.domain.order.Platform;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The marketplace of an order ({@link Platform}: told by the preset it came from, {@code
 * orders.source}) in SQL, spelled from the presets {@link Platform} names.
 */
final class PlatformSql {
  private PlatformSql() {}

  /** {@code o.source IN ('jd-orders')}: the rows of these presets (constants). */
  static String in(String column, List<String> presets) {
    return column
        + " IN ("
        + presets.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * {@code CASE WHEN o.source IN ('taobao-orders', …) THEN 0 WHEN … END}: the {@link
   * Platform#ordinal()} of the order whose source is {@code column}, NULL for an order of no
   * marketplace (read back with {@link #of(int)}).
   */
  static String ordinal(String column) {
    StringBuilder sql = new StringBuilder("CASE");
    for (Platform p : Platform.values()) {
      sql.append(" WHEN ").append(in(column, p.presets())).append(" THEN ").append(p.ordinal());
    }
    return sql.append(" END").toString();
  }

  /** The marketplace {@link #ordinal} read back; {@code wasNull}: none. */
  static Platform of(int ordinal, boolean wasNull) {
    return wasNull ? null : Platform.values()[ordinal];
  }
}
