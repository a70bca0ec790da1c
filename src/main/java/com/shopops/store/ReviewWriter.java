package com.shopops.store;

import com.shopops.domain.metrics.Review;
import java.sql.SQLException;

/**
 * Writes reviews: an idempotent upsert on the order id; a value missing from a later export never
 * erases a stored one.
 */
public final class ReviewWriter {
  private final Upserter up;
  private final long importId;

  private final java.sql.Connection conn;

  ReviewWriter(ImportSession s) {
    this.conn = s.connection();
    this.up = new Upserter(s.connection(), "reviews", 1, "order_id", "rating_description",
        "rating_service", "rating_logistics", "comment", "reviewed_at", "import_id");
    this.importId = s.importId();
  }

  public void add(Review r) throws SQLException {
    up.add(r.orderId(), r.ratingDescription(), r.ratingService(), r.ratingLogistics(),
        r.comment(), r.reviewedAt() == null ? null : r.reviewedAt().getEpochSecond(), importId);
  }

  /** Whether the store (or this import, so far) has the order: a review of no order is a ghost. */
  public boolean orderExists(String orderId) throws SQLException {
    return OrderMergePath.exists(conn, orderId);
  }

  /** Inserted, updated, unchanged. */
  public long[] finish() throws SQLException {
    return up.finish();
  }
}
