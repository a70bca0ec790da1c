package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The shipping part of the store report over a period.
 *
 * @param shipped orders shipped in the period (with a paid time).
 * @param shippedOnTime of which shipped by their ship-by deadline ({@link OnTimeShipping}).
 * @param onTimeRate the scorecard's on-time ship rate, or null.
 * @param medianShipHours median hours from payment to shipping, or null.
 * @param onTimeDeliveryRate deliveries by their promised date / deliveries with one, or null.
 */
public record ShippingSummary(
    long shipped,
    long shippedOnTime,
    BigDecimal onTimeRate,
    BigDecimal medianShipHours,
    BigDecimal onTimeDeliveryRate) {}
