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
 * Customers without a purchase up to the observation end are left out, as in lifetimes. One
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
    LocalDate endDay = RfmInput.day(observationEnd, zone);
    List<ClvSummaryRow> rows = new ArrayList<>();
    for (CustomerPurchases c : customers) {
      TreeMap<LocalDate, Long> byDay = new TreeMap<>();
      for (Purchase p : c.purchases()) {
        if (!p.paidAt().isAfter(observationEnd)) {
          byDay.merge(RfmInput.day(p.paidAt(), zone), p.amount(), Math::addExact);
        }
      }
      if (byDay.isEmpty()) {
        continue;
      }
      LocalDate first = byDay.firstKey();
      long periods = byDay.size();
      long valueSum = 0;
      for (var e : byDay.entrySet()) {
        if (includeFirstTransaction || !e.getKey().equals(first)) {
          valueSum = Math.addExact(valueSum, e.getValue());
        }
      }
      long frequency = includeFirstTransaction ? periods : periods - 1;
      BigDecimal monetary =
          frequency == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(valueSum)
                  .divide(BigDecimal.valueOf(frequency), MONEY_SCALE, RoundingMode.HALF_EVEN)
                  .stripTrailingZeros();
      if (monetary.scale() < 0) {
        monetary = monetary.setScale(0);
      }
      rows.add(
          new ClvSummaryRow(
              c.customerId(),
              frequency,
              inUnit(ChronoUnit.DAYS.between(first, byDay.lastKey()), unit),
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
