package com.shopops.store;

import static com.shopops.store.Binds.epoch;

import com.shopops.domain.sla.Shipment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The shipment writer on PostgreSQL ({@link PgStage}): the file's shipments go with {@code COPY}
 * into a temporary staging table, merged with one {@code INSERT … SELECT … ON CONFLICT} (the upsert
 * of {@link ShipmentWriter}, a value missing never erasing a stored one) when the writer must see
 * the store as the rows so far left it, or at the end of the file. An order staged a second time
 * merges the stage first, so that the upsert never meets one key twice and counts a change per row,
 * as the row batches do.
 */
final class PgShipmentStage {
  private static final String COLUMNS =
      "order_id, parcel, carrier, tracking_no, shipped_at, delivered_at, estimated_delivery_at,"
          + " promised_ship_date";

  private final long importId;
  private final PgStage stage;

  PgShipmentStage(Connection conn, long importId) {
    this.importId = importId;
    this.stage =
        PgStage.of(
            conn,
            "shipment",
            "order_id TEXT COLLATE \"C\", parcel TEXT COLLATE \"C\", carrier TEXT COLLATE \"C\","
                + " tracking_no TEXT COLLATE \"C\", shipped_at BIGINT, delivered_at BIGINT,"
                + " estimated_delivery_at BIGINT, promised_ship_date TEXT COLLATE \"C\"",
            COLUMNS);
  }

  /** Whether the order has a shipment staged and not merged yet. */
  boolean has(String orderId) {
    return stage.has(orderId);
  }

  /**
   * Stages the shipments in their order, in one COPY ended before this returns (the connection is
   * free for the importer's lookups); returns the changes of the merges this made.
   */
  long write(List<Shipment> shipments) throws SQLException {
    long[] changes = {0};
    stage.fill(
        shipments,
        s -> {
          if (stage.has(s.orderId())) {
            changes[0] += merge();
          }
          stage
              .row(s.orderId())
              .field(s.orderId())
              .field(ShipmentWriter.parcel(s))
              .field(s.carrier())
              .field(s.trackingNo())
              .field(epoch(s.shippedAt()))
              .field(epoch(s.deliveredAt()))
              .field(epoch(s.estimatedDeliveryAt()))
              .field(s.promisedShipDate() == null ? null : s.promisedShipDate().toString())
              .endRow();
        });
    return changes[0];
  }

  /** Merges the stage into the store and empties it; returns the rows inserted or changed. */
  long merge() throws SQLException {
    // the row path's upsert, its VALUES replaced by the stage
    String upsert = ShipmentWriter.upsertSql(1);
    return stage.merge(
        "INSERT INTO shipment_parcels ("
            + COLUMNS
            + ", import_id) SELECT "
            + COLUMNS
            + ", "
            + importId
            + " FROM "
            + stage.table()
            + " s WHERE "
            + ShipmentWriter.NOT_REMOVED
            + " ORDER BY seq"
            + upsert.substring(upsert.indexOf(" ON CONFLICT")));
  }

  /** Abandons a COPY under way (the import is rolled back). */
  void cancel() {
    stage.cancel();
  }
}
