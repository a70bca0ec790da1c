package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The returns part of the store report over a period.
 *
 * <p>The {@code (all)} row of {@code returns report} for the period.
 *
 * @param requests return requests made in the period.
 * @param units units of those requests, rejected returns left out.
 * @param refunded refunds of those requests issued by the end of the period, minor units of the
 *     report's currency: the refunds of returns of orders in other currencies are left out.
 * @param returnRate units returned / units delivered in the period, or null.
 */
public record ReturnsSummary(long requests, long units, long refunded, BigDecimal returnRate) {}
