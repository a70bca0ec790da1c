package com.shopops.domain.customers;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Value pyramid layers from the top down; whoever is left is {@code restName}. Default: top 1%,
 * next 4%, next 15%, rest (the 1/5/20 cumulative cut of customer value practice).
 */
public record PyramidPolicy(List<PyramidLayer> layers, String restName) {
  public PyramidPolicy {
    layers = List.copyOf(layers);
    Objects.requireNonNull(restName, "restName");
    int total = 0;
    Set<String> names = new HashSet<>(Set.of(restName));
    for (PyramidLayer l : layers) {
      total += l.basisPoints();
      if (!names.add(l.name())) {
        throw new IllegalArgumentException("pyramid layer " + l.name() + " is listed twice");
      }
    }
    if (total > 10_000) {
      throw new IllegalArgumentException("pyramid layers add up to more than 100%");
    }
  }

  public static PyramidPolicy defaults() {
    return new PyramidPolicy(
        List.of(
            new PyramidLayer("top 1%", 100),
            new PyramidLayer("next 4%", 400),
            new PyramidLayer("next 15%", 1_500)),
        "rest");
  }
}
