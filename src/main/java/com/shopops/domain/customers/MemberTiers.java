package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Growth value (成长值) and member tiers (会员等级). */
public final class MemberTiers {
  private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

  private MemberTiers() {}

  /**
   * perYuan × spend in yuan (fen included: ¥99.99 is 99.99 yuan) + perOrder × orders + perReview ×
   * reviews, rounded down to a whole point at the end (a member never sees a point they have not
   * fully earned), and never below 0 (refunds can make net spend negative).
   */
  public static long growthValue(TierInput c, GrowthWeights w) {
    BigDecimal yuan = BigDecimal.valueOf(c.spend()).divide(FEN_PER_YUAN);
    BigDecimal g =
        w.perYuan()
            .multiply(yuan)
            .add(w.perOrder().multiply(BigDecimal.valueOf(c.orders())))
            .add(w.perReview().multiply(BigDecimal.valueOf(c.reviews())));
    long points = g.setScale(0, RoundingMode.FLOOR).longValueExact();
    return Math.max(0, points);
  }

  /** The tier for a growth value: the highest tier whose threshold is ≤ the value. */
  public static TierStanding standing(String customerId, long growth, TierPolicy policy) {
    List<Tier> tiers = policy.tiers();
    int i = 0;
    while (i + 1 < tiers.size() && tiers.get(i + 1).threshold() <= growth) {
      i++;
    }
    boolean top = i + 1 == tiers.size();
    Tier next = top ? null : tiers.get(i + 1);
    return new TierStanding(
        customerId,
        growth,
        tiers.get(i).name(),
        i + 1,
        top ? null : next.name(),
        top ? 0 : next.threshold() - growth);
  }

  /** Growth value and tier for each customer, in input order. */
  public static List<TierStanding> assign(List<TierInput> customers, TierPolicy policy) {
    return customers.stream()
        .map(c -> standing(c.customerId(), growthValue(c, policy.weights()), policy))
        .toList();
  }
}
