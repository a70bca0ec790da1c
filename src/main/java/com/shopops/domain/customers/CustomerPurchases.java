package com.shopops.domain.customers;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A customer's paid orders (any order; sorted by paid time on construction). The store feeds this
 * from one query {@code ... WHERE paid_at IS NOT NULL ORDER BY customer_id, paid_at}; an empty list
 * is a prospect (registered, never paid).
 */
public record CustomerPurchases(String customerId, List<Purchase> purchases) {
  public CustomerPurchases {
    Objects.requireNonNull(customerId, "customerId");
    purchases =
        purchases.stream()
            .sorted(Comparator.comparing(Purchase::paidAt).thenComparing(Purchase::orderId))
            .toList();
  }
}
