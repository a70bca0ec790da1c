package com.shopops.domain.returns;

import com.shopops.domain.order.Platform;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shop's return rules.
 *
 * <ul>
 *   <li>{@code zone}: the store zone; "day of delivery" and "24:00 of the 7th day" are read in it.
 *   <li>{@code windowDays} (default 7): the no-reason window, 7天无理由退货 — 消保法 Art.25; 办法 Art.10:
 *       counted from the day after the buyer signs for the goods (签收次日起算).
 *   <li>{@code refundWithin} (default 7 days): refund due after the returned goods are received —
 *       办法 Art.13 "收到退回商品之日起七日内返还已支付价款". Measured as elapsed time from {@code received_at} (7 × 24
 *       h), which is never later than the calendar-day reading, so an operator is warned no later
 *       than the law requires.
 *   <li>{@code approveWithin} (default 48 h): time to approve or reject a request. This is a
 *       <b>shop policy default, not law</b>; platforms set their own (see DOMAIN.md §3.1).
 *   <li>{@code notEligibleSkus}, {@code notEligibleCategories}: items the shop excludes from
 *       no-reason returns — 办法 Art.6 (定制, 鲜活易腐, 拆封的数字化商品, 报刊) and Art.7 (only when the buyer
 *       confirmed at purchase). Matched trimmed and case-insensitively.
 *   <li>{@code platformWindowDays}: a marketplace's own window where it differs from the store's
 *       (review17 R24: a Madrid shop gives 14 days, EU Directive 2011/83 Art.9, while its Tmall
 *       storefront's orders keep Tmall's 7). An order of no marketplace (Shopify, the generic
 *       layout…) has {@code otherWindowDays} when set, else {@code windowDays}; {@link
 *       #forPlatform} picks the order's.
 *   <li>{@code otherWindowDays} (null: {@code windowDays}): the window of the orders of no
 *       marketplace — an overseas Shopify storefront of a Chinese JD shop promises its own 30 days
 *       while the JD orders keep the 7 of 消保法 Art.25 (review19 V23).
 * </ul>
 */
public record ReturnPolicy(
    ZoneId zone,
    int windowDays,
    Duration refundWithin,
    Duration approveWithin,
    Set<String> notEligibleSkus,
    Set<String> notEligibleCategories,
    Map<Platform, Integer> platformWindowDays,
    Integer otherWindowDays) {

  public static final int DEFAULT_WINDOW_DAYS = 7;
  public static final Duration DEFAULT_REFUND_WITHIN = Duration.ofDays(7);
  public static final Duration DEFAULT_APPROVE_WITHIN = Duration.ofHours(48);

  public ReturnPolicy {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(refundWithin, "refundWithin");
    Objects.requireNonNull(approveWithin, "approveWithin");
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1, was " + windowDays);
    }
    if (refundWithin.isNegative() || approveWithin.isNegative()) {
      throw new IllegalArgumentException("refundWithin and approveWithin must not be negative");
    }
    notEligibleSkus = normalise(notEligibleSkus);
    notEligibleCategories = normalise(notEligibleCategories);
    EnumMap<Platform, Integer> own = new EnumMap<>(Platform.class);
    if (platformWindowDays != null) {
      platformWindowDays.forEach(
          (p, days) -> {
            if (days == null || days < 1) {
              throw new IllegalArgumentException(
                  "windowDays of " + p.code() + " must be at least 1, was " + days);
            }
            own.put(p, days);
          });
    }
    platformWindowDays = java.util.Collections.unmodifiableMap(own);
    if (otherWindowDays != null && otherWindowDays < 1) {
      throw new IllegalArgumentException(
          "windowDays of other orders must be at least 1, was " + otherWindowDays);
    }
  }

  /** Every order of no marketplace with the store's window. */
  public ReturnPolicy(
      ZoneId zone,
      int windowDays,
      Duration refundWithin,
      Duration approveWithin,
      Set<String> notEligibleSkus,
      Set<String> notEligibleCategories,
      Map<Platform, Integer> platformWindowDays) {
    this(
        zone,
        windowDays,
        refundWithin,
        approveWithin,
        notEligibleSkus,
        notEligibleCategories,
        platformWindowDays,
        null);
  }

  /** One window for every order, whatever its marketplace. */
  public ReturnPolicy(
      ZoneId zone,
      int windowDays,
      Duration refundWithin,
      Duration approveWithin,
      Set<String> notEligibleSkus,
      Set<String> notEligibleCategories) {
    this(
        zone,
        windowDays,
        refundWithin,
        approveWithin,
        notEligibleSkus,
        notEligibleCategories,
        Map.of());
  }

  /**
   * The rules for an order of {@code platform} (null: of no marketplace): the marketplace's own
   * window when it has one, else the store's, counted in days of the marketplace's own clock (a
   * Tmall window ends at 24:00 Beijing time in a Madrid store).
   */
  public ReturnPolicy forPlatform(Platform platform) {
    Integer own = platform == null ? otherWindowDays : platformWindowDays.get(platform);
    int days = own == null ? windowDays : own;
    ZoneId clock = platform == null ? zone : platform.zone();
    if (days == windowDays && clock.equals(zone)) {
      return this;
    }
    return new ReturnPolicy(
        clock,
        days,
        refundWithin,
        approveWithin,
        notEligibleSkus,
        notEligibleCategories,
        platformWindowDays,
        otherWindowDays);
  }

  /** The longest window of any order: how far back a window can still be open. */
  public int longestWindowDays() {
    int longest = windowDays;
    for (int days : platformWindowDays.values()) {
      longest = Math.max(longest, days);
    }
    if (otherWindowDays != null) {
      longest = Math.max(longest, otherWindowDays);
    }
    return longest;
  }

  /** The shortest window of any order: how soon after delivery a window can have closed. */
  public int shortestWindowDays() {
    int shortest = windowDays;
    for (int days : platformWindowDays.values()) {
      shortest = Math.min(shortest, days);
    }
    if (otherWindowDays != null) {
      shortest = Math.min(shortest, otherWindowDays);
    }
    return shortest;
  }

  /** The defaults: 7-day window, refund within 7 days of receipt, approve within 48 h. */
  public static ReturnPolicy defaults(ZoneId zone) {
    return new ReturnPolicy(
        zone,
        DEFAULT_WINDOW_DAYS,
        DEFAULT_REFUND_WITHIN,
        DEFAULT_APPROVE_WITHIN,
        Set.of(),
        Set.of());
  }

  /** Why this item is not eligible for a no-reason return, or {@code null} when it is. */
  public String notEligibleReason(String sku, String category) {
    if (sku != null && notEligibleSkus.contains(key(sku))) {
      return "SKU " + sku.trim() + " is not eligible for " + windowDays + "-day no-reason returns";
    }
    if (category != null && notEligibleCategories.contains(key(category))) {
      return "category "
          + category.trim()
          + " is not eligible for "
          + windowDays
          + "-day no-reason returns";
    }
    return null;
  }

  private static Set<String> normalise(Set<String> values) {
    if (values == null) {
      return Set.of();
    }
    return values.stream()
        .filter(Objects::nonNull)
        .map(ReturnPolicy::key)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }
}
