package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The two divisions every metric is made of. A zero (or missing) denominator gives {@code null} —
 * printed as an empty cell — never NaN, infinity or an exception.
 */
public final class Ratios {
  /** Rates are fractions with 4 decimals (0.0312 = 3.12%), rounded half up. */
  public static final int RATE_SCALE = 4;

  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private Ratios() {}

  /**
   * {@code numerator / denominator} as a fraction of scale 4, HALF_UP; null when either is null or
   * the denominator is 0.
   */
  public static BigDecimal rate(Long numerator, Long denominator) {
    if (numerator == null || denominator == null || denominator == 0L) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), RATE_SCALE, ROUNDING);
  }

  /**
   * {@code numerator / denominator} unrounded (to 34 significant digits, {@link
   * MathContext#DECIMAL128}), for working out a change before the rate is rounded to be shown; null
   * as {@link #rate(Long, Long)}.
   */
  public static BigDecimal exact(Long numerator, Long denominator) {
    if (numerator == null || denominator == null || denominator == 0L) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
  }

  /** {@link #rate(Long, Long)} over BigDecimal values (e.g. averages); same rules. */
  public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
    if (numerator == null || denominator == null || denominator.signum() == 0) {
      return null;
    }
    return numerator.divide(denominator, RATE_SCALE, ROUNDING);
  }

  /**
   * Money per unit: {@code minorUnits / count} rounded HALF_UP to a whole minor unit (fen/cent),
   * e.g. 1000 fen over 3 buyers = 333 fen, 1001 fen over 2 = 501 fen (500.5 rounds up), −1001 over
   * 2 = −501 (half away from zero). Null when count is 0 or either is null.
   */
  public static Long perUnit(Long minorUnits, Long count) {
    if (minorUnits == null || count == null || count == 0L) {
      return null;
    }
    return BigDecimal.valueOf(minorUnits)
        .divide(BigDecimal.valueOf(count), 0, ROUNDING)
        .longValueExact();
  }
}
