package com.shopops.domain.customers;

import java.util.Objects;

/** One layer of the value pyramid: a name and its share of customers in basis points (100 = 1%). */
public record PyramidLayer(String name, int basisPoints) {
  public PyramidLayer {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("pyramid layer name must not be blank");
    }
    if (basisPoints <= 0) {
      throw new IllegalArgumentException("layer " + name + ": share must be positive");
    }
  }
}
