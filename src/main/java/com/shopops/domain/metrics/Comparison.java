package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure now against the previous period, for {@code metrics compare}. All values are in the
 * figure's own unit: counts, minor units of money, or rate fractions (so the change of a rate is in
 * fraction points: 0.0312 → 0.0350 is a change of 0.0038).
 *
 * <ul>
 *   <li>{@code change = current − previous}; null when either is missing.
 *   <li>{@code relativeChange = change / |previous|}, scale 4 HALF_UP (0.1250 = +12.5%); null when
 *       either is missing or the previous value is 0 (growth from nothing has no percentage).
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
    if (flatThreshold == null || flatThreshold.signum() < 0) {
      throw new IllegalArgumentException("flat threshold must be 0 or more: " + flatThreshold);
    }
    if (current == null || previous == null) {
      return new Comparison(current, previous, null, null, Direction.UNKNOWN);
    }
    BigDecimal change = current.subtract(previous);
    if (previous.signum() == 0) {
      Direction d =
          switch (change.signum()) {
            case 1 -> Direction.UP;
            case -1 -> Direction.DOWN;
            default -> Direction.FLAT;
          };
      return new Comparison(current, previous, change, null, d);
    }
    BigDecimal exact = change.divide(previous.abs(), 12, RoundingMode.HALF_UP);
    Direction d;
    if (change.signum() == 0 || exact.abs().compareTo(flatThreshold) < 0) {
      d = Direction.FLAT;
    } else {
      d = change.signum() > 0 ? Direction.UP : Direction.DOWN;
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
