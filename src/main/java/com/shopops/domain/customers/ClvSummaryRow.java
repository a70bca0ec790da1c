package com.shopops.domain.customers;

import java.math.BigDecimal;

/**
 * One row of {@code customers summary}: columns {@code customer_id, frequency, recency, T,
 * monetary_value} as lifetimes' {@code summary_data_from_transaction_data} defines them.
 *
 * @param frequency repeat purchase days (purchase days − 1)
 * @param recency last purchase day − first purchase day, in the unit (0 for one-day buyers); a
 *     whole number in DAYS, rounded half-even to 6 places in WEEKS
 * @param t observation-end day − first purchase day, in the unit, rounded likewise
 * @param monetaryValue mean of the per-day purchase totals after the first day, in minor units
 *     (fen), rounded half-even to 4 places; 0 when there is no repeat day; null when the repeat
 *     days' purchases are all in currencies other than the one money is counted in
 */
public record ClvSummaryRow(
    String customerId,
    long frequency,
    BigDecimal recency,
    BigDecimal t,
    BigDecimal monetaryValue) {}
