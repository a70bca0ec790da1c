package com.shopops.domain.customers;

/**
 * A customer's tier.
 *
 * @param growth growth value (成长值)
 * @param tier the tier held
 * @param level 1-based position of the tier in the ladder (1 = 普通)
 * @param nextTier the tier above, or null at the top
 * @param growthToNext growth value still needed for the next tier; 0 at the top
 */
public record TierStanding(
    String customerId, long growth, String tier, int level, String nextTier, long growthToNext) {}
