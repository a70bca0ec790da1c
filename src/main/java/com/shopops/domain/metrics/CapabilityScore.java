package com.shopops.domain.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One capability of the scorecard: the weighted average of its present figures' sub-scores.
 *
 * @param score 0–100 (scale 1), null when none of its figures could be measured.
 * @param weight the configured weight in the overall score.
 * @param effectiveWeight its actual share of the overall score after missing capabilities were
 *     dropped (scale 4), null when the capability is missing.
 * @param previousScore the capability score of the previous period, computed the same way, or null.
 * @param figures its figures, in {@link ScoreFigure} order, missing ones included.
 */
public record CapabilityScore(
    Capability capability,
    BigDecimal score,
    BigDecimal weight,
    BigDecimal effectiveWeight,
    BigDecimal previousScore,
    List<FigureScore> figures) {

  public CapabilityScore {
    figures = List.copyOf(figures);
  }

  public boolean missing() {
    return score == null;
  }
}
