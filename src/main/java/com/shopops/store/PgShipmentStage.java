package com.shopops.store;

import com.shopops.domain.sla.Shipment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shipment writer on PostgreSQL ({@link PgOrderStage}'s pattern): the file's shipments go with
 * {@code COPY} into a temporary staging table, merged with one {@code INSERT … SELECT … ON
 * CONFLICT} (the upsert of {@link ShipmentWriter}, a value missing never erasing a stored one) when
 * the writer must see the store as the rows so far left it, or at the end of the file. An order
 * staged a second time merges the stage first, so that the upsert never meets one key twice and
 * counts a change per row, as the row batches do. The stage is private to the connection and
 * dropped at commit.
 */
final class PgShipmentStage {
  static final String TABLE = "pg_temp.shopops_shipment_stage";

  private static final String COLUMNS =
      "order_id, carrier, tracking_no, shipped_at, delivered_at, estimated_delivery_at,"
          + " promised_ship_date";

  /** Below this many staged rows the stage is emptied with DELETE, else with TRUNCATE. */
  private static final int TRUNCATE_ROWS = 10_000;

  private final Connection conn;
  private final long importId;
  private final Set<String> staged = new HashSet<>();
  private PgCopy copy;
  private boolean created;
  private long seq;

  /** Rows staged by the COPYs that ended since the last merge. */
  private long rows;

  PgShipmentStage(Connection conn, long importId) {
    this.conn = conn;
    this.importId = importId;
  }

  /** Whether the order has a shipment staged and not merged yet. */
  boolean has(String orderId) {
    return staged.contains(orderId);
  }

  /**
   * Stages the shipments in their order, in one COPY ended before this returns (the connection is
   * free for the importer's lookups); returns the changes of the merges this made.
   */
  long write(List<Shipment> shipments) throws SQLException {
    try {
      long changes = stage(shipments);
      pause();
      return changes;
    } catch (SQLException | RuntimeException e) {
      cancel();
      throw e;
    }
  }

  private long stage(List<Shipment> shipments) throws SQLException {
    long changes = 0;
    for (Shipment s : shipments) {
      if (!staged.add(s.orderId())) {
        changes += merge();
        staged.add(s.orderId());
      }
      if (copy == null) {
        create();
        copy = PgCopy.start(conn, TABLE, "seq, " + COLUMNS);
      }
      copy.field(seq++)
          .field(s.orderId())
          .field(s.carrier())
          .field(s.trackingNo())
          .field(epoch(s.shippedAt()))
          .field(epoch(s.deliveredAt()))
          .field(epoch(s.estimatedDeliveryAt()))
          .field(s.promisedShipDate() == null ? null : s.promisedShipDate().toString());
      copy.endRow();
    }
    return changes;
  }

  private static Long epoch(java.time.Instant t) {
    return t == null ? null : t.getEpochSecond();
  }

  private void create() throws SQLException {
    if (created) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      st.execute(
          "CREATE TEMP TABLE IF NOT EXISTS "
              + TABLE.substring(TABLE.indexOf('.') + 1)
              + " (seq BIGINT, order_id TEXT COLLATE \"C\", carrier TEXT COLLATE \"C\","
              + " tracking_no TEXT COLLATE \"C\", shipped_at BIGINT, delivered_at BIGINT,"
              + " estimated_delivery_at BIGINT, promised_ship_date TEXT COLLATE \"C\")"
              + " ON COMMIT DROP");
    }
    created = true;
  }

  private void pause() throws SQLException {
    if (copy != null) {
      rows += copy.end();
      copy = null;
    }
  }

  /** Merges the stage into the store and empties it; returns the rows inserted or changed. */
  long merge() throws SQLException {
    pause();
    if (rows == 0) {
      return 0;
    }
    staged.clear();
    // the row path's upsert, its VALUES replaced by the stage
    String upsert = ShipmentWriter.upsertSql(1);
    try (Statement st = conn.createStatement()) {
      long changes =
          st.executeUpdate(
              "INSERT INTO shipments ("
                  + COLUMNS
                  + ", import_id) SELECT "
                  + COLUMNS
                  + ", "
                  + importId
                  + " FROM "
                  + TABLE
                  + " ORDER BY seq"
                  + upsert.substring(upsert.indexOf(" ON CONFLICT")));
      st.executeUpdate((rows < TRUNCATE_ROWS ? "DELETE FROM " : "TRUNCATE ") + TABLE);
      rows = 0;
      return changes;
    }
  }

  /** Abandons a COPY under way (the import is rolled back). */
  void cancel() {
    if (copy != null) {
      copy.cancel();
      copy = null;
    }
  }
}
