package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The raw figures of one period for the scorecard, as the store measured them. A figure that could
 * not be measured (no products imported, no reviews, no returns…) is simply absent: it is then
 * reported as missing and left out of the averages. Fractions must lie in 0–1, ratings in 1–5,
 * hours be 0 or more. See {@link ScoreFigure} for each figure's definition.
 */
public record ScoreInputs(Map<ScoreFigure, BigDecimal> values) {
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  public ScoreInputs {
    Objects.requireNonNull(values, "values");
    Map<ScoreFigure, BigDecimal> copy = new EnumMap<>(ScoreFigure.class);
    values.forEach(
        (f, v) -> {
          if (v != null) {
            check(f, v);
            copy.put(f, v);
          }
        });
    values = Collections.unmodifiableMap(copy);
  }

  public static ScoreInputs of(Map<ScoreFigure, BigDecimal> values) {
    return new ScoreInputs(values);
  }

  /** No figures at all (e.g. there is no previous period). */
  public static ScoreInputs none() {
    return new ScoreInputs(Map.of());
  }

  /** The value of {@code f}, or null when it is missing. */
  public BigDecimal value(ScoreFigure f) {
    return values.get(f);
  }

  /** A copy with {@code f} set (null removes it). */
  public ScoreInputs with(ScoreFigure f, BigDecimal value) {
    Map<ScoreFigure, BigDecimal> m = new EnumMap<>(ScoreFigure.class);
    m.putAll(values);
    if (value == null) {
      m.remove(f);
    } else {
      m.put(f, value);
    }
    return new ScoreInputs(m);
  }

  private static void check(ScoreFigure f, BigDecimal v) {
    boolean ok =
        switch (f.unit()) {
          case FRACTION -> v.signum() >= 0 && v.compareTo(ONE) <= 0;
          case RATING -> v.compareTo(ONE) >= 0 && v.compareTo(FIVE) <= 0;
          case HOURS -> v.signum() >= 0;
        };
    if (!ok) {
      String range =
          switch (f.unit()) {
            case FRACTION -> "0 to 1";
            case RATING -> "1 to 5";
            case HOURS -> "0 or more";
          };
      throw new IllegalArgumentException(f.key() + " must be " + range + ": " + v.toPlainString());
    }
  }
}
