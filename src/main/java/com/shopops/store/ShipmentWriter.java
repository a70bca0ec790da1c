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
 * Writes imported shipments with an idempotent upsert keyed by order id, {@value #BATCH} per
 * statement. A value missing from the new record never erases a stored one. Also answers what the
 * importer must know before it accepts a row: is the order in the store, and what shipped and
 * delivered times does the store already hold for it.
 */
public final class ShipmentWriter {
  static final int BATCH = 50;

  private static final String[] COLUMNS = {
    "order_id",
    "carrier",
    "tracking_no",
    "shipped_at",
    "delivered_at",
    "estimated_delivery_at",
    "promised_ship_date",
    "import_id"
  };

  /** What the store knows of an order's shipping, the shipment record winning field by field. */
  public record Known(Instant shippedAt, Instant deliveredAt) {}

  private final Connection conn;
  private final long importId;
  private final List<Shipment> pending = new ArrayList<>(BATCH);
  private PreparedStatement fullBatch;
  private PreparedStatement known;
  private PreparedStatement byTracking;
  private long before = -1;
  private long written;
  private long changes;

  /** On PostgreSQL: the rows go with COPY into a stage, merged as seldom as the lookups allow. */
  private final PgShipmentStage stage;

  ShipmentWriter(ImportSession session) {
    this.conn = session.connection();
    this.importId = session.importId();
    this.stage =
        Dialect.of(conn) == Dialect.POSTGRESQL ? new PgShipmentStage(conn, importId) : null;
  }

  /** How many orders {@link #prefetch} reads at once. */
  public static final int PREFETCH = 256;

  /** What {@link #prefetch} read, kept up to date by {@link #add}. */
  private final java.util.Map<String, Optional<Known>> prefetched = new java.util.HashMap<>();

  private PreparedStatement knownMany;

  /**
   * Reads at once what the store holds for these orders (at most {@value #PREFETCH}), for the
   * {@link #known} of the next rows; what came before is forgotten.
   */
  public void prefetch(java.util.Collection<String> orderIds) throws SQLException {
    java.util.Map<String, Optional<Known>> staged = new java.util.HashMap<>();
    if (stage != null) { // the store does not hold a staged order's rows yet: keep what add() knew
      flush();
      for (String id : orderIds) {
        if (stage.has(id)) {
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
                  + " AS delivered_at FROM "
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
        prefetched.put(
            rs.getString(1),
            Optional.of(
                new Known(
                    OrderQueries.instant(rs, "shipped_at"),
                    OrderQueries.instant(rs, "delivered_at"))));
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
    for (int i = pending.size() - 1; i >= 0; i--) {
      if (pending.get(i).orderId().equals(orderId)) {
        sync(); // the same order twice in one batch: read what the earlier row wrote
        break;
      }
    }
    if (stage != null && stage.has(orderId)) {
      sync();
    }
    if (known == null) {
      known =
          conn.prepareStatement(
              "SELECT "
                  + Fulfilment.SHIPPED_AT
                  + " AS shipped_at, "
                  + Fulfilment.DELIVERED_AT
                  + " AS delivered_at FROM "
                  + Fulfilment.FROM
                  + " WHERE o.order_id = ?");
    }
    known.setString(1, orderId);
    try (ResultSet rs = known.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Known(
              OrderQueries.instant(rs, "shipped_at"), OrderQueries.instant(rs, "delivered_at")));
    }
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
              SELECT order_id FROM shipments WHERE tracking_no = ?
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

  public void add(Shipment s) throws SQLException {
    start();
    Optional<Known> was = prefetched.get(s.orderId());
    if (was != null && was.isPresent()) { // what the upsert will leave, field by field
      Known k = was.get();
      prefetched.put(
          s.orderId(),
          Optional.of(
              new Known(
                  s.shippedAt() != null ? s.shippedAt() : k.shippedAt(),
                  s.deliveredAt() != null ? s.deliveredAt() : k.deliveredAt())));
    }
    pending.add(s);
    if (pending.size() == (stage == null ? BATCH : PREFETCH)) {
      flush();
    }
  }

  private void start() throws SQLException {
    if (before >= 0) {
      return;
    }
    before = count();
  }

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
    if (stage != null) {
      changes += stage.write(pending);
      written += pending.size();
      pending.clear();
      return;
    }
    boolean full = pending.size() == BATCH;
    PreparedStatement ps;
    if (full) {
      if (fullBatch == null) {
        fullBatch = conn.prepareStatement(upsertSql(BATCH));
      }
      ps = fullBatch;
    } else {
      ps = conn.prepareStatement(upsertSql(pending.size()));
    }
    try {
      int p = 1;
      for (Shipment s : pending) {
        ps.setString(p++, s.orderId());
        ps.setString(p++, s.carrier());
        ps.setString(p++, s.trackingNo());
        setInstant(ps, p++, s.shippedAt());
        setInstant(ps, p++, s.deliveredAt());
        setInstant(ps, p++, s.estimatedDeliveryAt());
        ps.setString(p++, s.promisedShipDate() == null ? null : s.promisedShipDate().toString());
        ps.setLong(p++, importId);
      }
      changes += ps.executeUpdate();
      written += pending.size();
    } finally {
      if (!full) {
        ps.close();
      }
    }
    pending.clear();
  }

  static String upsertSql(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO shipments (");
    sb.append(String.join(", ", COLUMNS)).append(") VALUES ");
    String one = "(" + "?,".repeat(COLUMNS.length - 1) + "?)";
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    sb.append(" ON CONFLICT (order_id) DO UPDATE SET ");
    StringJoiner set = new StringJoiner(", ");
    StringJoiner changed = new StringJoiner(" OR ");
    for (String c : COLUMNS) {
      if (c.equals("order_id") || c.equals("import_id")) {
        continue;
      }
      String merged = "coalesce(excluded." + c + ", shipments." + c + ")";
      set.add(c + " = " + merged);
      changed.add("shipments." + c + " IS DISTINCT FROM " + merged);
    }
    set.add("import_id = excluded.import_id");
    return sb.append(set).append(" WHERE ").append(changed).toString();
  }

  /** Writes the rows added so far, so that the store holds them. */
  private void sync() throws SQLException {
    flush();
    if (stage != null) {
      changes += stage.merge();
    }
  }

  /** Writes what is left and returns the counts. */
  public OrderWriter.Counts finish() throws SQLException {
    sync();
    for (PreparedStatement ps : new PreparedStatement[] {fullBatch, known, byTracking, knownMany}) {
      if (ps != null) {
        ps.close();
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
    return new OrderWriter.Counts(inserted, changes - inserted, written - changes, 0);
  }
}
