package com.shopops.domain.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Accumulates classified orders into {@link SlaFigures} for one group. Pure and incremental: the
 * store can feed it row by row or in chunks, and tallies of chunks {@link #merge} into the same
 * figures as one pass. Not thread-safe; use one per thread and merge.
 */
public final class SlaTally {
  private static final BigDecimal MEDIAN = new BigDecimal("0.5");
  private static final BigDecimal P90 = new BigDecimal("0.9");

  private long orders;
  private final long[] shipping = new long[ShippingStatus.values().length];
  private final long[] delivery = new long[DeliveryStatus.values().length];
  private final DurationSample toShip = new DurationSample();
  private final DurationSample toDeliver = new DurationSample();

  /**
   * Orders with an implausible duration (negative: shipped before paid…), left out of the hours.
   */
  private long leftOut;

  public SlaTally add(OrderSla o) {
    orders++;
    shipping[o.shipping().ordinal()]++;
    if (o.shipping() == ShippingStatus.EXCLUDED) {
      return this; // cancelled before shipping: counted, out of every figure
    }
    delivery[o.delivery().ordinal()]++;
    // a negative duration is an anomaly of the data (issue 13), not a fast shop: left out, counted
    boolean implausible = false;
    if (o.paidToShipped() != null) {
      if (o.paidToShipped().isNegative()) {
        implausible = true;
      } else {
        toShip.add(o.paidToShipped());
      }
    }
    if (o.shippedToDelivered() != null) {
      if (o.shippedToDelivered().isNegative()) {
        implausible = true;
      } else {
        toDeliver.add(o.shippedToDelivered());
      }
    }
    if (implausible) {
      leftOut++;
    }
    return this;
  }

  public SlaTally merge(SlaTally other) {
    orders += other.orders;
    for (int i = 0; i < shipping.length; i++) {
      shipping[i] += other.shipping[i];
    }
    for (int i = 0; i < delivery.length; i++) {
      delivery[i] += other.delivery[i];
    }
    leftOut += other.leftOut;
    toShip.addAll(other.toShip);
    toDeliver.addAll(other.toDeliver);
    return this;
  }

  /**
   * The counts as one array (orders, the shipping statuses, the delivery statuses in enum order,
   * then the implausible ones): with {@link #toShipSeconds} and {@link #toDeliverSeconds}, what
   * {@link #of} makes the same tally again from (figures kept in the store).
   */
  public long[] counts() {
    long[] c = new long[2 + shipping.length + delivery.length];
    c[0] = orders;
    System.arraycopy(shipping, 0, c, 1, shipping.length);
    System.arraycopy(delivery, 0, c, 1 + shipping.length, delivery.length);
    c[c.length - 1] = leftOut;
    return c;
  }

  /** The paid-to-shipped seconds of the sample, in the order added. */
  public long[] toShipSeconds() {
    return toShip.seconds();
  }

  /** The shipped-to-delivered seconds of the sample, in the order added. */
  public long[] toDeliverSeconds() {
    return toDeliver.seconds();
  }

  /** The tally {@link #counts}, {@link #toShipSeconds} and {@link #toDeliverSeconds} describe. */
  public static SlaTally of(long[] counts, long[] toShipSeconds, long[] toDeliverSeconds) {
    SlaTally t = new SlaTally();
    if (counts.length != 2 + t.shipping.length + t.delivery.length) {
      throw new IllegalArgumentException("counts: " + counts.length + " values");
    }
    t.orders = counts[0];
    System.arraycopy(counts, 1, t.shipping, 0, t.shipping.length);
    System.arraycopy(counts, 1 + t.shipping.length, t.delivery, 0, t.delivery.length);
    t.leftOut = counts[counts.length - 1];
    t.toShip.addSeconds(toShipSeconds);
    t.toDeliver.addSeconds(toDeliverSeconds);
    return t;
  }

  /**
   * Orders whose times are implausible (shipped before paid, delivered before shipped): their
   * negative duration is left out of the median and p90 hours.
   */
  public long leftOut() {
    return leftOut;
  }

  public SlaFigures figures() {
    long shippedOnRecord = 0;
    long breaches = 0;
    long inScope = 0;
    for (ShippingStatus s : ShippingStatus.values()) {
      long n = shipping[s.ordinal()];
      shippedOnRecord += s.isShippedOnRecord() ? n : 0;
      breaches += s.isBreach() ? n : 0;
      inScope += s.isInScope() ? n : 0;
    }
    long delivered =
        delivery[DeliveryStatus.DELIVERED_ON_TIME.ordinal()]
            + delivery[DeliveryStatus.DELIVERED_LATE.ordinal()];
    return new SlaFigures(
        orders,
        counts(ShippingStatus.class, shipping),
        counts(DeliveryStatus.class, delivery),
        rate(shipping[ShippingStatus.SHIPPED_ON_TIME.ordinal()], shippedOnRecord),
        rate(breaches, inScope),
        rate(delivery[DeliveryStatus.DELIVERED_ON_TIME.ordinal()], delivered),
        toShip.percentileHours(MEDIAN),
        toShip.percentileHours(P90),
        toDeliver.percentileHours(MEDIAN),
        toDeliver.percentileHours(P90));
  }

  /** {@code part / whole} as a fraction with 4 decimals, half up; null when {@code whole} is 0. */
  static BigDecimal rate(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, long[] values) {
    Map<E, Long> m = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, values[e.ordinal()]);
    }
    return Collections.unmodifiableMap(m);
  }
}
