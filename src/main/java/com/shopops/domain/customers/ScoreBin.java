package com.shopops.domain.customers;

import java.math.BigDecimal;

/**
 * The value range that earned one score, for {@code --summary}.
 *
 * <p>QUANTILE: {@code lower <= value < upper} (R's {@code threshold} table; lower of the first bin
 * is the minimum, upper of the last is max + shift). A bin with {@code lower == upper} is empty —
 * its score is skipped. NTILE: {@code lower <= value <= upper} are the smallest and largest value
 * that fell in the bin (null when the bin is empty because there are fewer customers than bins).
 *
 * @param score the score (1..bins); for recency the bin with the fewest days has the top score
 * @param lower lower bound in the dimension's unit (days, orders, fen); exact when bins divides a
 *     power of ten (5 does), else rounded half-even to 6 places for display only
 * @param upper upper bound, see above
 * @param upperInclusive false for QUANTILE, true for NTILE
 * @param customers how many customers got this score
 */
public record ScoreBin(
    int score, BigDecimal lower, BigDecimal upper, boolean upperInclusive, int customers) {}
