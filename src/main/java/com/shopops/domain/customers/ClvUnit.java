package com.shopops.domain.customers;

/**
 * The unit of recency and T in the CLV summary. Periods are always calendar days; WEEKS divides the
 * day counts by 7, like lifetimes' {@code freq='D', freq_multiplier=7} (not pandas' weekly periods
 * {@code freq='W'}, which would also collapse purchases within a week).
 */
public enum ClvUnit {
  DAYS(1),
  WEEKS(7);

  private final int days;

  ClvUnit(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
