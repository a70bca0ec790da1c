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
 * @param refunded a first purchase whose money all went back (review19 V8): still the buyer's first
 *     purchase (review13 M9), shown "first purchase (refunded)", never a satisfied one
 */
public record LifecycleStanding(
    String customerId,
    LifecycleStage stage,
    int orders,
    LocalDate lastPurchaseDay,
    Long daysSilent,
    BigDecimal medianGapDays,
    BigDecimal lapseAfterDays,
    boolean refunded) {

  public LifecycleStanding(
      String customerId,
      LifecycleStage stage,
      int orders,
      LocalDate lastPurchaseDay,
      Long daysSilent,
      BigDecimal medianGapDays,
      BigDecimal lapseAfterDays) {
    this(
        customerId,
        stage,
        orders,
        lastPurchaseDay,
        daysSilent,
        medianGapDays,
        lapseAfterDays,
        false);
  }

  /** The mark a refunded first purchase's stage gets: {@code first purchase (refunded)}. */
  public static final String REFUNDED_MARK = " (refunded)";

  /** The stage as shown: its label, with {@link #REFUNDED_MARK} for a refunded first purchase. */
  public String shown() {
    return refunded ? stage.label() + REFUNDED_MARK : stage.label();
  }
}
