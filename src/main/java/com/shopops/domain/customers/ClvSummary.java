package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * CLV model inputs exactly as Python lifetimes' {@code summary_data_from_transaction_data} builds
 * them (freq 'D'), so the output can feed a BG/NBD or Gamma-Gamma model unchanged:
 *
 * <ul>
 *   <li>purchases paid after the observation end (as-of, {@code --now}) are not seen;
 *   <li>each purchase falls on its calendar day in the store zone; purchases on the same day are
 *       one period, their amounts summed;
 *   <li>frequency = purchase days − 1 (repeat purchases only);
 *   <li>recency = last purchase day − first purchase day (the customer's age at their last purchase
 *       — not "days since last purchase", which is RFM recency);
 *   <li>T = observation-end day − first purchase day (the customer's age);
 *   <li>monetary_value = mean of the day totals excluding the first day; 0 with no repeat day.
 * </ul>
 *
 * When the purchases are in several currencies, the days (frequency, recency, T) are of every
 * purchase whatever its currency and the money of those in one currency only ({@code money}):
 * monetary_value is the mean of the repeat days' totals in it, over the repeat days with a purchase
 * in it; null (no figure) for a buyer whose repeat purchases are all in other currencies.
 *
 * <p>Customers without a purchase up to the observation end are left out, as in lifetimes. One
 * difference at the edge: lifetimes truncates purchases to their day before comparing with {@code
 * observation_period_end}, so when the end is a mid-day timestamp it keeps a purchase later that
 * same day; shopops never sees an order paid after {@code --now}. With an end at midnight or a
 * date, the two agree.
 */
public final class ClvSummary {
  private static final int WEEK_SCALE = 6;
  private static final int MONEY_SCALE = 4;

  private ClvSummary() {}

  /**
   * @param includeFirstTransaction lifetimes' {@code include_first_transaction}: when true,
   *     frequency counts every purchase day and monetary_value averages all days (default false)
   */
  public static List<ClvSummaryRow> summarize(
      List<CustomerPurchases> customers,
      Instant observationEnd,
      ZoneId zone,
      ClvUnit unit,
      boolean includeFirstTransaction) {
    return summarize(customers, p -> true, observationEnd, zone, unit, includeFirstTransaction);
  }

  /**
   * As {@link #summarize(List, Instant, ZoneId, ClvUnit, boolean)}, the money of the purchases
   * {@code money} accepts only (those in the ranked currency); the days of every purchase.
   */
  public static List<ClvSummaryRow> summarize(
      List<CustomerPurchases> customers,
      Predicate<Purchase> money,
      Instant observationEnd,
      ZoneId zone,
      ClvUnit unit,
      boolean includeFirstTransaction) {
    LocalDate endDay = RfmInput.day(observationEnd, zone);
    List<ClvSummaryRow> rows = new ArrayList<>();
    for (CustomerPurchases c : customers) {
      TreeSet<LocalDate> days = new TreeSet<>();
      TreeMap<LocalDate, Long> moneyByDay = new TreeMap<>();
      for (Purchase p : c.purchases()) {
        if (!p.paidAt().isAfter(observationEnd)) {
          LocalDate day = RfmInput.day(p.paidAt(), zone);
          days.add(day);
          if (money.test(p)) {
            moneyByDay.merge(day, p.amount(), Math::addExact);
          }
        }
      }
      if (days.isEmpty()) {
        continue;
      }
      LocalDate first = days.first();
      long periods = days.size();
      long valueSum = 0;
      long valueDays = 0;
      for (var e : moneyByDay.entrySet()) {
        if (includeFirstTransaction || !e.getKey().equals(first)) {
          valueSum = Math.addExact(valueSum, e.getValue());
          valueDays++;
        }
      }
      long frequency = includeFirstTransaction ? periods : periods - 1;
      BigDecimal monetary;
      if (frequency == 0) {
        monetary = BigDecimal.ZERO;
      } else if (valueDays == 0) {
        monetary = null; // repeat days in other currencies only: no figure in this one
      } else {
        monetary =
            BigDecimal.valueOf(valueSum)
                .divide(BigDecimal.valueOf(valueDays), MONEY_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        if (monetary.scale() < 0) {
          monetary = monetary.setScale(0);
        }
      }
      rows.add(
          new ClvSummaryRow(
              c.customerId(),
              frequency,
              inUnit(ChronoUnit.DAYS.between(first, days.last()), unit),
              inUnit(ChronoUnit.DAYS.between(first, endDay), unit),
              monetary));
    }
    return rows;
  }

  /** Default options: days, repeat purchases only. */
  public static List<ClvSummaryRow> summarize(
      List<CustomerPurchases> customers, Instant observationEnd, ZoneId zone) {
    return summarize(customers, observationEnd, zone, ClvUnit.DAYS, false);
  }

  private static BigDecimal inUnit(long days, ClvUnit unit) {
    if (unit == ClvUnit.DAYS) {
      return BigDecimal.valueOf(days);
    }
    return BigDecimal.valueOf(days)
        .divide(BigDecimal.valueOf(unit.days()), WEEK_SCALE, RoundingMode.HALF_EVEN);
  }
}
