package com.shopops.domain.customers;

/** How recency, frequency and monetary values are cut into scores. */
public enum RfmBinning {
  /**
   * The R {@code rfm} package's binning: type-7 quantile breaks plus one unit, ties kept together,
   * so scores can be skipped. See {@link RfmScorer}.
   */
  QUANTILE,
  /**
   * Equal-count bins (SQL {@code NTILE}, dplyr {@code ntile()}): customers sorted by value then by
   * customer id, larger bins first when the count does not divide evenly. Equal values may land in
   * different scores.
   */
  NTILE
}
