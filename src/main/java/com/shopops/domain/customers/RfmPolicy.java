package com.shopops.domain.customers;

import java.util.Objects;

/**
 * Configured RFM rules.
 *
 * @param binning {@link RfmBinning#QUANTILE} (default, the R {@code rfm} practice) or NTILE
 * @param bins scores per dimension, 2–10 (default 5; the default segment table assumes 5)
 * @param monetaryShift the R package's "+1" on monetary thresholds, in minor units. Default 1 fen:
 *     a total exactly at a whole-fen quantile goes to the lower score, which is what the +1 does
 *     for R users' whole-unit data. Set 100 to reproduce R fed with amounts in yuan (its +1 is then
 *     one yuan). Recency (days) and frequency (orders) always use R's +1, their natural unit.
 * @param segments the named-segment table (default {@link SegmentTable#defaults()})
 */
public record RfmPolicy(RfmBinning binning, int bins, long monetaryShift, SegmentTable segments) {
  public static final int DEFAULT_BINS = 5;
  public static final long DEFAULT_MONETARY_SHIFT = 1;

  public RfmPolicy {
    Objects.requireNonNull(binning, "binning");
    Objects.requireNonNull(segments, "segments");
    if (bins < 2 || bins > 10) {
      throw new IllegalArgumentException("bins must be between 2 and 10, got " + bins);
    }
    if (monetaryShift < 1) {
      // 0 would leave the largest total outside every bin ([min, max) ranges)
      throw new IllegalArgumentException("monetaryShift must be at least 1, got " + monetaryShift);
    }
  }

  /** QUANTILE, 5 bins, +1 fen, the default segment table. */
  public static RfmPolicy defaults() {
    return new RfmPolicy(
        RfmBinning.QUANTILE, DEFAULT_BINS, DEFAULT_MONETARY_SHIFT, SegmentTable.defaults());
  }

  public RfmPolicy withBinning(RfmBinning b) {
    return new RfmPolicy(b, bins, monetaryShift, segments);
  }

  public RfmPolicy withSegments(SegmentTable table) {
    return new RfmPolicy(binning, bins, monetaryShift, table);
  }

  public RfmPolicy withMonetaryShift(long shift) {
    return new RfmPolicy(binning, bins, shift, segments);
  }
}
