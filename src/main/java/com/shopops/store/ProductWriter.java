package com.shopops.store;

import com.shopops.domain.metrics.Product;
import java.sql.SQLException;

/**
 * Writes products: an idempotent upsert on the SKU; a value missing from a later export never
 * erases a stored one.
 */
public final class ProductWriter {
  private final Upserter up;
  private final long importId;

  ProductWriter(ImportSession s) {
    this.up =
        new Upserter(
            s.connection(),
            "products",
            1,
            "sku",
            "title",
            "category",
            "price",
            "stock",
            "has_description",
            "has_image",
            "import_id");
    this.importId = s.importId();
  }

  public void add(Product p) throws SQLException {
    up.add(
        p.sku(),
        p.title(),
        p.category(),
        p.price(),
        p.stock(),
        flag(p.hasDescription()),
        flag(p.hasImage()),
        importId);
  }

  private static Integer flag(Boolean b) {
    return b == null ? null : b ? 1 : 0;
  }

  /** Inserted, updated, unchanged. */
  public long[] finish() throws SQLException {
    return up.finish();
  }
}
