package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How growth value (成长值) is earned: points per yuan spent, per paid order and per review. Defaults
 * 1 per yuan, 10 per order, 5 per review — spend dominates, a habit of ordering and of leaving
 * reviews (评价) adds a little. Weights may be fractional (0.5 per yuan) but not negative.
 */
public record GrowthWeights(BigDecimal perYuan, BigDecimal perOrder, BigDecimal perReview) {
  public GrowthWeights {
    check("perYuan", perYuan);
    check("perOrder", perOrder);
    check("perReview", perReview);
  }

  public static GrowthWeights defaults() {
    return new GrowthWeights(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(5));
  }

  private static void check(String name, BigDecimal w) {
    Objects.requireNonNull(w, name);
    if (w.signum() < 0) {
      throw new IllegalArgumentException("growth weight " + name + " must not be negative: " + w);
    }
  }
}
