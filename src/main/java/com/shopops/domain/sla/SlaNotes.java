package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;

/**
 * The counts {@code sla report} says under its table, over every order it reads once: deliveries
 * judged by the 211 rule in a store outside China, delivered orders with no promise (211 not their
 * marketplace's; a JD order sent by another carrier than JD's own; an order of no marketplace in a
 * store outside China that set no promise of its own), orders whose clock starts at their order
 * time, orders with an inferred paid time, and presale orders with no promised ship date. Additive,
 * so kept figures of groups of orders add up to the report's.
 */
public final class SlaNotes {
  /** How many counts {@link #counts} gives. */
  public static final int COUNT = 7;

  private long judgedBy211;
  private long noPromise;
  private long noShopPromise;
  private long otherCarrier;
  private long fromOrderTime;
  private long inferred;
  private long presaleWithoutDate;

  /**
   * Counts one order as classified under {@code policy}; {@code inferredPaid}: its paid time was
   * inferred (a cash-on-delivery order timed from its order time is not counted as such).
   */
  public void add(
      OrderSla sla, ShippingPolicy policy, boolean fromOrderTime, boolean inferredPaid) {
    OrderShipment o = sla.order();
    DeliveryPromise.Basis basis =
        DeliveryPromise.basis(o.estimatedDeliveryAt(), o.platform(), o.carrier(), policy);
    if (!DeliveryPromise.inChina(policy.zone())
        && sla.delivery().isDeliveredAgainstPromise()
        && basis == DeliveryPromise.Basis.RULE_211) {
      judgedBy211++;
    }
    // delivered, shipped at a known time, no promise: 211 is not its marketplace's, or the store is
    // outside China and set no promise of its own
    if (sla.delivery() == DeliveryStatus.DELIVERED_NO_PROMISE
        && sla.shipping() != ShippingStatus.EXCLUDED
        && sla.shippedAt() != null
        && basis == DeliveryPromise.Basis.NONE) {
      if (o.platform() == null) {
        noShopPromise++;
      } else if (o.platform() == Platform.JD) {
        otherCarrier++;
      } else {
        noPromise++;
      }
    }
    if (fromOrderTime) {
      this.fromOrderTime++;
    }
    if (inferredPaid) {
      inferred++;
    }
    // a presale order (JD 预售订单) with no promised ship date is left out of the ship-by rate
    if (sla.shipping() == ShippingStatus.EXCLUDED
        && o.presaleWithoutDate()
        && !o.cancelledBeforeShipping()) {
      presaleWithoutDate++;
    }
  }

  public SlaNotes merge(SlaNotes other) {
    judgedBy211 += other.judgedBy211;
    noPromise += other.noPromise;
    noShopPromise += other.noShopPromise;
    otherCarrier += other.otherCarrier;
    fromOrderTime += other.fromOrderTime;
    inferred += other.inferred;
    presaleWithoutDate += other.presaleWithoutDate;
    return this;
  }

  /** The {@link #COUNT} counts in the order of {@link #of}. */
  public long[] counts() {
    return new long[] {
      judgedBy211,
      noPromise,
      noShopPromise,
      otherCarrier,
      fromOrderTime,
      inferred,
      presaleWithoutDate
    };
  }

  public static SlaNotes of(long[] counts) {
    SlaNotes n = new SlaNotes();
    n.judgedBy211 = counts[0];
    n.noPromise = counts[1];
    n.noShopPromise = counts[2];
    n.otherCarrier = counts[3];
    n.fromOrderTime = counts[4];
    n.inferred = counts[5];
    n.presaleWithoutDate = counts[6];
    return n;
  }

  public long judgedBy211() {
    return judgedBy211;
  }

  public long noPromise() {
    return noPromise;
  }

  public long noShopPromise() {
    return noShopPromise;
  }

  public long otherCarrier() {
    return otherCarrier;
  }

  public long fromOrderTime() {
    return fromOrderTime;
  }

  public long inferred() {
    return inferred;
  }

  public long presaleWithoutDate() {
    return presaleWithoutDate;
  }
}
