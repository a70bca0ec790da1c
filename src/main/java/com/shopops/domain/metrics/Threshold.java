package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a raw figure becomes a 0–100 sub-score: 0 at {@code poor}, 100 at {@code good}, linear in
 * between and clamped outside. {@code good} may be below {@code poor} for figures where lower is
 * better (hours, complaint rate): a median ship time of 12 h (good) scores 100, 48 h (poor) scores
 * 0, 30 h scores 50. Scores have one decimal, HALF_UP.
 */
public record Threshold(BigDecimal poor, BigDecimal good) {
  public static final int SCORE_SCALE = 1;
  public static final BigDecimal MAX = BigDecimal.valueOf(100);

  public Threshold {
    Objects.requireNonNull(poor, "poor");
    Objects.requireNonNull(good, "good");
    if (poor.compareTo(good) == 0) {
      throw new IllegalArgumentException("poor and good thresholds must differ: " + poor);
    }
  }

  public static Threshold of(String poor, String good) {
    return new Threshold(new BigDecimal(poor), new BigDecimal(good));
  }

  /** True when a bigger value is better (good above poor). */
  public boolean higherIsBetter() {
    return good.compareTo(poor) > 0;
  }

  /** The 0–100 sub-score of {@code value}, scale 1 HALF_UP. */
  public BigDecimal score(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal s =
        value.subtract(poor).multiply(MAX).divide(good.subtract(poor), 10, RoundingMode.HALF_UP);
    if (s.signum() < 0) {
      s = BigDecimal.ZERO;
    } else if (s.compareTo(MAX) > 0) {
      s = MAX;
    }
    return s.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
  }
}
