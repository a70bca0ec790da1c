package com.shopops.domain.customers;

import java.util.List;

/** The bins used for each dimension, each list ordered by score 1..bins. */
public record RfmThresholds(
    RfmBinning binning, List<ScoreBin> recency, List<ScoreBin> frequency, List<ScoreBin> monetary) {
  public RfmThresholds {
    recency = List.copyOf(recency);
    frequency = List.copyOf(frequency);
    monetary = List.copyOf(monetary);
  }
}
