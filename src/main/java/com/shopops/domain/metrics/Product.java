package com.shopops.domain.metrics;

import java.util.Objects;

/**
 * A listed SKU, for the pre-sale part of the scorecard. {@code hasDescription} / {@code hasImage}
 * are null when the export does not say.
 */
public record Product(
    String sku,
    String title,
    String category,
    Long price,
    Long stock,
    Boolean hasDescription,
    Boolean hasImage) {
  public Product {
    Objects.requireNonNull(sku, "sku");
  }

  /**
   * Product information is complete when the SKU has a title, a category and a price, and the
   * export does not say that its description or main image is missing (a flag that is not given
   * counts as present: it is not evidence of a gap).
   */
  public boolean complete() {
    return title != null
        && category != null
        && price != null
        && !Boolean.FALSE.equals(hasDescription)
        && !Boolean.FALSE.equals(hasImage);
  }
}
