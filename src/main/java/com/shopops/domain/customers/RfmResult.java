package com.shopops.domain.customers;

import java.util.List;

/**
 * Scores for every customer, in the order of the input, and the thresholds that produced them (null
 * thresholds never; empty lists when there were no customers).
 */
public record RfmResult(List<RfmScore> scores, RfmThresholds thresholds) {
  public RfmResult {
    scores = List.copyOf(scores);
  }
}
