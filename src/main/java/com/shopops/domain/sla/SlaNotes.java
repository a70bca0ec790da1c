package com.shopops.domain.sla;

import java.time.ZoneId;
import java.util.Set;

/**
 * The counts {@code sla report} says under its table, over every order it reads once: deliveries
 * judged by the 211 rule outside China, delivered orders with no promise because 211 is not their
 * marketplace's, orders whose clock starts at their order time, and orders with an inferred paid
 * time. Additive, so kept figures of groups of orders add up to the report's.
 */
public final class SlaNotes {
  private long judgedBy211;
  private long noPromise;
  private long fromOrderTime;
  private long inferred;

  /**
   * The zones of stores for which the 211 rule is the delivery promise a platform makes (for the
   * orders it is a promise of, {@code DeliveryPromise.by211}): outside them a delivery judged by it
   * (no promised delivery imported) is said so under the report.
   */
  private static final Set<String> CHINA =
      Set.of(
          "Asia/Shanghai",
          "Asia/Chongqing",
          "Asia/Chungking",
          "Asia/Harbin",
          "Asia/Urumqi",
          "Asia/Kashgar",
          "PRC",
          "Asia/Hong_Kong",
          "Asia/Macau",
          "Asia/Taipei");

  /** Whether the store zone is one where 211 is a platform's promise (nothing to say then). */
  public static boolean china(ZoneId zone) {
    return CHINA.contains(zone.getId());
  }

  /**
   * Counts one order as classified; {@code inferredPaid}: its paid time was inferred (a
   * cash-on-delivery order timed from its order time is not counted as such).
   */
  public void add(OrderSla sla, boolean china, boolean fromOrderTime, boolean inferredPaid) {
    if (!china
        && sla.delivery().isDeliveredAgainstPromise()
        && sla.order().estimatedDeliveryAt() == null) {
      judgedBy211++;
    }
    // delivered, shipped at a known time, no promise: 211 is not its marketplace's
    if (sla.delivery() == DeliveryStatus.DELIVERED_NO_PROMISE
        && sla.shipping() != ShippingStatus.EXCLUDED
        && sla.shippedAt() != null
        && !DeliveryPromise.by211(sla.order().platform())) {
      noPromise++;
    }
    if (fromOrderTime) {
      this.fromOrderTime++;
    }
    if (inferredPaid) {
      inferred++;
    }
  }

  public SlaNotes merge(SlaNotes other) {
    judgedBy211 += other.judgedBy211;
    noPromise += other.noPromise;
    fromOrderTime += other.fromOrderTime;
    inferred += other.inferred;
    return this;
  }

  /** The four counts in the order of {@link #of}. */
  public long[] counts() {
    return new long[] {judgedBy211, noPromise, fromOrderTime, inferred};
  }

  public static SlaNotes of(long[] counts) {
    SlaNotes n = new SlaNotes();
    n.judgedBy211 = counts[0];
    n.noPromise = counts[1];
    n.fromOrderTime = counts[2];
    n.inferred = counts[3];
    return n;
  }

  public long judgedBy211() {
    return judgedBy211;
  }

  public long noPromise() {
    return noPromise;
  }

  public long fromOrderTime() {
    return fromOrderTime;
  }

  public long inferred() {
    return inferred;
  }
}
