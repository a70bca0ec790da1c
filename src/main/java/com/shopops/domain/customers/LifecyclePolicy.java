package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Lifecycle rules. Days are calendar days in the store zone between the day of the last paid order
 * and the as-of day ("silence"), the same count as RFM recency.
 *
 * @param churnAfterDays churned when silence &gt; this (default 180): exactly 180 days silent is
 *     not yet churned, 181 is
 * @param lapseFactor lapsing when silence &gt; lapseFactor × the customer's median gap between
 *     purchase days (default 2)
 * @param lapseMinDays ... and silence &gt; this floor (default 30), so that someone who bought on
 *     two consecutive days is not "lapsing" three days later
 * @param singleDayLapseDays for customers who bought on one day only (no gap to learn from):
 *     lapsing when silence &gt; this (default 90)
 * @param loyalMinOrders loyal with at least this many paid orders in all (default 4) ...
 * @param loyalRecentOrders ... or at least this many (default 3) ...
 * @param loyalWindowDays ... paid in the last this-many days, today included (default 365: orders 0
 *     to 364 days before the as-of day count)
 */
public record LifecyclePolicy(
    int churnAfterDays,
    BigDecimal lapseFactor,
    int lapseMinDays,
    int singleDayLapseDays,
    int loyalMinOrders,
    int loyalRecentOrders,
    int loyalWindowDays) {
  public LifecyclePolicy {
    Objects.requireNonNull(lapseFactor, "lapseFactor");
    if (churnAfterDays < 0 || lapseMinDays < 0 || singleDayLapseDays < 0 || loyalWindowDays < 0) {
      throw new IllegalArgumentException("lifecycle day counts must not be negative");
    }
    if (lapseFactor.signum() <= 0) {
      throw new IllegalArgumentException("lapseFactor must be positive: " + lapseFactor);
    }
    if (loyalMinOrders < 2 || loyalRecentOrders < 2) {
      throw new IllegalArgumentException("loyal needs at least 2 orders");
    }
  }

  /**
   * Whether a store whose first purchase was on {@code firstPurchaseDay} cannot hold a churned
   * buyer on {@code today}: nobody has been silent longer than {@link #churnAfterDays()} (review11
   * K22: RFM over weeks of orders calls last week's buyers Lost).
   */
  public boolean noneCanHaveChurned(LocalDate firstPurchaseDay, LocalDate today) {
    return ChronoUnit.DAYS.between(firstPurchaseDay, today) <= churnAfterDays;
  }

  public static LifecyclePolicy defaults() {
    return new LifecyclePolicy(180, BigDecimal.valueOf(2), 30, 90, 4, 3, 365);
  }

  public LifecyclePolicy withChurnAfterDays(int days) {
    return new LifecyclePolicy(
        days,
        lapseFactor,
        lapseMinDays,
        singleDayLapseDays,
        loyalMinOrders,
        loyalRecentOrders,
        loyalWindowDays);
  }

  public LifecyclePolicy withLapseMinDays(int days) {
    return new LifecyclePolicy(
        churnAfterDays,
        lapseFactor,
        days,
        singleDayLapseDays,
        loyalMinOrders,
        loyalRecentOrders,
        loyalWindowDays);
  }
}
