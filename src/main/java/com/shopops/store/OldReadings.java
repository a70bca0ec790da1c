package com.shopops.store;

import com.shopops.domain.order.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an older shopops stored under a reading since corrected (review13 M1), found once by the
 * upgrade that adds the {@code old_readings} table (V025), and what of it is still as stored.
 *
 * <ul>
 *   <li>{@code paid-net-of-refund}: a Tmall/Taobao order imported before V019 (review11 K12) kept
 *       买家实际支付金额 as its total, net of its 退款金额. A 订单报表 order whose goods and shipping (买家应付货款 +
 *       买家应付邮费, which is its 总金额) hold the total plus the refund is put right: total + refunded, as
 *       today's import stores it (domain/order/PaidTotal). Any other (a 子订单 export, a refund beyond
 *       the goods) needs its file again.
 *   <li>{@code balance-not-counted}: a paid JD order imported before V019 (K27) whose total is
 *       below its goods and shipping may have been paid in part from a balance (余额支付), which was
 *       not counted; only its file says how much.
 *   <li>{@code closed-as-rejected}: a Taobao/JD refund rejected, imported before V021 (K20): the
 *       store did not keep the platform's words, so a buyer's 退款关闭 / 取消 cannot be told from the
 *       shop's refusal; its file says which.
 *   <li>{@code lines-net-of-refund}: a Tmall 子订单 export's order with a refund, imported before this
 *       upgrade: its lines were stored net of their own 退款金额 (review13 M8); its export imported
 *       again replaces them ({@link #STILL_AS_STORED}).
 *   <li>{@code held-as-cancelled}: a paid order stored as cancelled whose stored platform wording
 *       reads as not cancelled today (JD 锁定/暂停, review13 M17) takes the status that wording reads
 *       as; re-importing could not do it, since a cancelled order never moves back.
 * </ul>
 *
 * An order or return is no longer as stored once an import writes it again (its import id moves) or
 * once its file (the same sha256) is imported again.
 */
public final class OldReadings {
  private OldReadings() {}

  /** The migration that adds the table and whose upgrade fills it. */
  static final String MIGRATION = "V025__old_readings.sql";

  /**
   * Whether the stored order {@code orders} is still as an older shopops stored it under a reading
   * not put right (an SQL condition): an export of the same snapshot is then no tie (its lines and
   * money are not merged with what was read the old way) but replaces it, as a newer one does
   * ({@link SnapshotTies}, {@link PgOrderStage}; review14 N1).
   */
  static final String STILL_AS_STORED =
      "EXISTS (SELECT 1 FROM old_readings r WHERE r.kind = 'order' AND r.id = orders.order_id"
          + " AND r.import_id = orders.import_id AND r.repaired = 0)";

  private static final String MONEY = "V019__money_derived.sql";
  private static final String WITHDRAWN = "V021__return_withdrawn.sql";

  /**
   * Fills {@code old_readings} and puts right what the store alone can, in the upgrade's
   * transaction; {@code from} is the schema version the store had before this upgrade.
   */
  static void record(Connection conn, int from) throws SQLException {
    long money = cutoff(conn, from, MONEY);
    long withdrawn = cutoff(conn, from, WITHDRAWN);
    String byOldImport = " JOIN imports i ON i.import_id = o.import_id AND i.started_at < ";
    String netOfRefund =
        "o.source = 'taobao-orders' AND o.total IS NOT NULL AND o.amount IS NOT NULL"
            + " AND o.total + o.refunded <= o.amount + coalesce(o.shipping_fee, 0)";
    update(
        conn,
        "INSERT INTO old_readings (kind, id, reading, import_id, repaired)"
            + " SELECT 'order', o.order_id, 'paid-net-of-refund', o.import_id, CASE WHEN "
            + netOfRefund
            + " THEN 1 ELSE 0 END FROM orders o"
            + byOldImport
            + money
            + " WHERE o.source IN ('taobao-orders', 'taobao-suborders') AND o.refunded > 0");
    // every build before this one stored a 子订单 line net of its own refund (review13 M8): the lines
    // of such an order with a refund are named; its export imported again replaces them (no tie)
    update(
        conn,
        "INSERT INTO old_readings (kind, id, reading, import_id)"
            + " SELECT 'order', o.order_id, 'lines-net-of-refund', o.import_id FROM orders o"
            + " WHERE o.source = 'taobao-suborders' AND o.refunded > 0"
            + " AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id)");
    update(
        conn,
        "UPDATE orders SET total = total + refunded WHERE order_id IN (SELECT id FROM old_readings"
            + " WHERE kind = 'order' AND reading = 'paid-net-of-refund' AND repaired = 1)");
    update(
        conn,
        "INSERT INTO old_readings (kind, id, reading, import_id)"
            + " SELECT 'order', o.order_id, 'balance-not-counted', o.import_id FROM orders o"
            + byOldImport
            + money
            + " WHERE o.source = 'jd-orders' AND "
            + Purchases.of("o")
            + " AND o.total IS NOT NULL"
            + " AND o.amount IS NOT NULL AND o.total < o.amount + coalesce(o.shipping_fee, 0)");
    update(
        conn,
        "INSERT INTO old_readings (kind, id, reading, import_id)"
            + " SELECT 'return', o.return_id, 'closed-as-rejected', o.import_id FROM returns o"
            + byOldImport
            + withdrawn
            + " AND i.preset IN ('taobao-refunds', 'jd-refunds')"
            + " WHERE o.rejected_at IS NOT NULL");
    held(conn);
    CustomerFigureUpkeep.refresh(conn); // the buyers of the orders put right, added up again
  }

  /** Paid orders stored as cancelled whose stored wording today reads as another status take it. */
  private static void held(Connection conn) throws SQLException {
    String cancelled = OrderStatusSql.oneOf("o.status", s -> s == OrderStatus.CANCELLED);
    List<String> wordings = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT o.platform_status FROM orders o WHERE "
                    + cancelled
                    + " AND o.platform_status IS NOT NULL AND "
                    + Purchases.of("o"))) {
      while (rs.next()) {
        wordings.add(rs.getString(1));
      }
    }
    for (String wording : wordings) {
      Optional<OrderStatus> now = OrderStatus.parse(wording);
      if (now.isEmpty() || now.get().rank() >= OrderStatus.CANCELLED.rank()) {
        continue; // still cancelled (or refunded), or a wording shopops no longer reads
      }
      String which =
          " FROM orders o WHERE "
              + cancelled
              + " AND o.platform_status = ? AND "
              + Purchases.of("o");
      try (PreparedStatement ins =
              conn.prepareStatement(
                  "INSERT INTO old_readings (kind, id, reading, import_id, repaired) SELECT"
                      + " 'order', order_id, 'held-as-cancelled', import_id, 1"
                      + which);
          PreparedStatement upd =
              conn.prepareStatement(
                  "UPDATE orders SET status = ?, cancelled_at = NULL WHERE order_id IN (SELECT"
                      + " order_id"
                      + which
                      + ")")) {
        ins.setString(1, wording);
        ins.executeUpdate();
        upd.setString(1, now.get().code());
        upd.setString(2, wording);
        upd.executeUpdate();
      }
    }
  }

  /**
   * Imports that started before this instant (epoch seconds) read the old way: the time the
   * migration was applied, or every import when it is applied by this very upgrade.
   */
  private static long cutoff(Connection conn, int from, String migration) throws SQLException {
    if (from < Migrations.FILES.indexOf(migration) + 1) {
      return Long.MAX_VALUE;
    }
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT applied_at FROM schema_migrations WHERE name = ?")) {
      ps.setString(1, migration);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
      }
    }
  }

  private static void update(Connection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  /**
   * What is still as an older shopops stored it: {@code orders} and {@code returns} counted, a few
   * of their ids, and the files (as recorded in imports) to import again.
   */
  public record Pending(long orders, long returns, List<String> someIds, List<Recorded> sources) {
    public boolean none() {
      return orders == 0 && returns == 0;
    }

    /** The files, as their imports recorded them. */
    public List<String> files() {
      return sources.stream().map(Recorded::file).toList();
    }
  }

  /**
   * A file as an import recorded it (an older shopops kept it as typed, so a relative path names it
   * only with the directory of that import; shopops now keeps its absolute path) and when that
   * import started (epoch seconds); {@code preset} the layout it was read with ({@code map:NAME}
   * for a mapping file) and {@code exportedAt} the export time its orders were stored with (epoch
   * seconds), where the statement gives them (null otherwise); {@code sha256} the file's digest the
   * import recorded, where the statement gives it (null otherwise); {@code kind} the import's kind
   * where the statement gives it (null: orders). A mapping file ({@code map:PATH}) is kept by its
   * absolute path since session 28; an older shopops kept its name only.
   */
  public record Recorded(
      String file, long importedAt, String preset, Long exportedAt, String sha256, String kind) {
    public Recorded(String file, long importedAt) {
      this(file, importedAt, null, null, null, null);
    }

    public Recorded(String file, long importedAt, String preset, Long exportedAt) {
      this(file, importedAt, preset, exportedAt, null, null);
    }

    public Recorded(String file, long importedAt, String preset, Long exportedAt, String sha256) {
      this(file, importedAt, preset, exportedAt, sha256, null);
    }

    /**
     * The import kind ({@code shopops import KIND}) the file was imported as: orders unless the
     * statement gives it (every list but the old readings' names order exports only).
     */
    public String importKind() {
      return kind == null ? "orders" : kind;
    }

    /**
     * The mapping file the import was read with ({@code --map}), or null: the upgrade reads only
     * the built-in layouts again (tryout26a A1).
     */
    public String mapping() {
      return preset != null && preset.startsWith("map:") ? preset.substring(4) : null;
    }

    /** Whether the path names the file from any directory. */
    public boolean absolute() {
      return file.startsWith("/") || file.startsWith("<") || file.matches("^[A-Za-z]:[\\\\/].*");
    }
  }

  /**
   * How many orders the upgrade from schema {@code from} put right: none unless it was the upgrade
   * that filled the table (said once, by the run that upgraded the store).
   */
  public static long repaired(Store store, int from) throws SQLException {
    if (from >= Migrations.FILES.indexOf(MIGRATION) + 1
        || !store.dialect().hasTable(store.connection(), "old_readings")) {
      return 0;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(DISTINCT id) FROM old_readings WHERE repaired = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The readings the upgrade from schema {@code from} put right (paid-net-of-refund,
   * held-as-cancelled), in that order: only those that applied to this store are said.
   */
  public static List<String> repairedReadings(Store store, int from) throws SQLException {
    List<String> readings = new ArrayList<>();
    if (repaired(store, from) == 0) {
      return readings;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT reading FROM old_readings WHERE repaired = 1 ORDER BY reading"
                    + " DESC")) {
      while (rs.next()) {
        readings.add(rs.getString(1));
      }
    }
    return readings;
  }

  /** The returns still as an older shopops stored them under {@code closed-as-rejected}. */
  static Set<String> rejectedByOldReading(Connection conn) throws SQLException {
    Set<String> ids = new java.util.HashSet<>();
    if (!Dialect.of(conn).hasTable(conn, "old_readings")) {
      return ids;
    }
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT f.id FROM old_readings f JOIN returns r ON r.return_id = f.id"
                    + " AND r.import_id = f.import_id WHERE f.kind = 'return'"
                    + " AND f.reading = 'closed-as-rejected' AND r.rejected_at IS NOT NULL")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** The migration from which an order line keeps the platform's item id (review13 M2). */
  static final String ITEM_IDS = "V023__line_item_id_cod.sql";

  /**
   * The JD and Tmall orders whose lines an older shopops stored before order lines kept the
   * platform's item id (V023), none of them with one: a JD 售后 row by 商品编号 or {@code returns add
   * --sku <商品ID>} cannot find their lines until their order export is imported again (review14 N3).
   * With {@code orderId}, that order only. An import after V023 (of any file) writes the lines
   * again and takes an order off this list.
   */
  private static Pending withoutItemIds(Connection conn, String orderId) throws SQLException {
    long cutoff = itemIdsSince(conn);
    if (cutoff == Long.MIN_VALUE) {
      return new Pending(0, 0, List.of(), List.of()); // a store created with item ids
    }
    String sql =
        "SELECT o.order_id, i.file, i.started_at FROM orders o JOIN imports i ON i.import_id ="
            + " (SELECT min(l.import_id) FROM order_lines l WHERE l.order_id = o.order_id)"
            + " WHERE o.source IN ('jd-orders', 'taobao-orders', 'taobao-suborders')"
            + " AND i.started_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id"
            + " AND (l.item_id IS NOT NULL OR l.import_id <> i.import_id))"
            + (orderId == null ? "" : " AND o.order_id = ?")
            + " ORDER BY i.import_id, o.order_id";
    Set<String> orders = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<Recorded> files = new LinkedHashSet<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, cutoff);
      if (orderId != null) {
        ps.setString(2, orderId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          orders.add(rs.getString(1));
          if (ids.size() < 5) {
            ids.add(rs.getString(1));
          }
          files.add(new Recorded(rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return new Pending(orders.size(), 0, List.copyOf(ids), List.copyOf(files));
  }

  /**
   * The presales paid in stages still held paid at the outbound of a parcel removed by hand, with
   * no time seen paid kept (an older shopops's cap; the upgrade found no stored file to say it),
   * and the files that last wrote them: {@code check} names them (presale26).
   */
  public static Pending presalesHeld(Store store) throws SQLException {
    return PaidSeenUpgrade.pending(store.connection());
  }

  /**
   * The presales paid in stages paid at the outbound of a parcel still there, with no time seen
   * paid kept (an older shopops's cap; tryout26a A3): removing that parcel would leave the paid
   * time held, so {@code check}, the upgrade and {@code orders show} name them with the file to
   * import again first. {@code orderId}: only that order (null: all).
   */
  public static Pending presalesCappedUnseen(Store store, String orderId) throws SQLException {
    if (!store.dialect().hasTable(store.connection(), "orders")) {
      return new Pending(0, 0, List.of(), List.of());
    }
    return PaidSeenUpgrade.cappedUnseen(store.connection(), orderId);
  }

  /** The JD/Tmall orders whose lines were stored before item ids, and their files. */
  public static Pending withoutItemIds(Store store) throws SQLException {
    return withoutItemIds(store.connection(), null);
  }

  /**
   * The file that stored order {@code orderId}'s lines before item ids, when it is such an order: a
   * line not found by SKU may be one found by item id once that file is imported again.
   */
  static Optional<Recorded> linesBeforeItemIds(Connection conn, String orderId)
      throws SQLException {
    Pending p = withoutItemIds(conn, orderId);
    return p.sources().stream().findFirst();
  }

  /**
   * When the store began keeping item ids (epoch seconds): the time V023 was applied to a store
   * created before it; {@link Long#MIN_VALUE} for a store created with it (all its migrations
   * applied at once), whose lines without item ids come from exports without them.
   */
  private static long itemIdsSince(Connection conn) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT (SELECT applied_at FROM schema_migrations WHERE name = ?),"
                + " (SELECT min(applied_at) FROM schema_migrations)")) {
      ps.setString(1, ITEM_IDS);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long applied = rs.getLong(1);
        boolean known = !rs.wasNull();
        long first = rs.getLong(2);
        return known && applied > first ? applied : Long.MIN_VALUE;
      }
    }
  }

  /**
   * The orders {@code sql} names, one a row (its columns: the order id, then the file and the start
   * of the import that last wrote it, both null where none is recorded), in its order: counted, the
   * first five ids, and the files.
   */
  static Pending ofOrders(Connection conn, String sql) throws SQLException {
    return ofOrders(conn, sql, List.of());
  }

  /** {@link #ofOrders(Connection, String)} with {@code binds} bound from parameter 1. */
  static Pending ofOrders(Connection conn, String sql, List<String> binds) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    Set<Recorded> files = new LinkedHashSet<>();
    long count = 0;
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < binds.size(); i++) {
        ps.setString(i + 1, binds.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          count++;
          if (ids.size() < 5) {
            ids.add(rs.getString(1));
          }
          if (rs.getString(2) != null) {
            files.add(
                rs.getMetaData().getColumnCount() < 5
                    ? new Recorded(rs.getString(2), rs.getLong(3))
                    : new Recorded(
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        OrderQueries.getLong(rs, 5),
                        rs.getMetaData().getColumnCount() < 6 ? null : rs.getString(6)));
          }
        }
      }
    }
    return new Pending(count, 0, List.copyOf(ids), List.copyOf(files));
  }

  /** What is still as stored; an order found under two readings counts once. */
  public static Pending pending(Store store) throws SQLException {
    Connection conn = store.connection();
    if (!store.dialect().hasTable(conn, "old_readings")) {
      return new Pending(0, 0, List.of(), List.of());
    }
    String sql =
        "SELECT f.kind, f.id, i.file, i.started_at, i.preset, i.kind FROM old_readings f JOIN"
            + " imports i ON i.import_id ="
            + " f.import_id WHERE f.repaired = 0"
            + " AND (EXISTS (SELECT 1 FROM orders o WHERE f.kind = 'order' AND o.order_id = f.id"
            + " AND o.import_id = f.import_id)"
            + " OR EXISTS (SELECT 1 FROM returns r WHERE f.kind = 'return' AND r.return_id = f.id"
            + " AND r.import_id = f.import_id))"
            + " AND NOT EXISTS (SELECT 1 FROM imports j WHERE j.sha256 = i.sha256"
            + " AND j.kind = i.kind AND j.import_id > i.import_id AND j.started_at >= (SELECT"
            + " applied_at FROM schema_migrations WHERE name = '"
            + MIGRATION
            + "'))"
            + " ORDER BY f.import_id, f.kind, f.id";
    Set<String> orders = new LinkedHashSet<>();
    Set<String> returns = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<Recorded> files = new LinkedHashSet<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        (rs.getString(1).equals("order") ? orders : returns).add(rs.getString(2));
        if (ids.size() < 5) {
          ids.add(rs.getString(2));
        }
        files.add(
            new Recorded(
                rs.getString(3), rs.getLong(4), rs.getString(5), null, null, rs.getString(6)));
      }
    }
    return new Pending(orders.size(), returns.size(), List.copyOf(ids), List.copyOf(files));
  }
}
