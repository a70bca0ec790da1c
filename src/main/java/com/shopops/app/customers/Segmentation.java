package com.shopops.app.customers;

import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.PyramidLayerSummary;
import com.shopops.domain.customers.PyramidMember;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.RfmThresholds;
import com.shopops.domain.customers.SegmentSummaryRow;
import com.shopops.domain.customers.TierStanding;
import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code customers segment} found, one shape per method: the rows of the customers kept by the
 * filters, or with {@code summary} the rows per segment (tier, stage, layer).
 */
public sealed interface Segmentation {

  /**
   * RFM.
   *
   * @param scores the kept customers' rows (empty with summary)
   * @param summary one row per segment (empty without summary)
   * @param thresholds the value range of every score
   * @param unreachable segments the segment table in force never reaches
   * @param noBuyers nobody had a paid order up to as-of
   */
  record Rfm(
      List<RfmScore> scores,
      List<SegmentSummaryRow> summary,
      RfmThresholds thresholds,
      List<String> unreachable,
      boolean noBuyers)
      implements Segmentation {}

  /** One customer's tier with what earned it. */
  record TierRow(long spend, int orders, int reviews, TierStanding standing) {}

  /** Customers in one tier (or stage, layer) and their share of the customers counted. */
  record Count(String name, Long from, int customers, BigDecimal share) {}

  /** Member tiers: rows per customer, or counts per tier ({@link Count#from()} its threshold). */
  record Tiers(List<TierRow> rows, List<Count> summary) implements Segmentation {}

  /** Lifecycle stages: rows per customer, or counts per stage; the policy for the note. */
  record Lifecycle(List<LifecycleStanding> rows, List<Count> summary, LifecyclePolicy policy)
      implements Segmentation {}

  /**
   * The value pyramid.
   *
   * @param regionIgnored a region was asked for a summary, where layers are shop-wide
   */
  record Pyramid(
      List<PyramidMember> members, List<PyramidLayerSummary> summary, boolean regionIgnored)
      implements Segmentation {}
}
