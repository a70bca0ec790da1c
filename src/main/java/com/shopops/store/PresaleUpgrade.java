package com.shopops.store;

import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.order.StagedPayment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tmall presales paid in stages that an older shopops (before V042) stored paid in full with their
 * deposit (定金) time as their paid time (tryout22a A2, tryout22b B7). The old store never kept when
 * the balance (尾款) was seen paid; it kept, per order, the import that last wrote it and that
 * export's time. When that import is the store's first of the order's layout (no earlier 订单报表 can
 * have shown the order), it is the first import that saw it paid in full, and the upgrade dates it
 * as today's import does ({@link StagedPayment}: that export's time, else that import's, never
 * after the order's own shipped, received or closed time), the old time kept as its deposit time.
 * Any other stays as stored (no invented date) and the run that upgraded says which, and that its
 * 订单报表 imported again dates it.
 */
public final class PresaleUpgrade {
  private PresaleUpgrade() {}

  /** The migration whose upgrade re-dates them. */
  static final String MIGRATION = "V046__presale_balance_upgraded.sql";

  /**
   * A Tmall presale paid in stages, held paid (or later), with a read paid time and no deposit
   * time: stored so by an older shopops (today's import keeps the deposit time of every such
   * order).
   */
  private static final String STAGED_WITHOUT_DEPOSIT =
      " FROM orders o LEFT JOIN imports i ON i.import_id = o.import_id"
          + " WHERE o.order_type = 'presale' AND o.source = 'taobao-orders'"
          + " AND o.deposited_at IS NULL AND "
          + Purchases.of("o")
          + " AND o.paid_at_inferred = 0"
          + " AND "
          + OrderStatusSql.noneOf("o.status", s -> s == OrderStatus.PENDING);

  /** At the upgrade to {@link #MIGRATION}: the orders the store can date, dated. */
  static void upgrade(Connection conn) throws SQLException {
    String sql =
        "SELECT o.order_id, o.status, o.paid_at, o.exported_at, i.started_at, o.shipped_at,"
            + " o.delivered_at, o.completed_at, o.cancelled_at"
            + STAGED_WITHOUT_DEPOSIT
            + " AND "
            + OrderStatusSql.oneOf(
                "o.status",
                s -> s != OrderStatus.CANCELLED && s != OrderStatus.REFUNDED) // closed: unknown
            + " AND i.import_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM imports e"
            + " WHERE e.kind = 'orders' AND e.preset = o.source AND e.import_id < o.import_id)";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      date(conn, ps);
    }
  }

  /**
   * Dates the orders {@code query} selects (order_id, status, paid_at, the export's time, the
   * import's time, shipped_at, delivered_at, completed_at, cancelled_at) as paid in full when that
   * export was made, their stored paid time kept as their deposit time.
   */
  private static int date(Connection conn, PreparedStatement query) throws SQLException {
    List<Object[]> dated = new ArrayList<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        Instant stated = at(rs, 3);
        Instant later = null;
        for (int c = 6; c <= 9; c++) {
          Instant t = at(rs, c);
          later = t != null && (later == null || t.isBefore(later)) ? t : later;
        }
        StagedPayment.Times times =
            StagedPayment.times(
                StagedPayment.PAID_IN_FULL,
                true,
                OrderStatus.ofCode(rs.getString(2)),
                stated,
                at(rs, 4),
                at(rs, 5),
                later);
        dated.add(
            new Object[] {
              times.paidAt().getEpochSecond(),
              times.depositPaidAt().getEpochSecond(),
              rs.getString(1)
            });
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_at = ?, deposited_at = ? WHERE order_id = ?")) {
      for (Object[] row : dated) {
        ps.setLong(1, (Long) row[0]);
        ps.setLong(2, (Long) row[1]);
        ps.setString(3, (String) row[2]);
        ps.executeUpdate();
      }
    }
    return dated.size();
  }

  /** Whether an upgrade from schema {@code from} is one that dates them. */
  public static boolean datesFrom(int from) {
    return from < Migrations.FILES.indexOf(MIGRATION) + 1;
  }

  /** A stored 订单报表 import that may have shown undated presales paid in full. */
  public record Seen(long importId, String file, String sha256, String encoding, long startedAt) {}

  /**
   * The store's 订单报表 imports, oldest first, up to the last that wrote an undated presale (its file
   * may be read again to see which first showed the balance paid).
   */
  public static List<Seen> imports(Store store) throws SQLException {
    List<Seen> out = new ArrayList<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT import_id, file, sha256, encoding, started_at FROM imports"
                        + " WHERE kind = 'orders' AND preset = 'taobao-orders' AND import_id <="
                        + " (SELECT max(o.import_id)"
                        + STAGED_WITHOUT_DEPOSIT
                        + ") ORDER BY import_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Seen(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
      }
    }
    return out;
  }

  /**
   * Dates undated presale {@code orderId} as first seen paid in full by the file of stored import
   * {@code seen}, made at {@code exportedAt} (null: not known, the import's time): only when that
   * import is not later than the one that last wrote it. Returns whether it was dated.
   */
  public static boolean date(Store store, String orderId, Seen seen, Instant exportedAt)
      throws SQLException {
    return store.inTransaction(
        conn -> {
          try (PreparedStatement ps =
              conn.prepareStatement(
                  "SELECT o.order_id, o.status, o.paid_at, ?, ?, o.shipped_at, o.delivered_at,"
                      + " o.completed_at, o.cancelled_at"
                      + STAGED_WITHOUT_DEPOSIT
                      + " AND o.order_id = ? AND o.import_id >= ?")) {
            if (exportedAt == null) {
              ps.setNull(1, java.sql.Types.BIGINT);
            } else {
              ps.setLong(1, exportedAt.getEpochSecond());
            }
            ps.setLong(2, seen.startedAt());
            ps.setString(3, orderId);
            ps.setLong(4, seen.importId());
            return date(conn, ps) > 0;
          }
        });
  }

  /**
   * The presales paid in stages still dated on their deposit day (the store did not keep when the
   * balance was first seen paid), a few of their ids, and the 订单报表 that last wrote them.
   */
  public static OldReadings.Pending undated(Store store) throws SQLException {
    if (!store.dialect().hasTable(store.connection(), "orders")) {
      return new OldReadings.Pending(0, 0, List.of(), List.of());
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<OldReadings.Recorded> files = new LinkedHashSet<>();
    long count = 0;
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT o.order_id, i.file, i.started_at"
                        + STAGED_WITHOUT_DEPOSIT
                        + " ORDER BY o.order_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        count++;
        if (ids.size() < 5) {
          ids.add(rs.getString(1));
        }
        if (rs.getString(2) != null) {
          files.add(new OldReadings.Recorded(rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return new OldReadings.Pending(count, 0, List.copyOf(ids), List.copyOf(files));
  }

  private static Instant at(ResultSet rs, int column) throws SQLException {
    long s = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochSecond(s);
  }
}
