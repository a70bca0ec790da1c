package com.shopops.domain.lists;

import java.time.LocalDate;
import java.util.Set;

/**
 * What {@code export promotion} asks for. Within one filter the values are alternatives (segment
 * Champions OR Loyal Customers); across filters they all apply (Champions AND 华东). An empty set or
 * a null value is no filter; with no filter at all every customer who may be contacted is chosen.
 *
 * @param segments RFM segment names, matched ignoring case, spaces and punctuation
 * @param tiers member tier names
 * @param lifecycles lifecycle stage names
 * @param regions region (华东…) or province (浙江…) names: a value matches either
 * @param boughtSkuOrCategory SKUs or category names, matched exactly against what the customer
 *     bought
 * @param minSpend total spend at least this many fen (inclusive), or null
 * @param since last order on or after this date in the store zone, or null
 * @param cooldownDays leave out customers contacted within this many calendar days (default {@value
 *     #DEFAULT_COOLDOWN_DAYS}; 0 turns the cool-down off); see {@link Cooldown}
 * @param limit at most this many rows, the most valuable first; null for no limit
 */
public record PromotionCriteria(
    Set<String> segments,
    Set<String> tiers,
    Set<String> lifecycles,
    Set<String> regions,
    Set<String> boughtSkuOrCategory,
    Long minSpend,
    LocalDate since,
    int cooldownDays,
    Integer limit) {

  public static final int DEFAULT_COOLDOWN_DAYS = 14;

  public PromotionCriteria {
    segments = clean(segments);
    tiers = clean(tiers);
    lifecycles = clean(lifecycles);
    regions = clean(regions);
    boughtSkuOrCategory = clean(boughtSkuOrCategory);
    if (cooldownDays < 0) {
      throw new IllegalArgumentException("cooldown must not be negative: " + cooldownDays);
    }
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  /** No filter, the default cool-down, no limit. */
  public static PromotionCriteria everyone() {
    return new PromotionCriteria(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, DEFAULT_COOLDOWN_DAYS, null);
  }

  public PromotionCriteria withSegments(String... v) {
    return new PromotionCriteria(
        Set.of(v),
        tiers,
        lifecycles,
        regions,
        boughtSkuOrCategory,
        minSpend,
        since,
        cooldownDays,
        limit);
  }

  public PromotionCriteria withTiers(String... v) {
    return new PromotionCriteria(
        segments,
        Set.of(v),
        lifecycles,
        regions,
        boughtSkuOrCategory,
        minSpend,
        since,
        cooldownDays,
        limit);
  }

  public PromotionCriteria withLifecycles(String... v) {
    return new PromotionCriteria(
        segments,
        tiers,
        Set.of(v),
        regions,
        boughtSkuOrCategory,
        minSpend,
        since,
        cooldownDays,
        limit);
  }

  public PromotionCriteria withRegions(String... v) {
    return new PromotionCriteria(
        segments,
        tiers,
        lifecycles,
        Set.of(v),
        boughtSkuOrCategory,
        minSpend,
        since,
        cooldownDays,
        limit);
  }

  public PromotionCriteria withBought(String... v) {
    return new PromotionCriteria(
        segments, tiers, lifecycles, regions, Set.of(v), minSpend, since, cooldownDays, limit);
  }

  public PromotionCriteria withMinSpend(Long v) {
    return new PromotionCriteria(
        segments, tiers, lifecycles, regions, boughtSkuOrCategory, v, since, cooldownDays, limit);
  }

  public PromotionCriteria withSince(LocalDate v) {
    return new PromotionCriteria(
        segments,
        tiers,
        lifecycles,
        regions,
        boughtSkuOrCategory,
        minSpend,
        v,
        cooldownDays,
        limit);
  }

  public PromotionCriteria withCooldownDays(int v) {
    return new PromotionCriteria(
        segments, tiers, lifecycles, regions, boughtSkuOrCategory, minSpend, since, v, limit);
  }

  public PromotionCriteria withLimit(Integer v) {
    return new PromotionCriteria(
        segments,
        tiers,
        lifecycles,
        regions,
        boughtSkuOrCategory,
        minSpend,
        since,
        cooldownDays,
        v);
  }

  private static Set<String> clean(Set<String> values) {
    if (values == null) {
      return Set.of();
    }
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
