package com.shopops.app.lists;

import com.shopops.domain.customers.LifecycleStage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * {@code export promotion}: who is asked for (see {@link
 * com.shopops.domain.lists.PromotionCriteria}), as of when.
 *
 * @param asOf the clock in the store zone
 * @param segments RFM segment names; each must be a segment of the store's table
 * @param tiers member tier names; each must be one of the store's tiers
 * @param lifecycles lifecycle stages
 * @param regions region (华东…) or province (浙江…) names
 * @param bought SKUs or categories
 * @param minSpend fen, inclusive; null for none
 * @param since last order on or after this store date; null for none
 * @param cooldownDays null: the store's {@code lists.cooldown}
 * @param limit at most this many rows, most valuable first; null for all
 */
public record PromotionQuery(
    ZonedDateTime asOf,
    Set<String> segments,
    Set<String> tiers,
    Set<LifecycleStage> lifecycles,
    Set<String> regions,
    Set<String> bought,
    Long minSpend,
    LocalDate since,
    Integer cooldownDays,
    Integer limit) {

  public PromotionQuery {
    segments = Set.copyOf(segments);
    tiers = Set.copyOf(tiers);
    lifecycles = Set.copyOf(lifecycles);
    regions = Set.copyOf(regions);
    bought = Set.copyOf(bought);
  }
}
