package com.shopops.domain.customers;

import java.util.Objects;

/** A customer's total spend in minor units (net of refunds), for the value pyramid. */
public record CustomerSpend(String customerId, long spend) {
  public CustomerSpend {
    Objects.requireNonNull(customerId, "customerId");
  }
}
