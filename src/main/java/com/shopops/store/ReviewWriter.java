package com.shopops.store;

import com.shopops.domain.metrics.Review;
import java.sql.SQLException;

/**
 * Writes reviews: an idempotent upsert on the order id and review id (several reviews of one order
 * are kept); a value missing from a later export never erases a stored one.
 */
public final class ReviewWriter {
  private final Upserter up;
  private final long importId;

  private final java.sql.Connection conn;

  ReviewWriter(ImportSession s) {
    this.conn = s.connection();
    this.up =
        new Upserter(
            s.connection(),
            "reviews",
            2,
            "order_id",
            "review_id",
            "rating_description",
            "rating_service",
            "rating_logistics",
            "comment",
            "reviewed_at",
            "import_id");
    this.importId = s.importId();
  }

  public void add(Review r) throws SQLException {
    add(r, null);
  }

  /**
   * A review, one of several of its order when {@code reviewId} (the file's review id) or its
   * review time tells them apart.
   */
  public void add(Review r, String reviewId) throws SQLException {
    String id =
        reviewId != null
            ? reviewId
            : r.reviewedAt() != null ? Long.toString(r.reviewedAt().getEpochSecond()) : "";
    up.add(
        r.orderId(),
        id,
        r.ratingDescription(),
        r.ratingService(),
        r.ratingLogistics(),
        r.comment(),
        Binds.epoch(r.reviewedAt()),
        importId);
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
