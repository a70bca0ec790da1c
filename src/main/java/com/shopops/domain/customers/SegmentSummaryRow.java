package com.shopops.domain.customers;

import java.math.BigDecimal;

/**
 * One line of {@code customers segment --summary}.
 *
 * @param customers customers in the segment
 * @param share customers / all scored customers, a fraction rounded half-up to 4 places (0.2500)
 * @param orders Σ paid orders (R {@code rfm_segment_summary} "orders")
 * @param revenue Σ monetary, minor units
 * @param revenueShare revenue / total revenue, fraction, 4 places half-up; 0 when the total is 0
 * @param averageOrderValue revenue / orders in minor units, rounded half-up to a whole fen (R
 *     rounds its aov to 2 decimals of the currency)
 * @param averageR mean R score, 2 places half-up (likewise F and M)
 */
public record SegmentSummaryRow(
    String segment,
    int customers,
    BigDecimal share,
    long orders,
    long revenue,
    BigDecimal revenueShare,
    long averageOrderValue,
    BigDecimal averageR,
    BigDecimal averageF,
    BigDecimal averageM) {}
