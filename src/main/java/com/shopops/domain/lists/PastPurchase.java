package com.shopops.domain.lists;

import java.time.Instant;
import java.util.Objects;

/**
 * One line a customer bought, as far as the lists need it: when (for the usual gap between orders
 * and the anniversary month) and what (for "what they bought"). {@code title}, {@code sku} and
 * {@code category} may be null.
 */
public record PastPurchase(String orderId, Instant at, String sku, String title, String category) {
  public PastPurchase {
    Objects.requireNonNull(at, "at");
  }

  /** What to call the item in a list: its title, else its SKU, else null. */
  public String label() {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    return sku == null || sku.isBlank() ? null : sku.strip();
  }
}
