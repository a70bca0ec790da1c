package com.shopops.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberTiersTest {
  final TierPolicy policy = TierPolicy.defaults();

  @Test
  void growthValueIsSpendPerYuanPlusOrdersPlusReviewsRoundedDown() {
    // ¥1,234.56 + 3 × 10 + 2 × 5 = 1,274.56 → 1,274
    assertEquals(
        1_274,
        MemberTiers.growthValue(new TierInput("c", 123_456, 3, 2), GrowthWeights.defaults()));
    assertEquals(
        0, MemberTiers.growthValue(new TierInput("c", 99, 0, 0), GrowthWeights.defaults()));
  }

  @Test
  void weightsAreConfigurableAndMayBeFractional() {
    GrowthWeights half = new GrowthWeights(new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ONE);
    assertEquals(1, MemberTiers.growthValue(new TierInput("c", 301, 7, 0), half)); // 1.505
    assertEquals(4, MemberTiers.growthValue(new TierInput("c", 600, 7, 1), half));
  }

  @Test
  void netSpendBelowZeroNeverMakesGrowthNegative() {
    assertEquals(
        0, MemberTiers.growthValue(new TierInput("c", -50_000, 1, 0), GrowthWeights.defaults()));
  }

  @Test
  void exactlyAtAThresholdIsTheHigherTier() {
    assertEquals(
        new TierStanding("c", 0, "普通", 1, "银牌", 500), MemberTiers.standing("c", 0, policy));
    assertEquals(
        new TierStanding("c", 499, "普通", 1, "银牌", 1), MemberTiers.standing("c", 499, policy));
    assertEquals(
        new TierStanding("c", 500, "银牌", 2, "金牌", 1_500), MemberTiers.standing("c", 500, policy));
    assertEquals("金牌", MemberTiers.standing("c", 2_000, policy).tier());
    assertEquals("金牌", MemberTiers.standing("c", 7_999, policy).tier());
    assertEquals("白金", MemberTiers.standing("c", 8_000, policy).tier());
    assertEquals(
        new TierStanding("c", 19_999, "白金", 4, "钻石", 1), MemberTiers.standing("c", 19_999, policy));
  }

  @Test
  void theTopTierHasNoNextAndNeedsNothing() {
    assertEquals(
        new TierStanding("c", 20_000, "钻石", 5, null, 0), MemberTiers.standing("c", 20_000, policy));
    assertEquals(0, MemberTiers.standing("c", 1_000_000, policy).growthToNext());
  }

  @Test
  void assignKeepsInputOrder() {
    List<TierStanding> out =
        MemberTiers.assign(
            List.of(
                new TierInput("big", 2_000_000, 10, 3), // ¥20,000 + 100 + 15 = 20,115
                new TierInput("new", 4_990, 1, 0)), // ¥49.90 + 10 = 59.9 → 59
            policy);
    assertEquals(new TierStanding("big", 20_115, "钻石", 5, null, 0), out.get(0));
    assertEquals(new TierStanding("new", 59, "普通", 1, "银牌", 441), out.get(1));
  }

  @Test
  void namesAndThresholdsAreConfigurable() {
    TierPolicy two =
        new TierPolicy(GrowthWeights.defaults(), List.of(new Tier("V0", 0), new Tier("V1", 100)));
    assertEquals("V1", MemberTiers.standing("c", 100, two).tier());
    assertEquals(new TierStanding("c", 99, "V0", 1, "V1", 1), MemberTiers.standing("c", 99, two));
    TierPolicy one = new TierPolicy(GrowthWeights.defaults(), List.of(new Tier("会员", 0)));
    assertEquals(new TierStanding("c", 5, "会员", 1, null, 0), MemberTiers.standing("c", 5, one));
  }

  @Test
  void badLaddersAreRejected() {
    GrowthWeights w = GrowthWeights.defaults();
    assertThrows(IllegalArgumentException.class, () -> new TierPolicy(w, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new TierPolicy(w, List.of(new Tier("a", 10))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TierPolicy(w, List.of(new Tier("a", 0), new Tier("b", 0))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TierPolicy(w, List.of(new Tier("a", 0), new Tier("b", 50), new Tier("c", 40))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TierPolicy(w, List.of(new Tier("a", 0), new Tier("a", 50))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GrowthWeights(BigDecimal.ONE, BigDecimal.valueOf(-1), BigDecimal.ONE));
  }
}
