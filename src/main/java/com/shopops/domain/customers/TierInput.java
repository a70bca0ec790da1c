package com.shopops.domain.customers;

import java.util.Objects;

/**
 * What a customer's growth value is earned from; one {@code GROUP BY customer_id} over paid orders
 * joined with reviews.
 *
 * @param spend total paid in minor units (fen), net of refunds
 * @param orders paid orders
 * @param reviews reviews written
 */
public record TierInput(String customerId, long spend, int orders, int reviews) {
  public TierInput {
    Objects.requireNonNull(customerId, "customerId");
    if (orders < 0 || reviews < 0) {
      throw new IllegalArgumentException("customer " + customerId + ": negative count");
    }
  }
}
