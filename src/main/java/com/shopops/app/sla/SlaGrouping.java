package com.shopops.app.sla;

import java.util.Locale;

/** What {@code sla report --by} groups orders by. */
public enum SlaGrouping {
  /** The paid day (created day when unpaid), store zone. */
  DAY,
  /** The ISO week of that day. */
  WEEK,
  CARRIER,
  PROVINCE,
  /** Each SKU of the order: an order with several counts under each. */
  SKU;

  /** The word the CLI takes and shows: {@code day}, {@code carrier}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Time groups come out in time order; the others biggest first. */
  public boolean isTime() {
    return this == DAY || this == WEEK;
  }

  @Override
  public String toString() {
    return code();
  }
}
