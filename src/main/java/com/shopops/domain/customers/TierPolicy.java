package com.shopops.domain.customers;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Growth weights and the tier ladder.
 *
 * <p>Default ladder (growth value from which the tier holds; with the default weights roughly the
 * yuan a customer has spent): 普通 0, 银牌 500, 金牌 2,000, 白金 8,000, 钻石 20,000 — for a shop with a
 * ¥100–200 order value: silver after a few orders, gold for steady buyers, platinum and diamond for
 * the few percent who carry the shop.
 *
 * @param tiers ascending, strictly increasing thresholds, the first at 0 (so every customer has a
 *     tier), unique names
 */
public record TierPolicy(GrowthWeights weights, List<Tier> tiers) {
  public TierPolicy {
    Objects.requireNonNull(weights, "weights");
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("at least one tier is needed");
    }
    if (tiers.get(0).threshold() != 0) {
      throw new IllegalArgumentException(
          "the first tier (" + tiers.get(0).name() + ") must start at growth value 0");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("tier " + t.name() + " is listed twice");
      }
      if (i > 0 && t.threshold() <= tiers.get(i - 1).threshold()) {
        throw new IllegalArgumentException(
            "tier "
                + t.name()
                + " must start above "
                + tiers.get(i - 1).name()
                + " ("
                + t.threshold()
                + " <= "
                + tiers.get(i - 1).threshold()
                + ")");
      }
    }
  }

  public static TierPolicy defaults() {
    return new TierPolicy(
        GrowthWeights.defaults(),
        List.of(
            new Tier("普通", 0),
            new Tier("银牌", 500),
            new Tier("金牌", 2_000),
            new Tier("白金", 8_000),
            new Tier("钻石", 20_000)));
  }
}
