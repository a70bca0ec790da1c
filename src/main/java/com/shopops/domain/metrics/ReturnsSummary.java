package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The returns part of the store report over a period.
 *
 * @param requests return requests made in the period.
 * @param units units of those requests.
 * @param refunded refunds issued in the period, minor units.
 * @param returnRate units requested / units delivered in the period, or null.
 */
public record ReturnsSummary(long requests, long units, long refunded, BigDecimal returnRate) {}
