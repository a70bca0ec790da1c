package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure now against the previous period, for {@code metrics compare}. All values are in the
 * figure's own unit: counts, minor units of money, or rate fractions (so the change of a rate is in
 * fraction points: 0.0312 → 0.0350 is a change of 0.0038).
 *
 * <p>A rate or an amount per buyer is shown rounded (0.3333), but the change is worked out from its
 * exact value (1/3) when the caller gives it ({@link #of(BigDecimal, BigDecimal, BigDecimal,
 * BigDecimal, BigDecimal)}), and only the result is rounded: 1/3 → 1/4 is −25.00%, not the −24.99%
 * of 0.3333 → 0.2500.
 *
 * <ul>
 *   <li>{@code change = current − previous} (exact, rounded to the scale of the values shown); null
 *       when either is missing.
 *   <li>{@code relativeChange = change / |previous|} (exact), scale 4 HALF_UP (0.1250 = +12.5%);
 *       null when either is missing or the previous value is 0 (growth from nothing has no
 *       percentage).
 *   <li>{@code direction}: {@link Direction#FLAT} when the values are equal or the relative change
 *       is smaller in size than the flat threshold (default 0.005 = half a percent, so that 3.12% →
 *       3.13% reads as flat); otherwise {@link Direction#UP} / {@link Direction#DOWN} by the sign
 *       of the change (from a previous 0 any increase is UP); {@link Direction#UNKNOWN} when either
 *       value is missing.
 * </ul>
 */
public record Comparison(
    BigDecimal current,
    BigDecimal previous,
    BigDecimal change,
    BigDecimal relativeChange,
    Direction direction) {

  /** |relative change| below this is shown as flat (→): 0.005 = 0.5%. */
  public static final BigDecimal DEFAULT_FLAT_THRESHOLD = new BigDecimal("0.005");

  public static Comparison of(BigDecimal current, BigDecimal previous) {
    return of(current, previous, DEFAULT_FLAT_THRESHOLD);
  }

  public static Comparison of(Long current, Long previous) {
    return of(toDecimal(current), toDecimal(previous), DEFAULT_FLAT_THRESHOLD);
  }

  public static Comparison of(BigDecimal current, BigDecimal previous, BigDecimal flatThreshold) {
    return of(current, previous, current, previous, flatThreshold);
  }

  /**
   * {@code current} against {@code previous} as shown (rounded), the change and its direction
   * worked out from their exact values {@code exactCurrent} and {@code exactPrevious} (a rate's
   * numerator over its denominator, unrounded; null exactly when the shown value is null).
   */
  public static Comparison of(
      BigDecimal current,
      BigDecimal previous,
      BigDecimal exactCurrent,
      BigDecimal exactPrevious,
      BigDecimal flatThreshold) {
    if (flatThreshold == null || flatThreshold.signum() < 0) {
      throw new IllegalArgumentException("flat threshold must be 0 or more: " + flatThreshold);
    }
    if (current == null || previous == null || exactCurrent == null || exactPrevious == null) {
      return new Comparison(current, previous, null, null, Direction.UNKNOWN);
    }
    BigDecimal exactChange = exactCurrent.subtract(exactPrevious);
    BigDecimal change =
        exactChange.setScale(Math.max(current.scale(), previous.scale()), Ratios.ROUNDING);
    if (exactPrevious.signum() == 0) {
      Direction d =
          switch (exactChange.signum()) {
            case 1 -> Direction.UP;
            case -1 -> Direction.DOWN;
            default -> Direction.FLAT;
          };
      return new Comparison(current, previous, change, null, d);
    }
    BigDecimal exact = exactChange.divide(exactPrevious.abs(), 12, RoundingMode.HALF_UP);
    Direction d;
    if (exactChange.signum() == 0 || exact.abs().compareTo(flatThreshold) < 0) {
      d = Direction.FLAT;
    } else {
      d = exactChange.signum() > 0 ? Direction.UP : Direction.DOWN;
    }
    return new Comparison(
        current, previous, change, exact.setScale(Ratios.RATE_SCALE, Ratios.ROUNDING), d);
  }

  public String arrow() {
    return direction.arrow();
  }

  private static BigDecimal toDecimal(Long v) {
    return v == null ? null : BigDecimal.valueOf(v);
  }
}
