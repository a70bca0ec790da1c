package com.shopops.app.customers;

import java.util.Locale;

/** How {@code customers segment} groups customers. */
public enum SegmentMethod {
  /** RFM scores and segments (default). */
  RFM,
  /** Growth value and member tiers (会员等级). */
  TIER,
  /** Lifecycle stages (客户生命周期). */
  LIFECYCLE,
  /** The value pyramid by spend. */
  PYRAMID;

  /** The word on the command line: {@code rfm}, {@code tier}, … */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
