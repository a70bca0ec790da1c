package com.shopops.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How people read a number, in one place for the terminal table and the report (review16 Q15):
 * thousands grouped by commas in both languages (12,345.67, as Chinese shop back-ends show money),
 * a rate as a percentage with two decimals (7.14%), the change of a rate in percentage points. csv,
 * tsv and json never use these: their numbers are plain (docs/output.md).
 */
public final class Numbers {
  private Numbers() {}

  /**
   * A number with its thousands grouped by commas and its scale kept: 12,345.67, -1,234.00, 800.
   */
  public static String grouped(BigDecimal v) {
    return com.shopops.text.Grouping.number(v);
  }

  /** A count with its thousands grouped: 1234567 → 1,234,567. */
  public static String grouped(long n) {
    return grouped(BigDecimal.valueOf(n));
  }

  /** A fraction as a percentage with two decimals, half up: 0.07143 → 7.14%. */
  public static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * The change of a fraction in percentage points, two decimals, half up: 0.0714 − 0.0662 = 0.0052
   * → 0.52 (3.10% → 3.40% is 0.30 points, not 9.7%).
   */
  public static BigDecimal points(BigDecimal fractionChange) {
    return fractionChange.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
  }
}
