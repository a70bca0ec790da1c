package com.shopops.io.imports;

import com.shopops.domain.metrics.Product;
import com.shopops.store.ImportSession;
import com.shopops.store.TrafficWriter;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/** The catalogue: one row per SKU with title, category, price, stock and content flags. */
final class ProductsHandler implements KindHandler {
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

  private final String file;
  private TrafficWriter writer;
  private Rejects rejects;
  private long records;

  ProductsHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects) {
    this.writer = session.products();
    this.rejects = rejects;
  }

  @Override
  public void accept(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      rejects.reject(List.of(r), r.errors().get(0));
      return;
    }
    if (r.text(SKU) == null) {
      rejects.reject(List.of(r), new RowError(file, r.line(), "sku", "missing"));
      return;
    }
    Long price = r.number(PRICE);
    if (price != null && price < 0) {
      rejects.reject(List.of(r), new RowError(file, r.line(), "price", "cannot be negative"));
      return;
    }
    writer.add(new Product(r.text(SKU), r.text(TITLE), r.text(CATEGORY), price, r.number(STOCK),
        r.bool(DESCRIPTION), r.bool(IMAGE)));
    records++;
  }

  @Override
  public Outcome finish() throws SQLException {
    long[] c = writer.finish();
    return new Outcome(c[0], c[1], c[2], records, 0);
  }
}
