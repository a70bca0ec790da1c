package com.shopops.domain.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's lifecycle stage and the figures behind it (so the output can say why).
 *
 * @param orders paid orders up to as-of
 * @param lastPurchaseDay day of the last paid order in the store zone; null for prospects
 * @param daysSilent days from lastPurchaseDay to the as-of day; null for prospects
 * @param medianGapDays median days between consecutive purchase days; null with fewer than two
 *     purchase days
 * @param lapseAfterDays the silence beyond which this customer counts as lapsing; null for
 *     prospects
 */
public record LifecycleStanding(
    String customerId,
    LifecycleStage stage,
    int orders,
    LocalDate lastPurchaseDay,
    Long daysSilent,
    BigDecimal medianGapDays,
    BigDecimal lapseAfterDays) {}
