package com.shopops.store;

import com.shopops.domain.lists.Complaint;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes complaints: an idempotent upsert on the complaint id; a value missing from a later export
 * never erases a stored one (a complaint closed stays closed).
 */
public final class ComplaintWriter {
  private final Upserter up;
  private final long importId;
  private final Connection conn;

  ComplaintWriter(ImportSession s) {
    this.conn = s.connection();
    this.up =
        new Upserter(
            s.connection(),
            "complaints",
            1,
            "complaint_id",
            "order_id",
            "customer_id",
            "opened_at",
            "closed_at",
            "type",
            "outcome",
            "import_id");
    this.importId = s.importId();
  }

  public void add(Complaint c) throws SQLException {
    up.add(
        c.complaintId(),
        c.orderId(),
        c.customerId(),
        c.openedAt().getEpochSecond(),
        Binds.epoch(c.closedAt()),
        c.type(),
        c.outcome(),
        importId);
  }

  /** Whether the store (or this import, so far) has the order. */
  public boolean orderExists(String orderId) throws SQLException {
    return OrderMergePath.exists(conn, orderId);
  }

  /** Inserted, updated, unchanged. */
  public long[] finish() throws SQLException {
    return up.finish();
  }
}
