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

  /**
   * The settings key V046's step leaves while presales remain for the stored 订单报表 files to date:
   * the re-dating clears it in its own transaction, and any later opening by a writer runs it while
   * it is there (tryout23a A9: an upgrade killed after the migrations committed).
   */
  static final String TO_DATE = "upgrade.presales_to_date";

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
    List<Object[]> dated = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        dated.add(
            dated(
                rs.getString(1),
                rs.getString(2),
                OrderQueries.instant(rs, 3),
                OrderQueries.instant(rs, 4),
                OrderQueries.instant(rs, 5),
                rs));
      }
    }
    apply(conn, dated);
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1" + STAGED_WITHOUT_DEPOSIT);
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        Settings.put(conn, TO_DATE, MIGRATION); // the stored files may date the others
      }
    }
  }

  /**
   * The paid and deposit times of undated presale {@code id} seen paid in full by an export made at
   * {@code exportedAt} (null: the import's time, {@code importedAt}); {@code rs} at columns 6..9
   * holds its shipped, delivered, completed and cancelled times.
   */
  private static Object[] dated(
      String id,
      String status,
      Instant stated,
      Instant exportedAt,
      Instant importedAt,
      ResultSet rs)
      throws SQLException {
    Instant later = null;
    for (int c = 6; c <= 9; c++) {
      Instant t = OrderQueries.instant(rs, c);
      later = t != null && (later == null || t.isBefore(later)) ? t : later;
    }
    StagedPayment.Times times =
        StagedPayment.times(
            StagedPayment.PAID_IN_FULL,
            true,
            OrderStatus.ofCode(status),
            stated,
            exportedAt,
            importedAt,
            later);
    return new Object[] {
      times.paidAt().getEpochSecond(), times.depositPaidAt().getEpochSecond(), id
    };
  }

  /**
   * Stores the dated orders (paid time, deposit time, order id) in one batch, then caps their paid
   * time at the store's own first outbound, as an import does ({@link StagedPaidSql}; tryout23a
   * A2).
   */
  private static int apply(Connection conn, List<Object[]> dated) throws SQLException {
    if (dated.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_at = ?, deposited_at = ? WHERE order_id = ?")) {
      for (Object[] row : dated) {
        ps.setLong(1, (Long) row[0]);
        ps.setLong(2, (Long) row[1]);
        ps.setString(3, (String) row[2]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = conn.prepareStatement(StagedPaidSql.CAP.formatted("?"))) {
      for (Object[] row : dated) {
        ps.setString(1, (String) row[2]);
        ps.addBatch();
      }
      ps.executeBatch();
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

  /** Whether the re-dating by the stored files is still to run (V046 left its marker). */
  public static boolean toDate(Store store) throws SQLException {
    return Settings.get(store.connection(), TO_DATE).isPresent();
  }

  /** Whether {@code e} says this user may not write the store (a reader: another finishes it). */
  public static boolean notAllowed(SQLException e) {
    return StoreErrors.isReadOnly(e) || PgErrors.refusesWrites(e);
  }

  /** Undated presale {@code orderId} shown paid in full by stored import {@code seen}'s file. */
  public record Shown(String orderId, Seen seen, Instant exportedAt) {}

  /**
   * Dates, in ONE transaction that also clears the marker (tryout23a A9), each undated presale of
   * {@code shown} (the first file, oldest first, that showed it paid in full; its export made at
   * {@code exportedAt}, null: not known, the import's time): only when that import is not later
   * than the one that last wrote it. Returns how many were dated.
   */
  public static int date(Store store, java.util.Collection<Shown> shown) throws SQLException {
    java.util.Map<String, Shown> byId = new java.util.HashMap<>();
    for (Shown s : shown) {
      byId.putIfAbsent(s.orderId(), s);
    }
    return store.inTransaction(
        conn -> {
          List<Object[]> dated = new ArrayList<>();
          if (!byId.isEmpty()) {
            try (PreparedStatement ps =
                    conn.prepareStatement(
                        "SELECT o.order_id, o.status, o.paid_at, o.import_id, o.shipped_at,"
                            + " o.shipped_at, o.delivered_at, o.completed_at, o.cancelled_at"
                            + STAGED_WITHOUT_DEPOSIT);
                ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Shown s = byId.get(rs.getString(1));
                long importId = rs.getLong(4);
                if (s == null || rs.wasNull() || importId < s.seen().importId()) {
                  continue;
                }
                dated.add(
                    dated(
                        s.orderId(),
                        rs.getString(2),
                        OrderQueries.instant(rs, 3),
                        s.exportedAt(),
                        Instant.ofEpochSecond(s.seen().startedAt()),
                        rs));
              }
            }
          }
          int n = apply(conn, dated);
          try (PreparedStatement ps = conn.prepareStatement("DELETE FROM settings WHERE key = ?")) {
            ps.setString(1, TO_DATE);
            ps.executeUpdate();
          }
          return n;
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
}
