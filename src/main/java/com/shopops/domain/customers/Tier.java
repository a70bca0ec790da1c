package com.shopops.domain.customers;

import java.util.Objects;

/**
 * A member tier (会员等级) and the growth value at which it starts (inclusive).
 *
 * @param name display name, e.g. 金牌
 * @param threshold growth value from which a customer holds this tier
 */
public record Tier(String name, long threshold) {
  public Tier {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("tier name must not be blank");
    }
    if (threshold < 0) {
      throw new IllegalArgumentException("tier " + name + ": threshold must not be negative");
    }
  }
}
