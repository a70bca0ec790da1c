package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-line chart of a series: each value becomes one of ▁▂▃▄▅▆▇█, scaled linearly between the
 * series' minimum (▁) and maximum (█), rounded HALF_UP to the nearest bar. A null (or NaN/infinite)
 * value becomes a space; when all present values are equal every one is the middle bar ▄ (a flat
 * line, neither empty nor full). An empty series gives the empty string.
 */
public final class Sparkline {
  public static final String BARS = "▁▂▃▄▅▆▇█";

  /** The bar used for a series whose values are all equal. */
  public static final char FLAT_BAR = '▄';

  public static final char MISSING = ' ';

  private Sparkline() {}

  public static String of(List<? extends Number> values) {
    List<BigDecimal> xs = new ArrayList<>(values.size());
    BigDecimal min = null;
    BigDecimal max = null;
    for (Number n : values) {
      BigDecimal x = toDecimal(n);
      xs.add(x);
      if (x != null) {
        min = min == null || x.compareTo(min) < 0 ? x : min;
        max = max == null || x.compareTo(max) > 0 ? x : max;
      }
    }
    StringBuilder sb = new StringBuilder(xs.size());
    int top = BARS.length() - 1;
    for (BigDecimal x : xs) {
      if (x == null) {
        sb.append(MISSING);
      } else if (max.compareTo(min) == 0) {
        sb.append(FLAT_BAR);
      } else {
        int i =
            x.subtract(min)
                .multiply(BigDecimal.valueOf(top))
                .divide(max.subtract(min), 0, RoundingMode.HALF_UP)
                .intValueExact();
        sb.append(BARS.charAt(i));
      }
    }
    return sb.toString();
  }

  private static BigDecimal toDecimal(Number n) {
    if (n == null) {
      return null;
    }
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof Double || n instanceof Float) {
      // accepted for callers' convenience; the chart is a picture, exactness is not at stake
      return Double.isFinite(n.doubleValue()) ? new BigDecimal(n.toString()) : null;
    }
    return new BigDecimal(n.toString());
  }
}
