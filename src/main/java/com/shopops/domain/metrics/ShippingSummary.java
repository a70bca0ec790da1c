package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The shipping part of the store report over a period.
 *
 * <p>The total of {@code sla report} for the period: orders counted on the day they were paid.
 *
 * @param shipped orders paid in the period and shipped, with a known ship time.
 * @param shippedOnTime of which shipped by their ship-by deadline ({@link OnTimeShipping}).
 * @param onTimeRate shipped on time / shipped, or null.
 * @param medianShipHours median hours from payment to shipping, or null.
 * @param onTimeDeliveryRate deliveries by their promised date / deliveries with one, or null.
 */
public record ShippingSummary(
    long shipped,
    long shippedOnTime,
    BigDecimal onTimeRate,
    BigDecimal medianShipHours,
    BigDecimal onTimeDeliveryRate) {}
