package com.shopops.app.imports;

import com.shopops.domain.metrics.Product;
import com.shopops.store.ImportSession;
import com.shopops.store.ProductWriter;
import com.shopops.text.Problem;
import java.sql.SQLException;

/** The catalogue: one row per SKU with title, category, price, stock and content flags. */
final class ProductsHandler extends RowByRowHandler {
  static final KindSpec SPEC =
      KindSpec.of("products", "sku")
          .field("sku", FieldType.TEXT)
          .field("title", FieldType.TEXT)
          .field("category", FieldType.TEXT)
          .field("price", FieldType.MONEY)
          .field("stock", FieldType.INTEGER)
          .field("has_description", FieldType.BOOLEAN)
          .field("has_image", FieldType.BOOLEAN)
          .build();

  private static final int SKU = SPEC.index("sku");
  private static final int TITLE = SPEC.index("title");
  private static final int CATEGORY = SPEC.index("category");
  private static final int PRICE = SPEC.index("price");
  private static final int STOCK = SPEC.index("stock");
  private static final int DESCRIPTION = SPEC.index("has_description");
  private static final int IMAGE = SPEC.index("has_image");

  private ProductWriter writer;

  ProductsHandler(String file) {
    super(file);
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  void open(ImportSession session) {
    this.writer = session.products();
  }

  @Override
  boolean write(ParsedRow r) throws SQLException {
    Long price = r.number(PRICE);
    if (price != null && price < 0) {
      reject(r, "price", Problem.of("reason.negative"));
      return false;
    }
    writer.add(
        new Product(
            r.text(SKU),
            r.text(TITLE),
            r.text(CATEGORY),
            price,
            r.number(STOCK),
            r.bool(DESCRIPTION),
            r.bool(IMAGE)));
    return true;
  }

  @Override
  long[] counts() throws SQLException {
    return writer.finish();
  }
}
