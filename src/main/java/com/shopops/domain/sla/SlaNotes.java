package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;

/**
 * The counts {@code sla report} says under its table, over every order it reads once: deliveries
 * judged by the 211 rule in a store outside China, delivered orders with no promise (211 not their
 * marketplace's; a JD order sent by another carrier than JD's own; an order of no marketplace in a
 * store outside China that set no promise of its own), orders whose clock starts at their order
 * time, orders with an inferred paid time, presale orders with no promised ship date, orders
 * refunded in full before shipping but after their ship-by deadline had passed (taken off the
 * ship-by figures late, tryout20 Y3), and presale orders with only the deposit paid (review20 X6).
 * Additive, so kept figures of groups of orders add up to the report's.
 */
public final class SlaNotes {
  /** How many counts {@link #counts} gives. */
  public static final int COUNT = 9;

  private long judgedBy211;
  private long noPromise;
  private long noShopPromise;
  private long otherCarrier;
  private long fromOrderTime;
  private long inferred;
  private long presaleWithoutDate;
  private long refundedAfterDeadline;
  private long balanceUnpaid;

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
    boolean off = o.offBeforeShipping(sla.asOf());
    if (sla.shipping() == ShippingStatus.EXCLUDED && o.presaleWithoutDate() && !off) {
      presaleWithoutDate++;
    }
    // refunded in full before it shipped, the refund after its ship-by deadline: no shipment is
    // owed any more, but the shop was late by then (tryout20 Y3)
    if (sla.shipping() == ShippingStatus.EXCLUDED
        && off
        && !o.cancelledBeforeShipping()
        && o.refundedAt() != null
        && o.paidAt() != null
        && !o.presaleWithoutDate()
        && o.refundedAt()
            .isAfter(
                ShipByDeadline.of(
                        policy,
                        o.paidAt(),
                        o.presaleShipDate(),
                        o.carrier(),
                        o.province(),
                        o.platform())
                    .deadline())) {
      refundedAfterDeadline++;
    }
    // a presale deposit (定金) paid, the balance (尾款) not: not on the clock yet (review20 X6)
    if (sla.shipping() == ShippingStatus.NOT_PAID && o.balanceUnpaid()) {
      balanceUnpaid++;
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
    refundedAfterDeadline += other.refundedAfterDeadline;
    balanceUnpaid += other.balanceUnpaid;
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
      presaleWithoutDate,
      refundedAfterDeadline,
      balanceUnpaid
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
    n.refundedAfterDeadline = counts[7];
    n.balanceUnpaid = counts[8];
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

  /**
   * Orders refunded in full before they shipped, the refund after their ship-by deadline: taken off
   * the ship-by figures (excluded), although the shop was late by then.
   */
  public long refundedAfterDeadline() {
    return refundedAfterDeadline;
  }

  /** Presale orders with only the deposit (定金) paid: not on the ship-by clock (not_paid). */
  public long balanceUnpaid() {
    return balanceUnpaid;
  }
}
