package com.shopops.store;

import static com.shopops.store.Binds.setInstant;

import com.shopops.domain.sla.Shipment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes imported shipments with an idempotent upsert keyed by order id. A value missing from the
 * new record never erases a stored one. Also answers what the importer must know before it accepts
 * a row: is the order in the store, and what shipped and delivered times does the store already
 * hold for it.
 *
 * <p>On SQLite the rows go, {@value #BATCH} per plain INSERT, into a temporary staging table, and
 * one set-based upsert ({@code INSERT … SELECT … ON CONFLICT}) per {@value #APPLY} rows moves them
 * into {@code shipments} in file order. Every multi-row write statement into {@code shipments}
 * copies each page it touches (the tracking index's are scattered) into a statement journal, a
 * temporary file: the fewer statements, the fewer copies (measured on 94,500 shipments, one
 * thread's CPU: 1.1-1.5 s upserting 50 VALUES rows a statement, 0.16 s staging + 0.3 s for one
 * upsert). An order twice in the staged rows is upserted twice, in file order, as before; what the
 * staged rows will leave is kept in memory ({@link #unwritten}) for {@link #prefetch}. On
 * PostgreSQL, which refuses to upsert one key twice in a statement, the rows go with COPY into
 * {@link PgShipmentStage}, merged as seldom as the lookups allow.
 */
public final class ShipmentWriter {
  static final int BATCH = 50;

  /** How many staged rows one set-based upsert moves into {@code shipments} (SQLite). */
  static final int APPLY = 8192;

  private static final String[] COLUMNS = {
    "order_id",
    "parcel",
    "carrier",
    "tracking_no",
    "shipped_at",
    "delivered_at",
    "estimated_delivery_at",
    "promised_ship_date",
    "import_id"
  };

  /**
   * What the store knows of an order's shipping, the shipment record winning field by field, and
   * its paid and deposit (定金) times.
   */
  public record Known(Instant shippedAt, Instant deliveredAt, Instant paidAt, Instant depositedAt) {
    /**
     * The paid time once a shipment shipped or delivered at {@code outbound} is stored ({@code
     * StagedPayment.paidBy}: a presale paid in stages is paid by its first outbound, tryout22a A1).
     */
    public Instant paidBy(Instant outbound) {
      return depositedAt == null
          ? paidAt
          : com.shopops.domain.order.StagedPayment.paidBy(paidAt, depositedAt, outbound);
    }
  }

  private final Connection conn;
  private final long importId;

  /** On PostgreSQL: the rows go with COPY into a stage, merged as seldom as the lookups allow. */
  private final PgShipmentStage pgStage;

  /** Rows in the staging table not yet moved into {@code shipments} (SQLite only). */
  private long staged;

  private long seq;
  private PreparedStatement fullStage;
  private PreparedStatement applyStage;
  private PreparedStatement clearStage;
  private final List<Shipment> pending = new ArrayList<>(BATCH);
  private PreparedStatement known;
  private PreparedStatement byTracking;
  private long before = -1;

  /** The orders of the rows added: the shipments counted (an order twice is one shipment). */
  private long orders;

  private long written;
  private long changes;

  ShipmentWriter(ImportSession session) {
    this.conn = session.connection();
    this.importId = session.importId();
    this.pgStage =
        Dialect.of(conn) == Dialect.POSTGRESQL ? new PgShipmentStage(conn, importId) : null;
    this.slaBefore = session.slaBefore();
  }

  /** The orders read before they are written, for the kept SLA figures' deltas at commit. */
  private final SlaFigureUpkeep.Before slaBefore;

  /** How many orders {@link #prefetch} reads at once. */
  public static final int PREFETCH = 256;

  /** What {@link #prefetch} read, kept up to date by {@link #add}. */
  private final java.util.Map<String, Optional<Known>> prefetched = new java.util.HashMap<>();

  /**
   * What the rows added but not yet written to {@code shipments} (pending or staged) will leave for
   * their orders: {@link #prefetch} reads the store and this on top of it.
   */
  private final java.util.Map<String, Known> unwritten = new java.util.HashMap<>();

  private PreparedStatement knownMany;

  /**
   * Reads at once what the store holds for these orders (at most {@value #PREFETCH}), for the
   * {@link #known} of the next rows; what came before is forgotten.
   */
  public void prefetch(java.util.Collection<String> orderIds) throws SQLException {
    slaBefore.read(conn, orderIds); // before any of them is written: the figures' deltas
    java.util.Map<String, Optional<Known>> staged = new java.util.HashMap<>();
    if (pgStage
        != null) { // the store does not hold a staged order's rows yet: keep what add() knew
      flush();
      for (String id : orderIds) {
        if (pgStage.has(id)) {
          Optional<Known> k = prefetched.get(id);
          if (k == null) { // staged in an earlier window: the store must hold it to be read
            sync();
            staged.clear();
            break;
          }
          staged.put(id, k);
        }
      }
    }
    prefetched.clear();
    if (orderIds.isEmpty()) {
      return;
    }
    if (knownMany == null) {
      knownMany =
          conn.prepareStatement(
              "SELECT o.order_id, "
                  + Fulfilment.SHIPPED_AT
                  + " AS shipped_at, "
                  + Fulfilment.DELIVERED_AT
                  + " AS delivered_at, o.paid_at, o.deposited_at FROM "
                  + Fulfilment.FROM
                  + " WHERE o.order_id IN ("
                  + "?,".repeat(PREFETCH - 1)
                  + "?)");
    }
    Object[] ids = java.util.Arrays.copyOf(orderIds.toArray(), PREFETCH); // rest null: no match
    for (int i = 0; i < PREFETCH; i++) {
      knownMany.setObject(i + 1, ids[i]);
      if (ids[i] != null) {
        prefetched.put((String) ids[i], Optional.empty());
      }
    }
    try (ResultSet rs = knownMany.executeQuery()) {
      while (rs.next()) {
        prefetched.put( // by position: a name is looked up per call
            rs.getString(1),
            Optional.of(
                new Known(
                    OrderQueries.instant(rs, 2),
                    OrderQueries.instant(rs, 3),
                    OrderQueries.instant(rs, 4),
                    OrderQueries.instant(rs, 5))));
      }
    }
    for (String id : orderIds) { // earlier rows of the file not yet written (SQLite)
      Known k = unwritten.get(id);
      if (k != null) {
        prefetched.put(id, Optional.of(k));
      }
    }
    prefetched.putAll(staged);
  }

  /** The order's shipped/delivered times as stored (empty: the order is not in the store). */
  public Optional<Known> known(String orderId) throws SQLException {
    Optional<Known> cached = prefetched.get(orderId);
    if (cached != null) {
      return cached;
    }
    if (pgStage == null) {
      apply(); // what earlier rows of the file wrote, the same order among them, is read as stored
    } else {
      for (int i = pending.size() - 1; i >= 0; i--) {
        if (pending.get(i).orderId().equals(orderId)) {
          sync(); // the same order twice in one batch: read what the earlier row wrote
          break;
        }
      }
      if (pgStage.has(orderId)) {
        sync();
      }
    }
    if (known == null) {
      known =
          conn.prepareStatement(
              "SELECT "
                  + Fulfilment.SHIPPED_AT
                  + " AS shipped_at, "
                  + Fulfilment.DELIVERED_AT
                  + " AS delivered_at, o.paid_at, o.deposited_at FROM "
                  + Fulfilment.FROM
                  + " WHERE o.order_id = ?");
    }
    known.setString(1, orderId);
    Optional<Known> found = Optional.empty();
    try (ResultSet rs = known.executeQuery()) {
      if (rs.next()) {
        found =
            Optional.of(
                new Known(
                    OrderQueries.instant(rs, "shipped_at"),
                    OrderQueries.instant(rs, "delivered_at"),
                    OrderQueries.instant(rs, "paid_at"),
                    OrderQueries.instant(rs, "deposited_at")));
      }
    }
    prefetched.put(orderId, found); // for add, and a later row of the same order
    return found;
  }

  /**
   * The orders that carry this tracking number, on the order export or an earlier shipment record
   * (at most two are returned: more than one means the number is ambiguous). The first call builds
   * a temporary index of the orders' tracking numbers for this import, so order imports never pay
   * for a tracking index they do not need.
   */
  public List<String> ordersWithTracking(String trackingNo) throws SQLException {
    sync();
    if (byTracking == null) {
      Dialect d = Dialect.of(conn);
      try (Statement st = conn.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + d.temp("order_tracking"));
        st.execute(
            """
            CREATE TEMP TABLE order_tracking AS
            SELECT tracking_no, order_id FROM orders WHERE tracking_no IS NOT NULL
            """);
        st.execute(
            "CREATE INDEX "
                + d.tempIndex("order_tracking_no")
                + " ON order_tracking (tracking_no)");
      }
      byTracking =
          conn.prepareStatement(
              """
              SELECT order_id FROM %s WHERE tracking_no = ?
              UNION
              SELECT order_id FROM shipment_parcels WHERE tracking_no = ?
              LIMIT 2
              """
                  .formatted(d.temp("order_tracking")));
    }
    byTracking.setString(1, trackingNo);
    byTracking.setString(2, trackingNo);
    List<String> ids = new ArrayList<>(2);
    try (ResultSet rs = byTracking.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /**
   * Adds a row of the file; {@code newOrder}: the first row added for its order (the caller keeps
   * the file's orders, and counts a shipment per order).
   */
  public void add(Shipment s, boolean newOrder) throws SQLException {
    start();
    if (newOrder) {
      orders++;
    }
    Optional<Known> was = prefetched.get(s.orderId());
    if (was != null && was.isPresent()) { // what the upsert will leave, field by field
      Known k = was.get();
      Instant shipped = s.shippedAt() != null ? s.shippedAt() : k.shippedAt();
      Instant delivered = s.deliveredAt() != null ? s.deliveredAt() : k.deliveredAt();
      Instant outbound =
          shipped == null || delivered != null && delivered.isBefore(shipped) ? delivered : shipped;
      Known after = new Known(shipped, delivered, k.paidBy(outbound), k.depositedAt());
      prefetched.put(s.orderId(), Optional.of(after));
      if (pgStage == null) {
        unwritten.put(s.orderId(), after);
      }
    }
    pending.add(s);
    if (pending.size() == (pgStage == null ? BATCH : PREFETCH)) {
      flush();
    }
  }

  private void start() throws SQLException {
    if (before >= 0) {
      return;
    }
    before = count();
    if (pgStage == null) { // SQLite's staging table
      try (Statement st = conn.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + STAGE);
        st.execute(
            "CREATE TEMP TABLE shipment_stage (seq INTEGER PRIMARY KEY, "
                + String.join(", ", COLUMNS)
                + ")");
      }
    }
  }

  private static final String STAGE = "temp.shipment_stage";

  private long count() throws SQLException {
    try (Statement st = conn.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM shipments")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    if (pgStage != null) {
      changes += pgStage.write(pending);
      written += pending.size();
      pending.clear();
      return;
    }
    // SQLite: into the staging table, moved into shipments by apply()
    boolean full = pending.size() == BATCH;
    PreparedStatement ps;
    if (full) {
      if (fullStage == null) {
        fullStage = conn.prepareStatement(stageSql(BATCH));
      }
      ps = fullStage;
    } else {
      ps = conn.prepareStatement(stageSql(pending.size()));
    }
    try {
      int p = 1;
      for (Shipment s : pending) {
        ps.setLong(p++, ++seq);
        ps.setString(p++, s.orderId());
        ps.setString(p++, parcel(s));
        ps.setString(p++, s.carrier());
        ps.setString(p++, s.trackingNo());
        setInstant(ps, p++, s.shippedAt());
        setInstant(ps, p++, s.deliveredAt());
        setInstant(ps, p++, s.estimatedDeliveryAt());
        ps.setString(p++, s.promisedShipDate() == null ? null : s.promisedShipDate().toString());
        ps.setLong(p++, importId);
      }
      ps.executeUpdate();
      staged += pending.size();
    } finally {
      if (!full) {
        ps.close();
      }
    }
    pending.clear();
    if (staged >= APPLY) {
      apply();
    }
  }

  /** Moves the staged rows into {@code shipments}, in file order (pending rows first staged). */
  private void apply() throws SQLException {
    flush();
    if (staged == 0) {
      return;
    }
    if (applyStage == null) {
      String cols = String.join(", ", COLUMNS);
      applyStage =
          conn.prepareStatement(
              "INSERT INTO shipment_parcels ("
                  + cols
                  + ") SELECT "
                  + cols
                  + " FROM "
                  + STAGE
                  + " s WHERE "
                  + NOT_REMOVED
                  + " ORDER BY seq"
                  + onConflict());
      clearStage = conn.prepareStatement("DELETE FROM " + STAGE);
    }
    changes += applyStage.executeUpdate();
    rollup();
    clearStage.executeUpdate();
    written += staged;
    staged = 0;
    unwritten.clear();
  }

  /**
   * The staged row {@code s} is not of a parcel removed by hand ({@code shipments remove-parcel}):
   * a later file naming it again does not bring it back (tryout20 Y8), unless it was restored
   * ({@code shipments restore-parcel}, tryout21 Z5).
   */
  static final String NOT_REMOVED =
      "NOT EXISTS (SELECT 1 FROM parcel_removals r"
          + " WHERE r.order_id = s.order_id AND r.parcel = s.parcel AND r.restored_at IS NULL)";

  /**
   * The parcels removed by hand and not restored, by order and tracking number ({@link
   * ParcelStore#removedNow}): a file naming one is told so (tryout21 Z5).
   */
  public java.util.Map<String, java.util.Map<String, ParcelStore.Removal>> removedParcels()
      throws SQLException {
    return ParcelStore.removedNow(conn);
  }

  /** A plain multi-row INSERT of {@code rows} rows into the staging table. */
  private static String stageSql(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO " + STAGE + " (seq, ");
    sb.append(String.join(", ", COLUMNS)).append(") VALUES ");
    String one = "(" + "?,".repeat(COLUMNS.length) + "?)";
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    return sb.toString();
  }

  static String upsertSql(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO shipment_parcels (");
    sb.append(String.join(", ", COLUMNS)).append(") VALUES ");
    String one = "(" + "?,".repeat(COLUMNS.length - 1) + "?)";
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    return sb.append(onConflict()).toString();
  }

  /** The upsert's conflict clause: a missing value keeps the stored one; unchanged rows stay. */
  private static String onConflict() {
    StringBuilder sb = new StringBuilder();
    sb.append(" ON CONFLICT (order_id, parcel) DO UPDATE SET ");
    StringJoiner set = new StringJoiner(", ");
    StringJoiner changed = new StringJoiner(" OR ");
    for (String c : COLUMNS) {
      if (c.equals("order_id") || c.equals("parcel") || c.equals("import_id")) {
        continue;
      }
      String merged = "coalesce(excluded." + c + ", shipment_parcels." + c + ")";
      set.add(c + " = " + merged);
      changed.add("shipment_parcels." + c + " IS DISTINCT FROM " + merged);
    }
    set.add("import_id = excluded.import_id");
    return sb.append(set).append(" WHERE ").append(changed).toString();
  }

  /** Writes the rows added so far, so that the store holds them. */
  private void sync() throws SQLException {
    if (pgStage == null) {
      apply();
    } else {
      flush();
      changes += pgStage.merge();
      rollup();
    }
  }

  /** The parcel a row is about: its tracking number, '' for a row without one (the whole order). */
  static String parcel(Shipment s) {
    return s.trackingNo() == null ? "" : s.trackingNo();
  }

  /**
   * The one rule that makes an order's shipment record of its parcels (拆包发货, review19 V24), so that
   * neither the rows' order in a file nor the files' order ever changes a figure. The parcels are
   * those the shipment imports kept and the order export's own shipment (tryout20 Y7: a file naming
   * only the second parcel must not move the first outbound the order export gave): the export's is
   * a parcel of its own, keyed by its tracking number ('' without one), when it states a shipped or
   * delivered time; a kept parcel of the same key is the same parcel, its values winning field by
   * field (the carrier's scan is the better evidence, docs/sla.md). shipped = the first outbound of
   * them all; delivered = when the last tracked parcel was signed for (none while one of them is
   * still on its way, unless a parcel without a tracking number, which speaks for the whole order,
   * says it was delivered, or the order is completed — the buyer confirmed receipt, so a parcel
   * never signed for is a tracking number replaced, not goods on the way: tryout20 Y8); carrier and
   * tracking number both of one parcel, the first shipped that has a tracking number (else the
   * first that names a carrier); the latest estimated delivery and presale ship date. Only the
   * orders {@code %s} names are made again (the staging batch's orders, those whose parcels this
   * import inserted or changed, or the orders an orders import changed that have parcels), and
   * their record is stamped with this import only when it changes (the import's counts). Binds: the
   * ids' parameters, then the import.
   */
  static final String ROLLUP =
      """
      WITH ids (order_id) AS (%s),
      parcels AS (
        SELECT f.order_id, f.parcel,
               CASE WHEN f.parcel = coalesce(o.tracking_no, '')
                    THEN coalesce(f.carrier, o.carrier) ELSE f.carrier END AS carrier,
               f.tracking_no,
               CASE WHEN f.parcel = coalesce(o.tracking_no, '')
                    THEN coalesce(f.shipped_at, o.shipped_at) ELSE f.shipped_at END AS shipped_at,
               CASE WHEN f.parcel = coalesce(o.tracking_no, '')
                    THEN coalesce(f.delivered_at, o.delivered_at) ELSE f.delivered_at END
                 AS delivered_at,
               f.estimated_delivery_at, f.promised_ship_date, o.status, f.import_id
        FROM shipment_parcels f JOIN orders o ON o.order_id = f.order_id
        WHERE f.order_id IN (SELECT order_id FROM ids)
        UNION ALL
        SELECT o.order_id, coalesce(o.tracking_no, ''), o.carrier, o.tracking_no, o.shipped_at,
               o.delivered_at, NULL, NULL, o.status, NULL
        FROM orders o
        WHERE o.order_id IN (SELECT order_id FROM ids)
          AND (o.shipped_at IS NOT NULL OR o.delivered_at IS NOT NULL)
          AND EXISTS (SELECT 1 FROM shipment_parcels f WHERE f.order_id = o.order_id)
          AND NOT EXISTS (SELECT 1 FROM shipment_parcels f
                          WHERE f.order_id = o.order_id AND f.parcel = coalesce(o.tracking_no, ''))
      ),
      ranked AS (
        SELECT p.*, row_number() OVER (PARTITION BY p.order_id
            ORDER BY p.tracking_no IS NULL, p.carrier IS NULL, p.shipped_at IS NULL, p.shipped_at,
                     p.parcel) AS nth
        FROM parcels p
      )
      INSERT INTO shipments (order_id, carrier, tracking_no, shipped_at, delivered_at,
                             estimated_delivery_at, promised_ship_date, import_id)
      SELECT p.order_id,
             max(CASE WHEN p.nth = 1 THEN p.carrier END),
             max(CASE WHEN p.nth = 1 THEN p.tracking_no END),
             min(p.shipped_at),
             CASE WHEN count(CASE WHEN p.parcel <> '' AND p.delivered_at IS NULL THEN 1 END) = 0
                    OR max(CASE WHEN p.parcel = '' THEN p.delivered_at END) IS NOT NULL
                    OR max(CASE WHEN p.status = {COMPLETED} THEN 1 ELSE 0 END) = 1
                  THEN max(p.delivered_at) END,
             max(p.estimated_delivery_at), max(p.promised_ship_date), %s
      FROM ranked p
      WHERE true
      GROUP BY p.order_id
      ON CONFLICT (order_id) DO UPDATE SET carrier = excluded.carrier,
        tracking_no = excluded.tracking_no, shipped_at = excluded.shipped_at,
        delivered_at = excluded.delivered_at,
        estimated_delivery_at = excluded.estimated_delivery_at,
        promised_ship_date = excluded.promised_ship_date, import_id = excluded.import_id
      WHERE shipments.carrier IS DISTINCT FROM excluded.carrier
        OR shipments.tracking_no IS DISTINCT FROM excluded.tracking_no
        OR shipments.shipped_at IS DISTINCT FROM excluded.shipped_at
        OR shipments.delivered_at IS DISTINCT FROM excluded.delivered_at
        OR shipments.estimated_delivery_at IS DISTINCT FROM excluded.estimated_delivery_at
        OR shipments.promised_ship_date IS DISTINCT FROM excluded.promised_ship_date
      """
          .replace(
              "{COMPLETED}",
              OrderStatusSql.literal(com.shopops.domain.order.OrderStatus.COMPLETED));

  private PreparedStatement rollupStatement;

  /** Makes again the shipment records of the orders whose parcels this import wrote. */
  private void rollup() throws SQLException {
    if (rollupStatement == null) {
      // SQLite: the orders of the rows just moved from the staging table (each batch once, not
      // every order of the import so far at every batch); PostgreSQL: once, at the end
      rollupStatement =
          conn.prepareStatement(
              ROLLUP.formatted(
                  pgStage == null
                      ? "SELECT order_id FROM " + STAGE
                      : "SELECT order_id FROM shipment_parcels WHERE import_id = ?",
                  "?"));
    }
    if (pgStage != null) {
      rollupStatement.setLong(1, importId);
    }
    rollupStatement.setLong(pgStage != null ? 2 : 1, importId);
    rollupStatement.executeUpdate();
  }

  /**
   * Makes again the shipment records of the orders an orders import inserted or changed that have
   * parcels: the order export's own shipment and its status are parcels and rules of {@link
   * #ROLLUP} (tryout20 Y7, Y8), so a later export's fulfilment or 完成 counts as a shipments file
   * would. Nothing to do (one probe) in a store without parcels.
   */
  static void rollupOrdersOf(Connection conn, long importId) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1 FROM shipment_parcels LIMIT 1")) {
      if (!rs.next()) {
        return;
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            ROLLUP.formatted(
                "SELECT DISTINCT f.order_id FROM shipment_parcels f JOIN orders o"
                    + " ON o.order_id = f.order_id WHERE o.import_id = ?",
                "?"))) {
      ps.setLong(1, importId);
      ps.setLong(2, importId);
      ps.executeUpdate();
    }
  }

  /**
   * Makes again the shipment records of these orders that have parcels: those an older export's row
   * filled blanks of (a tracking number, a carrier, a shipped time), which keep the import that
   * wrote their snapshot and so are not among {@link #rollupOrdersOf}'s (tryout20 Y1).
   */
  static void rollupOrders(Connection conn, long importId, java.util.Collection<String> ids)
      throws SQLException {
    IdParts.each(
        conn,
        new ArrayList<>(ids),
        marks ->
            ROLLUP.formatted(
                "SELECT DISTINCT f.order_id FROM shipment_parcels f WHERE f.order_id IN ("
                    + marks
                    + ")",
                "?"),
        (ps, next) -> {
          ps.setLong(next, importId);
          ps.executeUpdate();
        });
  }

  /** The presales paid in stages whose paid time this import moved to their first outbound. */
  private int paidCapped;

  /** How many presales' paid time {@link #finish} moved to their first outbound (tryout23a A1). */
  public int paidCapped() {
    return paidCapped;
  }

  /** Writes what is left and returns the counts. */
  public OrderWriter.Counts finish() throws SQLException {
    sync();
    // a presale paid in stages is paid by its first outbound (tryout22a A1), as at order import
    paidCapped = StagedPaidSql.capOf(conn, "shipments", importId);
    for (PreparedStatement ps :
        new PreparedStatement[] {
          known, byTracking, knownMany, fullStage, applyStage, clearStage, rollupStatement
        }) {
      if (ps != null) {
        ps.close();
      }
    }
    if (before >= 0 && pgStage == null) {
      try (Statement st = conn.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + STAGE);
      }
    }
    if (byTracking != null) {
      try (Statement st = conn.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + Dialect.of(conn).temp("order_tracking"));
      }
    }
    if (before < 0) {
      return new OrderWriter.Counts(0, 0, 0, 0);
    }
    long inserted = count() - before;
    // per order, not per row: the upsert stamps this import on the shipments it inserted or changed
    // and on the parcels it added or changed (a second parcel of a known order whose first
    // outbound stays: updated, not unchanged, tryout23a A3)
    long touched;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT count(*) FROM (SELECT order_id FROM shipments WHERE import_id = ? UNION"
                + " SELECT order_id FROM shipment_parcels WHERE import_id = ?) t")) {
      ps.setLong(1, importId);
      ps.setLong(2, importId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        touched = rs.getLong(1);
      }
    }
    return new OrderWriter.Counts(inserted, touched - inserted, orders - touched, 0);
  }
}
