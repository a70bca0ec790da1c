package com.shopops.domain.customers;

import java.math.BigDecimal;

/**
 * Totals of one pyramid layer.
 *
 * @param spendShare the layer's spend / all spend, fraction, 4 places half-up (0 when all is 0)
 * @param minSpend smallest spend in the layer (its entry bar); null when the layer is empty
 * @param maxSpend largest spend in the layer; null when empty
 */
public record PyramidLayerSummary(
    String layer, int customers, long spend, BigDecimal spendShare, Long minSpend, Long maxSpend) {}
