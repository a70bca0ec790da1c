package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lifecycle stages. The first rule that applies wins:
 *
 * <ol>
 *   <li>no paid order up to as-of → PROSPECT;
 *   <li>silence &gt; churnAfterDays → CHURNED;
 *   <li>LAPSING: with two or more purchase days, silence &gt; max(lapseFactor × median gap,
 *       lapseMinDays); with one purchase day, silence &gt; singleDayLapseDays;
 *   <li>LOYAL: orders ≥ loyalMinOrders, or ≥ loyalRecentOrders paid in the last loyalWindowDays;
 *   <li>2+ orders → REPEAT; 1 order → FIRST_PURCHASE.
 * </ol>
 *
 * A loyal customer gone quiet is LAPSING (the stage that calls for action). Orders count paid
 * orders; gaps are between distinct purchase days (two orders on one day are one visit, so they
 * make a customer "repeat" but do not teach a zero-day rhythm). Orders paid after as-of are not
 * seen.
 */
public final class Lifecycle {
  private Lifecycle() {}

  public static LifecycleStanding classify(
      CustomerPurchases customer, LifecyclePolicy policy, Instant asOf, ZoneId zone) {
    LocalDate today = RfmInput.day(asOf, zone);
    List<LocalDate> days = new ArrayList<>(); // distinct purchase days, ascending
    int orders = 0;
    int recentOrders = 0;
    boolean refunded = true;
    for (Purchase p : customer.purchases()) {
      if (p.paidAt().isAfter(asOf)) {
        continue;
      }
      orders++;
      refunded &= p.refundedInFull();
      LocalDate d = RfmInput.day(p.paidAt(), zone);
      if (ChronoUnit.DAYS.between(d, today) < policy.loyalWindowDays()) {
        recentOrders++;
      }
      if (days.isEmpty() || !days.get(days.size() - 1).equals(d)) {
        days.add(d);
      }
    }
    if (orders == 0) {
      return new LifecycleStanding(
          customer.customerId(), LifecycleStage.PROSPECT, 0, null, null, null, null);
    }
    LocalDate last = days.get(days.size() - 1);
    long silent = ChronoUnit.DAYS.between(last, today);
    BigDecimal median = medianGap(days);
    BigDecimal lapseAfter =
        median == null
            ? BigDecimal.valueOf(policy.singleDayLapseDays())
            : policy.lapseFactor().multiply(median).max(BigDecimal.valueOf(policy.lapseMinDays()));

    LifecycleStage stage;
    if (silent > policy.churnAfterDays()) {
      stage = LifecycleStage.CHURNED;
    } else if (BigDecimal.valueOf(silent).compareTo(lapseAfter) > 0) {
      stage = LifecycleStage.LAPSING;
    } else if (orders >= policy.loyalMinOrders() || recentOrders >= policy.loyalRecentOrders()) {
      stage = LifecycleStage.LOYAL;
    } else if (orders >= 2) {
      stage = LifecycleStage.REPEAT;
    } else {
      stage = LifecycleStage.FIRST_PURCHASE;
    }
    return new LifecycleStanding(
        customer.customerId(),
        stage,
        orders,
        last,
        silent,
        median,
        lapseAfter,
        stage == LifecycleStage.FIRST_PURCHASE && refunded);
  }

  /** Stages for many customers, in input order. */
  public static List<LifecycleStanding> classifyAll(
      List<CustomerPurchases> customers, LifecyclePolicy policy, Instant asOf, ZoneId zone) {
    return customers.stream().map(c -> classify(c, policy, asOf, zone)).toList();
  }

  /** Median of the gaps (days) between consecutive purchase days; null with fewer than 2 days. */
  static BigDecimal medianGap(List<LocalDate> days) {
    if (days.size() < 2) {
      return null;
    }
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < days.size(); i++) {
      gaps.add(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
    }
    Collections.sort(gaps);
    int n = gaps.size();
    if (n % 2 == 1) {
      return BigDecimal.valueOf(gaps.get(n / 2));
    }
    // mean of the two middle gaps: a whole number or .5, exact
    return BigDecimal.valueOf(gaps.get(n / 2 - 1) + gaps.get(n / 2)).divide(BigDecimal.valueOf(2));
  }
}
