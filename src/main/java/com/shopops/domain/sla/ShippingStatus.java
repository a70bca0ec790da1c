package com.shopops.domain.sla;

/**
 * Where a paid order stands against its {@link ShipByDeadline} as of a given instant.
 *
 * <p>Rule (docs/sla.md): shipped on time / late (after {@code ship_within}) / breached (after
 * {@code ship_max}); unshipped due / at risk (deadline within {@code --within}) / overdue (past
 * {@code ship_within}) / breached (past {@code ship_max}). Exactly at a deadline is still inside
 * it.
 */
public enum ShippingStatus {
  /** Shipped at or before the ship-by deadline. */
  SHIPPED_ON_TIME,
  /** Shipped after the deadline, at or before the hard limit. */
  SHIPPED_LATE,
  /** Shipped after the hard limit ({@code ship_max}). */
  SHIPPED_BREACHED,
  /**
   * Delivered (or shipped by its status), but the data has no shipped time: it has certainly
   * shipped, but on time or not is unknown. Out of the ship rates and never an alert.
   */
  SHIPPED_TIME_UNKNOWN,
  /** Unshipped; the deadline is further away than {@code atRiskWithin}. */
  DUE,
  /** Unshipped; the deadline is within {@code atRiskWithin} (inclusive) and not yet passed. */
  AT_RISK,
  /** Unshipped past the deadline, not yet past the hard limit. */
  OVERDUE,
  /** Unshipped past the hard limit. */
  BREACHED,
  /** No paid time (yet): not on the shipping clock. Out of the rates. */
  NOT_PAID,
  /** Cancelled or refunded before shipping (交易关闭): out of scope of the rates, and said so. */
  EXCLUDED;

  /** Shipped with a known time: the denominator of the on-time ship rate. */
  public boolean isShippedOnRecord() {
    return this == SHIPPED_ON_TIME || this == SHIPPED_LATE || this == SHIPPED_BREACHED;
  }

  /** Still waiting to be shipped. */
  public boolean isUnshipped() {
    return this == DUE || this == AT_RISK || this == OVERDUE || this == BREACHED;
  }

  /** Past {@code ship_max}, shipped or not ({@code sla breaches}). */
  public boolean isBreach() {
    return this == SHIPPED_BREACHED || this == BREACHED;
  }

  /** Breached or overdue: what {@code --fail-on-breach} exits 3 for. */
  public boolean isAlert() {
    return isBreach() || this == OVERDUE;
  }

  /** Counted in the rates: paid and not cancelled before shipping. */
  public boolean isInScope() {
    return this != NOT_PAID && this != EXCLUDED;
  }
}
