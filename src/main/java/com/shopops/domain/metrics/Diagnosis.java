package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * One line of the scorecard diagnosis.
 *
 * @param kind why the figure is listed.
 * @param figure the figure; its capability is {@code figure.capability()}.
 * @param value the raw figure now.
 * @param score its sub-score now.
 * @param previousValue the raw figure in the previous period (movers only, else null).
 * @param scoreChange sub-score points gained (+) or lost (−) since the previous period, or null.
 * @param suggestion one line of advice (English, with the Chinese term).
 */
public record Diagnosis(
    Kind kind,
    ScoreFigure figure,
    BigDecimal value,
    BigDecimal score,
    BigDecimal previousValue,
    BigDecimal scoreChange,
    String suggestion) {

  public enum Kind {
    /** Among the lowest sub-scores (below 100). */
    WEAKEST,
    /** Among the biggest drops in sub-score since the previous period. */
    WORSENED,
    /** Among the biggest gains in sub-score since the previous period. */
    IMPROVED
  }

  /** Advice for figures that improved: the same for all of them. */
  public static final String KEEP_IT_UP =
      "Improved since the previous period: keep doing what moved it.";
}
