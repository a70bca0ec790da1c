package com.shopops.store;

import com.shopops.domain.metrics.Product;
import com.shopops.domain.metrics.Review;
import com.shopops.domain.metrics.TrafficDay;
import java.sql.SQLException;

/**
 * Writers of the small metric inputs: daily traffic, reviews and products. Each is an idempotent
 * upsert on its key (date+channel, order id, SKU); a value missing from a later export never
 * erases a stored one.
 */
public final class TrafficWriter {
  private final Upserter up;
  private final long importId;

  private TrafficWriter(Upserter up, long importId) {
    this.up = up;
    this.importId = importId;
  }

  static TrafficWriter traffic(ImportSession s) {
    return new TrafficWriter(
        new Upserter(s.connection(), "traffic", 2, "date", "channel", "pv", "uv", "import_id"),
        s.importId());
  }

  static TrafficWriter reviews(ImportSession s) {
    return new TrafficWriter(
        new Upserter(s.connection(), "reviews", 1, "order_id", "rating_description",
            "rating_service", "rating_logistics", "comment", "reviewed_at", "import_id"),
        s.importId());
  }

  static TrafficWriter products(ImportSession s) {
    return new TrafficWriter(
        new Upserter(s.connection(), "products", 1, "sku", "title", "category", "price", "stock",
            "has_description", "has_image", "import_id"),
        s.importId());
  }

  public void add(TrafficDay d) throws SQLException {
    up.add(d.date().toString(), d.channel(), d.pv(), d.uv(), importId);
  }

  public void add(Review r) throws SQLException {
    up.add(r.orderId(), r.ratingDescription(), r.ratingService(), r.ratingLogistics(),
        r.comment(), r.reviewedAt() == null ? null : r.reviewedAt().getEpochSecond(), importId);
  }

  public void add(Product p) throws SQLException {
    up.add(p.sku(), p.title(), p.category(), p.price(), p.stock(), flag(p.hasDescription()),
        flag(p.hasImage()), importId);
  }

  private static Integer flag(Boolean b) {
    return b == null ? null : b ? 1 : 0;
  }

  /** Inserted, updated, unchanged. */
  public long[] finish() throws SQLException {
    return up.finish();
  }
}
