package com.shopops.domain.lists;

import java.util.Set;

/**
 * The configurable rules of {@code export followup}.
 *
 * @param satisfactionDays ask for a review of orders delivered this many calendar days ago (N;
 *     default 3): delivered on the store-zone date {@code asOf - N}
 * @param anniversaryAheadDays list anniversary customers from this many days before the 1st of
 *     their month (default 7)
 * @param anniversaryMinYears bought in that calendar month in at least this many earlier years
 *     (default 2)
 * @param vipQuietDays a top-tier customer not contacted for this many calendar days is due for care
 *     (default 30; same calendar-day counting as the cool-down)
 * @param cooldownDays the cool-down for the marketing follow-ups (winback, anniversary), default 14
 * @param topTiers the tiers counted as "top" for vip care and as valuable for winback (default 白金,
 *     钻石)
 * @param valuableSegments the RFM segments counted as valuable for winback (default Champions,
 *     Loyal Customers, At Risk, Can't Lose Them, Need Attention)
 * @param lapsingStages the lifecycle stages that mean "gone silent" (default lapsing, churned)
 */
public record FollowUpPolicy(
    int satisfactionDays,
    int anniversaryAheadDays,
    int anniversaryMinYears,
    int vipQuietDays,
    int cooldownDays,
    Set<String> topTiers,
    Set<String> valuableSegments,
    Set<String> lapsingStages) {

  public FollowUpPolicy {
    if (satisfactionDays < 0 || anniversaryAheadDays < 0 || vipQuietDays < 0 || cooldownDays < 0) {
      throw new IllegalArgumentException("day counts must not be negative");
    }
    if (anniversaryMinYears < 1) {
      throw new IllegalArgumentException("anniversaryMinYears must be at least 1");
    }
    topTiers = Set.copyOf(topTiers);
    valuableSegments = Set.copyOf(valuableSegments);
    lapsingStages = Set.copyOf(lapsingStages);
  }

  public static FollowUpPolicy defaults() {
    return new FollowUpPolicy(
        3,
        7,
        2,
        30,
        PromotionCriteria.DEFAULT_COOLDOWN_DAYS,
        Set.of("白金", "钻石"),
        Set.of("Champions", "Loyal Customers", "At Risk", "Can't Lose Them", "Need Attention"),
        Set.of("lapsing", "churned"));
  }

  public FollowUpPolicy withSatisfactionDays(int v) {
    return new FollowUpPolicy(
        v,
        anniversaryAheadDays,
        anniversaryMinYears,
        vipQuietDays,
        cooldownDays,
        topTiers,
        valuableSegments,
        lapsingStages);
  }

  public FollowUpPolicy withAnniversaryAheadDays(int v) {
    return new FollowUpPolicy(
        satisfactionDays,
        v,
        anniversaryMinYears,
        vipQuietDays,
        cooldownDays,
        topTiers,
        valuableSegments,
        lapsingStages);
  }

  public FollowUpPolicy withCooldownDays(int v) {
    return new FollowUpPolicy(
        satisfactionDays,
        anniversaryAheadDays,
        anniversaryMinYears,
        vipQuietDays,
        v,
        topTiers,
        valuableSegments,
        lapsingStages);
  }
}
