package com.shopops.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Classifies an order's shipping and delivery as of {@code asOf} (docs/sla.md).
 *
 * <p>"As of" is strict: a paid, shipped or delivered time after {@code asOf} has not happened yet,
 * so {@code --now} in the past reproduces what the operator would have seen then.
 *
 * <p>Boundaries (inclusive deadlines throughout): shipped at exactly the deadline is on time, one
 * second later is late; unshipped at {@code asOf == deadline} is {@link ShippingStatus#AT_RISK}
 * (zero hours left), not overdue; at risk when {@code deadline - asOf <= atRiskWithin} in
 * wall-clock time. The same holds for the hard limit and the delivery promise.
 */
public final class SlaClassifier {
  private SlaClassifier() {}

  public static OrderSla classify(OrderShipment order, ShippingPolicy policy, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant paid = seen(order.paidAt(), asOf);
    Instant shipped = seen(order.shippedAt(), asOf);
    Instant delivered = seen(order.deliveredAt(), asOf);

    Instant promise =
        DeliveryPromise.promisedBy(
            shipped, order.estimatedDeliveryAt(), order.platform(), order.carrier(), policy);
    DeliveryStatus delivery = delivery(shipped, delivered, promise, asOf);
    Duration toDeliver =
        shipped != null && delivered != null ? Duration.between(shipped, delivered) : null;

    if (paid == null
        || order.balanceUnpaid()
        || order.offBeforeShipping(asOf)
        || order.presaleWithoutDate()) {
      ShippingStatus s = notRated(paid, order);
      return new OrderSla(order, asOf, s, delivery, null, promise, null, null, toDeliver);
    }
    ShipByDeadline shipBy =
        ShipByDeadline.of(
            policy,
            paid,
            order.presaleShipDate(),
            order.carrier(),
            order.province(),
            order.platform());
    ShippingStatus shipping = shipping(order, shipped, delivered, shipBy, policy, asOf);
    Duration margin = null;
    if (shipped != null) {
      margin = Duration.between(shipped, shipBy.deadline());
    } else if (shipping != ShippingStatus.SHIPPED_TIME_UNKNOWN) {
      margin = Duration.between(asOf, shipBy.deadline());
    }
    Duration toShip = shipped != null ? Duration.between(paid, shipped) : null;
    return new OrderSla(
        order, asOf, shipping, delivery, shipBy, promise, margin, toShip, toDeliver);
  }

  /** Later than any as-of a report is asked for: the classification an order ends in. */
  public static final Instant SETTLED = Instant.parse("9999-12-31T00:00:00Z");

  /**
   * The first instant from which {@link #classify} gives an order the same statuses and durations
   * as at {@link #SETTLED}, given that classification ({@code settled}): every recorded time has
   * passed, an unshipped order is past its hard limit, an order in transit past its promise. A
   * figure kept of the settled classification answers for any as-of at or after it.
   */
  public static Instant settledFrom(OrderSla settled) {
    OrderShipment o = settled.order();
    Instant t = Instant.EPOCH;
    t = later(t, o.paidAt());
    t = later(t, o.shippedAt());
    t = later(t, o.deliveredAt());
    if (o.refundedInFull()) {
      t = later(t, o.refundedAt()); // off the clock from the refund on
    }
    if (settled.shipping() == ShippingStatus.BREACHED) { // unshipped: breached one second after
      t = later(t, settled.shipBy().hardLimit().plusSeconds(1));
    }
    if (settled.delivery() == DeliveryStatus.IN_TRANSIT_PAST_PROMISE) {
      t = later(t, settled.promisedDeliveryBy().plusSeconds(1));
    }
    return t;
  }

  /**
   * The status of an order not on the ship-by clock: not paid — no paid time seen, or only a
   * presale deposit (定金) paid, the balance (尾款) not ({@link OrderShipment#balanceUnpaid}, review20
   * X6: its clock starts when the balance is paid) — else excluded.
   */
  private static ShippingStatus notRated(Instant paid, OrderShipment order) {
    return paid == null || order.balanceUnpaid()
        ? ShippingStatus.NOT_PAID
        : ShippingStatus.EXCLUDED;
  }

  private static Instant later(Instant a, Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  /**
   * The shipping status alone, as {@link #classify} gives it (for counts that need neither the
   * delivery promise nor the hours).
   */
  public static ShippingStatus shipping(OrderShipment order, ShippingPolicy policy, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant paid = seen(order.paidAt(), asOf);
    if (paid == null
        || order.balanceUnpaid()
        || order.offBeforeShipping(asOf)
        || order.presaleWithoutDate()) {
      return notRated(paid, order);
    }
    ShipByDeadline shipBy =
        ShipByDeadline.of(
            policy,
            paid,
            order.presaleShipDate(),
            order.carrier(),
            order.province(),
            order.platform());
    return shipping(
        order,
        seen(order.shippedAt(), asOf),
        seen(order.deliveredAt(), asOf),
        shipBy,
        policy,
        asOf);
  }

  /** The status of a paid order in scope, from its times as of {@code asOf}. */
  private static ShippingStatus shipping(
      OrderShipment order,
      Instant shipped,
      Instant delivered,
      ShipByDeadline shipBy,
      ShippingPolicy policy,
      Instant asOf) {
    if (shipped != null) {
      return shipped(shipped, shipBy);
    }
    if (delivered != null || order.shippedWithoutTime()) {
      return ShippingStatus.SHIPPED_TIME_UNKNOWN;
    }
    return unshipped(asOf, shipBy, policy);
  }

  private static ShippingStatus shipped(Instant shipped, ShipByDeadline shipBy) {
    if (shipped.isAfter(shipBy.hardLimit())) {
      return ShippingStatus.SHIPPED_BREACHED;
    }
    return shipped.isAfter(shipBy.deadline())
        ? ShippingStatus.SHIPPED_LATE
        : ShippingStatus.SHIPPED_ON_TIME;
  }

  private static ShippingStatus unshipped(
      Instant asOf, ShipByDeadline shipBy, ShippingPolicy policy) {
    if (asOf.isAfter(shipBy.hardLimit())) {
      return ShippingStatus.BREACHED;
    }
    if (asOf.isAfter(shipBy.deadline())) {
      return ShippingStatus.OVERDUE;
    }
    Duration left = Duration.between(asOf, shipBy.deadline());
    return left.compareTo(policy.atRiskWithin()) <= 0 ? ShippingStatus.AT_RISK : ShippingStatus.DUE;
  }

  private static DeliveryStatus delivery(
      Instant shipped, Instant delivered, Instant promise, Instant asOf) {
    if (delivered != null) {
      if (promise == null) {
        return DeliveryStatus.DELIVERED_NO_PROMISE;
      }
      return delivered.isAfter(promise)
          ? DeliveryStatus.DELIVERED_LATE
          : DeliveryStatus.DELIVERED_ON_TIME;
    }
    if (shipped == null) {
      return DeliveryStatus.NOT_SHIPPED;
    }
    // no promise (a Taobao/Tmall order without an estimated delivery): nothing to be past
    return promise != null && asOf.isAfter(promise)
        ? DeliveryStatus.IN_TRANSIT_PAST_PROMISE
        : DeliveryStatus.IN_TRANSIT;
  }

  private static Instant seen(Instant event, Instant asOf) {
    return event != null && !event.isAfter(asOf) ? event : null;
  }
}
