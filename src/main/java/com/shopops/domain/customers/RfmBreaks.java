package com.shopops.domain.customers;

import java.util.List;

/**
 * The cut points of one RFM scoring, computed once over every buyer ({@link RfmScorer#breaks}):
 * they score one buyer without ranking the others, giving the score {@link RfmScorer#score} gives
 * that buyer among the buyers the breaks were computed over.
 *
 * @param binning how the cuts were made
 * @param bins scores 1..bins
 * @param recency cuts on recency days (the score is reversed: fewest days score highest)
 * @param frequency cuts on orders
 * @param monetary cuts on money in minor units
 */
public record RfmBreaks(RfmBinning binning, int bins, Cuts recency, Cuts frequency, Cuts monetary) {

  /**
   * One dimension's cuts, one per bin boundary k = 1..bins-1 (the start of bin k+1).
   *
   * <p>QUANTILE: {@code bounds.get(k-1)} is the k-th bound times bins (exact, see {@link
   * RfmScorer}); a value v reaches bin k+1 when {@code v × bins >= bound}; {@code ids} is empty.
   * NTILE: the (value, customer id) of the first buyer of bin k+1 in the order (value, id); a buyer
   * reaches bin k+1 when they sort at or after it; a null id marks a bin left empty (fewer buyers
   * than bins).
   */
  public record Cuts(List<Long> bounds, List<String> ids) {
    public Cuts {
      bounds = List.copyOf(bounds);
      ids = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ids));
    }

    /** The bin (1..) of a buyer with this value and id. */
    int bin(RfmBinning binning, int bins, long value, String customerId) {
      int b = 1;
      for (int k = 0; k < bounds.size(); k++) {
        boolean reached =
            binning == RfmBinning.QUANTILE
                ? Math.multiplyExact(value, (long) bins) >= bounds.get(k)
                : ids.get(k) != null
                    && (value > bounds.get(k)
                        || value == bounds.get(k) && customerId.compareTo(ids.get(k)) >= 0);
        if (reached) {
          b = k + 2;
        }
      }
      return b;
    }
  }

  /** The score of one buyer of the set the breaks were computed over, named by {@code segments}. */
  public RfmScore score(RfmInput c, SegmentTable segments) {
    int r = bins + 1 - recency.bin(binning, bins, c.recencyDays(), c.customerId());
    int f = frequency.bin(binning, bins, c.orders(), c.customerId());
    int m = monetary.bin(binning, bins, c.monetary(), c.customerId());
    return new RfmScore(
        c.customerId(),
        c.recencyDays(),
        c.orders(),
        c.monetary(),
        r,
        f,
        m,
        segments.segmentOf(r, f, m));
  }
}
