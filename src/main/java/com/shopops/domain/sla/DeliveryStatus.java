package com.shopops.domain.sla;

/**
 * Where a shipped order stands against its {@link DeliveryPromise} (211 or the estimated delivery
 * time, none for a Taobao/Tmall order without an estimate) as of a given instant. Rule:
 * docs/sla.md. Delivered exactly at the promise is on time; in transit exactly at the promise is
 * not yet past it.
 */
public enum DeliveryStatus {
  /** Delivered (签收) at or before the promise. */
  DELIVERED_ON_TIME,
  /** Delivered after the promise. */
  DELIVERED_LATE,
  /**
   * Delivered, but there is no promise to judge it by (no shipped time, no estimate; a Taobao/Tmall
   * order without an estimate, {@link DeliveryPromise#by211}).
   */
  DELIVERED_NO_PROMISE,
  /** Shipped, not delivered, the promise not yet passed (or there is none). */
  IN_TRANSIT,
  /** Shipped, not delivered, the promise passed. */
  IN_TRANSIT_PAST_PROMISE,
  /** Not shipped (yet). */
  NOT_SHIPPED;

  /** Delivered with a promise: the denominator of the delivery on-time rate. */
  public boolean isDeliveredAgainstPromise() {
    return this == DELIVERED_ON_TIME || this == DELIVERED_LATE;
  }
}
