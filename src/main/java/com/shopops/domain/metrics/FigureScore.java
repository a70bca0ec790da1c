package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * One raw figure of the scorecard and its sub-score.
 *
 * @param value the raw figure, null when missing.
 * @param score 0–100 (scale 1), null when missing.
 * @param threshold the poor/good values the score was computed with.
 * @param weight the configured weight inside the capability.
 * @param effectiveWeight the share of the capability score this figure actually carries after
 *     missing figures were dropped (scale 4), null when missing.
 * @param previousValue the figure in the previous period, or null.
 * @param previousScore its sub-score, or null.
 * @param scoreChange {@code score − previousScore} in points, null unless both exist.
 * @param valueChange the raw figure against the previous period (arrow, absolute and relative
 *     change).
 */
public record FigureScore(
    ScoreFigure figure,
    BigDecimal value,
    BigDecimal score,
    Threshold threshold,
    BigDecimal weight,
    BigDecimal effectiveWeight,
    BigDecimal previousValue,
    BigDecimal previousScore,
    BigDecimal scoreChange,
    Comparison valueChange) {

  public boolean missing() {
    return value == null;
  }
}
