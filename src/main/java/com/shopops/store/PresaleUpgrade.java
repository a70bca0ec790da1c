package com.shopops.store;

import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.order.PaidTotal;
import com.shopops.domain.order.StagedPayment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
   * The migration that runs the re-dating by the stored files again, for the stores an earlier
   * upgrade left with closed presales whose stored file shows only the deposit paid (tryout23a A6).
   */
  static final String REDATE_MIGRATION = "V050__presale_deposit_only_upgraded.sql";

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
   * A Tmall presale held pending with only its deposit paid (V042 moved its paid time to its
   * deposit time) whose money an older shopops kept as the order's 买家应付货款 (an amount above its
   * total): today's import stores it deposit-only, so its stored file makes it so (tryout24a A3).
   * Read with {@code o.deposited_at} where {@link #STAGED_WITHOUT_DEPOSIT} reads {@code o.paid_at}.
   */
  private static final String PENDING_DEPOSIT_ONLY =
      " FROM orders o LEFT JOIN imports i ON i.import_id = o.import_id"
          + " WHERE o.order_type = 'presale' AND o.source = 'taobao-orders'"
          + " AND o.paid_at IS NULL AND o.deposited_at IS NOT NULL AND o.amount > o.total AND "
          + OrderStatusSql.oneOf("o.status", s -> s == OrderStatus.PENDING);

  /** Whether any order of {@code from} (a FROM … WHERE clause) is left. */
  private static boolean any(Connection conn, String from) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1" + from);
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /** Whether the stored files have presales to date or to make deposit-only. */
  private static boolean anyToDate(Connection conn) throws SQLException {
    return any(conn, STAGED_WITHOUT_DEPOSIT) || any(conn, PENDING_DEPOSIT_ONLY);
  }

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
    if (anyToDate(conn)) {
      Settings.put(conn, TO_DATE, MIGRATION); // the stored files may date the others
    }
  }

  /**
   * At the upgrade to {@link #REDATE_MIGRATION}: the re-dating by the stored files to run again
   * (the marker V046's step leaves) when presales remain held paid on their deposit day.
   */
  static void redate(Connection conn) throws SQLException {
    if (anyToDate(conn) && Settings.get(conn, TO_DATE).isEmpty()) {
      Settings.put(conn, TO_DATE, REDATE_MIGRATION);
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
      times.paidAt().getEpochSecond(),
      times.depositPaidAt().getEpochSecond(),
      id,
      times.seenAt() == null ? null : times.seenAt().getEpochSecond()
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
    // from V049 on, when a capped one was seen paid is kept, as an import keeps it (paid25)
    boolean keepsSeen =
        Migrations.currentVersion(conn) >= Migrations.FILES.indexOf(ParcelStore.REMOVED_AGAIN) + 1;
    if (keepsSeen) {
      java.util.Map<String, Instant[]> seen = new java.util.HashMap<>();
      for (Object[] row : dated) {
        if (row[3] != null) {
          seen.put(
              (String) row[2],
              new Instant[] {
                Instant.ofEpochSecond((Long) row[3]), Instant.ofEpochSecond((Long) row[0])
              });
        }
      }
      StagedPaidSql.keepSeen(conn, seen);
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            (keepsSeen ? StagedPaidSql.CAP_SEEN : StagedPaidSql.CAP).formatted("?"))) {
      for (Object[] row : dated) {
        ps.setString(1, (String) row[2]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return dated.size();
  }

  /**
   * Undated presale {@code d} as today's import stores an order with only its deposit paid ({@link
   * StagedPayment#times}: no paid time, the stored one, the deposit's, kept as its deposit time;
   * {@link PaidTotal.StatedMoney#onlyDeposit}: its money the deposit, a 实付 50.00 beside 退款 50.00
   * not 100.00): its paid time, amount, total, their derivation and order id; {@code rs} as {@link
   * #date} reads it (shipping fee, total, refund at 10..12).
   */
  private static Object[] depositOnly(Shown d, ResultSet rs) throws SQLException {
    Instant stated = OrderQueries.instant(rs, 3);
    StagedPayment.Times times =
        StagedPayment.times(
            StagedPayment.DEPOSIT_ONLY,
            true,
            OrderStatus.ofCode(rs.getString(2)),
            stated,
            d.exportedAt(),
            Instant.ofEpochSecond(d.seen().startedAt()));
    Long shipping = OrderQueries.getLong(rs, 10);
    Long total = OrderQueries.getLong(rs, 11);
    Long refunded = OrderQueries.getLong(rs, 12);
    PaidTotal.Money money = null;
    if (d.deposit() != null && total != null) {
      // the stored total is the 订单报表's 实付 with its refund added back (PaidTotal.NetOfRefund)
      long paidNet = Math.max(0, total - (refunded == null ? 0 : refunded));
      money =
          PaidTotal.of(
              new PaidTotal.StatedMoney(null, shipping, paidNet, refunded, null, null)
                  .onlyDeposit(d.deposit()),
              PaidTotal.NetOfRefund.PAID_TOTAL,
              times.paidAt() != null);
    }
    return new Object[] {
      times.depositPaidAt() == null ? null : times.depositPaidAt().getEpochSecond(),
      money == null ? null : money.amount(),
      money == null ? null : money.amountDerived(),
      money == null ? null : money.total(),
      money == null ? null : money.totalDerived() ? 1 : 0,
      rs.getString(1)
    };
  }

  /** Stores the presales found deposit-only ({@link #depositOnly}); their money when known. */
  private static int applyDepositOnly(Connection conn, List<Object[]> unpaid) throws SQLException {
    if (unpaid.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_at = NULL, deposited_at = ?,"
                + " amount = coalesce(?, amount), amount_derived = coalesce(?, amount_derived),"
                + " total = coalesce(?, total), total_derived = coalesce(?, total_derived)"
                + " WHERE order_id = ?")) {
      for (Object[] row : unpaid) {
        for (int i = 0; i < 5; i++) {
          if (row[i] == null) {
            ps.setNull(i + 1, java.sql.Types.BIGINT);
          } else {
            ps.setLong(i + 1, ((Number) row[i]).longValue());
          }
        }
        ps.setString(6, (String) row[5]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return unpaid.size();
  }

  /** Whether an upgrade from schema {@code from} is one that dates them. */
  public static boolean datesFrom(int from) {
    return from < Migrations.FILES.indexOf(REDATE_MIGRATION) + 1; // V046, run again by V050
  }

  /**
   * The store's 订单报表 imports, oldest first, up to the last that wrote an undated presale (its file
   * may be read again to see which first showed the balance paid).
   */
  public static List<StoredExport> imports(Store store) throws SQLException {
    return imports(store.connection());
  }

  private static List<StoredExport> imports(Connection conn) throws SQLException {
    return StoredExport.read(
        conn,
        StoredExport.TMALL_ORDERS
            + " AND i.import_id <= (SELECT max(m) FROM (SELECT max(o.import_id) AS m"
            + STAGED_WITHOUT_DEPOSIT
            + " UNION ALL SELECT max(o.import_id) AS m"
            + PENDING_DEPOSIT_ONLY
            + ") t)");
  }

  /**
   * What the stored 订单报表 files show of undated presales, read by the application (the store does
   * not read files): {@code seen}'s files, the export times read in {@code zone}.
   */
  @FunctionalInterface
  public interface FileReader {
    List<Shown> shown(List<StoredExport> seen, java.time.ZoneId zone);
  }

  private static volatile FileReader files;

  /** The reader given (tests wrap it). */
  static FileReader fileReader() {
    return files;
  }

  /** Gives the upgrade the application's reader of the stored files (once, at start-up). */
  public static void readFilesWith(FileReader reader) {
    files = reader;
  }

  /**
   * In the upgrade's own transaction (tryout23a A8: a reader never sees the store upgraded but not
   * yet re-dated): what the stored files date, dated, and V046's marker cleared; nothing when no
   * reader was given (the marker stays for a later command, {@link #date}).
   */
  static void dateByFiles(Connection conn) throws SQLException {
    FileReader reader = files;
    if (reader == null || Settings.get(conn, TO_DATE).isEmpty()) {
      return;
    }
    java.time.ZoneId zone =
        java.time.ZoneId.of(
            Settings.get(conn, Settings.ZONE).orElse(java.time.ZoneId.systemDefault().getId()));
    dateIn(conn, reader.shown(imports(conn), zone));
  }

  /** Whether the re-dating by the stored files is still to run (V046 left its marker). */
  public static boolean toDate(Store store) throws SQLException {
    return Settings.get(store.connection(), TO_DATE).isPresent();
  }

  /** Whether {@code e} says this user may not write the store (a reader: another finishes it). */
  public static boolean notAllowed(SQLException e) {
    return StoreErrors.isReadOnly(e) || PgErrors.refusesWrites(e);
  }

  /**
   * Undated presale {@code orderId} shown at {@code stage} (paid in full, or only its deposit paid:
   * {@code deposit}, the 定金 its cell states, null none) by stored import {@code seen}'s file.
   */
  public record Shown(
      String orderId, StoredExport seen, Instant exportedAt, StagedPayment stage, Long deposit) {}

  /**
   * Dates, in ONE transaction that also clears the marker (tryout23a A9), each undated presale of
   * {@code shown} (the first file, oldest first, that showed it paid in full; its export made at
   * {@code exportedAt}, null: not known, the import's time): only when that import is not later
   * than the one that last wrote it. Returns how many were dated.
   */
  public static int date(Store store, java.util.Collection<Shown> shown) throws SQLException {
    return dated(store, shown).size();
  }

  /** {@link #date}, returning the ids of the orders dated (an import counts them: tryout24a A5). */
  public static List<String> dated(Store store, java.util.Collection<Shown> shown)
      throws SQLException {
    return store.inTransaction(conn -> dateIn(conn, shown));
  }

  /**
   * How many of {@code ids} the import {@code importId} did not write (it found them as its file
   * states them: counted unchanged), read before it commits.
   */
  public static long notWrittenBy(Store store, long importId, List<String> ids)
      throws SQLException {
    long n = 0;
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT count(*) FROM orders WHERE order_id = ?"
                    + " AND (import_id IS NULL OR import_id <> ?)")) {
      for (String id : ids) {
        ps.setString(1, id);
        ps.setLong(2, importId);
        try (ResultSet rs = ps.executeQuery()) {
          n += rs.next() ? rs.getLong(1) : 0;
        }
      }
    }
    return n;
  }

  private static List<String> dateIn(Connection conn, java.util.Collection<Shown> shown)
      throws SQLException {
    java.util.Map<String, Shown> byId = new java.util.HashMap<>();
    // per order and import: a file that showed it with only its deposit paid
    java.util.Map<String, Shown> depositOnly = new java.util.HashMap<>();
    for (Shown s : shown) {
      if (s.stage() == StagedPayment.PAID_IN_FULL) {
        byId.putIfAbsent(s.orderId(), s);
      } else if (s.stage() == StagedPayment.DEPOSIT_ONLY) {
        depositOnly.put(s.orderId() + "@" + s.seen().importId(), s);
      }
    }
    List<Object[]> dated = new ArrayList<>();
    List<Object[]> unpaid = new ArrayList<>();
    if (!depositOnly.isEmpty()) {
      // pending with only the deposit paid: the stored file that wrote the row says so
      try (PreparedStatement ps =
              conn.prepareStatement(
                  "SELECT o.order_id, o.status, o.deposited_at, o.import_id, o.shipped_at,"
                      + " o.shipped_at, o.delivered_at, o.completed_at, o.cancelled_at,"
                      + " o.shipping_fee, o.total, o.refunded"
                      + PENDING_DEPOSIT_ONLY);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Shown d = depositOnly.get(rs.getString(1) + "@" + rs.getLong(4));
          if (d != null && !rs.wasNull()) {
            unpaid.add(depositOnly(d, rs));
          }
        }
      }
    }
    if (!byId.isEmpty() || !depositOnly.isEmpty()) {
      try (PreparedStatement ps =
              conn.prepareStatement(
                  "SELECT o.order_id, o.status, o.paid_at, o.import_id, o.shipped_at,"
                      + " o.shipped_at, o.delivered_at, o.completed_at, o.cancelled_at,"
                      + " o.shipping_fee, o.total, o.refunded"
                      + STAGED_WITHOUT_DEPOSIT);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long importId = rs.getLong(4);
          if (rs.wasNull()) {
            continue;
          }
          // the file that wrote the stored row shows the balance unpaid: it was never paid
          // in full (closed with only its 定金 paid), whatever an older file showed
          Shown d = depositOnly.get(rs.getString(1) + "@" + importId);
          if (d != null) {
            unpaid.add(depositOnly(d, rs));
            continue;
          }
          Shown s = byId.get(rs.getString(1));
          if (s == null || importId < s.seen().importId()) {
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
    apply(conn, dated);
    applyDepositOnly(conn, unpaid);
    List<String> ids = new ArrayList<>();
    dated.forEach(row -> ids.add((String) row[2]));
    unpaid.forEach(row -> ids.add((String) row[5]));
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM settings WHERE key = ?")) {
      ps.setString(1, TO_DATE);
      ps.executeUpdate();
    }
    return ids;
  }

  /**
   * The presales paid in stages still dated on their deposit day (the store did not keep when the
   * balance was first seen paid), a few of their ids, and the 订单报表 that last wrote them.
   */
  public static OldReadings.Pending undated(Store store) throws SQLException {
    if (!store.dialect().hasTable(store.connection(), "orders")) {
      return new OldReadings.Pending(0, 0, List.of(), List.of());
    }
    return OldReadings.ofOrders(
        store.connection(),
        "SELECT o.order_id, i.file, i.started_at"
            + STAGED_WITHOUT_DEPOSIT
            + " ORDER BY o.order_id");
  }
}
