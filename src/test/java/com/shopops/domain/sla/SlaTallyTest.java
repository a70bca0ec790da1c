package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaTallyTest {
  private static final Instant AS_OF = T.at("2026-03-31T00:00");

  private static OrderSla sla(
      ShippingStatus s, DeliveryStatus d, Integer toShipH, Integer toDeliverH) {
    OrderShipment o = OrderShipment.builder("O").build();
    return new OrderSla(
        o,
        AS_OF,
        s,
        d,
        null,
        null,
        null,
        toShipH == null ? null : Duration.ofHours(toShipH),
        toDeliverH == null ? null : Duration.ofHours(toDeliverH));
  }

  /** Eight orders, one of each kind; figures computed by hand in {@link #handComputedFigures}. */
  private static List<OrderSla> sample() {
    return List.of(
        sla(ShippingStatus.SHIPPED_ON_TIME, DeliveryStatus.DELIVERED_ON_TIME, 2, 20),
        sla(ShippingStatus.SHIPPED_ON_TIME, DeliveryStatus.DELIVERED_LATE, 10, 30),
        sla(ShippingStatus.SHIPPED_LATE, DeliveryStatus.IN_TRANSIT, 30, null),
        sla(ShippingStatus.SHIPPED_BREACHED, DeliveryStatus.IN_TRANSIT_PAST_PROMISE, 50, null),
        sla(ShippingStatus.BREACHED, DeliveryStatus.NOT_SHIPPED, null, null),
        sla(ShippingStatus.DUE, DeliveryStatus.NOT_SHIPPED, null, null),
        sla(ShippingStatus.NOT_PAID, DeliveryStatus.NOT_SHIPPED, null, null),
        sla(ShippingStatus.EXCLUDED, DeliveryStatus.NOT_SHIPPED, null, null));
  }

  @Test
  void handComputedFigures() {
    SlaTally t = new SlaTally();
    sample().forEach(t::add);
    SlaFigures f = t.figures();
    assertEquals(8, f.orders());
    assertEquals(2, f.count(ShippingStatus.SHIPPED_ON_TIME));
    assertEquals(1, f.count(ShippingStatus.EXCLUDED));
    assertEquals(0, f.count(ShippingStatus.OVERDUE));
    assertEquals(ShippingStatus.values().length, f.shippingCounts().size());
    assertEquals(3, f.count(DeliveryStatus.NOT_SHIPPED)); // the excluded order is not counted
    assertEquals(new BigDecimal("0.5000"), f.onTimeShipRate()); // 2 of 4 shipped
    assertEquals(new BigDecimal("0.3333"), f.breachRate()); // 2 of 6 in scope
    assertEquals(new BigDecimal("0.5000"), f.deliveryOnTimeRate()); // 1 of 2 delivered
    // paid→shipped 2, 10, 30, 50: median 20.0, p90 h = 2.7 → 30 + 0.7 × 20 = 44.0
    assertEquals(new BigDecimal("20.0"), f.medianHoursToShip());
    assertEquals(new BigDecimal("44.0"), f.p90HoursToShip());
    // shipped→delivered 20, 30: median 25.0, p90 h = 0.9 → 29.0
    assertEquals(new BigDecimal("25.0"), f.medianHoursToDeliver());
    assertEquals(new BigDecimal("29.0"), f.p90HoursToDeliver());
  }

  @Test
  void emptyGroupHasNoRatesNotZeroRates() {
    SlaFigures f = new SlaTally().figures();
    assertEquals(0, f.orders());
    assertNull(f.onTimeShipRate());
    assertNull(f.breachRate());
    assertNull(f.deliveryOnTimeRate());
    assertNull(f.medianHoursToShip());
    assertNull(f.p90HoursToDeliver());
  }

  @Test
  void onlyUnshippedOrdersHaveABreachRateButNoOnTimeRate() {
    SlaTally t =
        new SlaTally()
            .add(sla(ShippingStatus.DUE, DeliveryStatus.NOT_SHIPPED, null, null))
            .add(sla(ShippingStatus.OVERDUE, DeliveryStatus.NOT_SHIPPED, null, null))
            .add(sla(ShippingStatus.BREACHED, DeliveryStatus.NOT_SHIPPED, null, null));
    SlaFigures f = t.figures();
    assertNull(f.onTimeShipRate());
    assertEquals(new BigDecimal("0.3333"), f.breachRate());
    assertNull(f.deliveryOnTimeRate());
  }

  @Test
  void onlyNotPaidOrExcludedHasNoRates() {
    SlaFigures f =
        new SlaTally()
            .add(sla(ShippingStatus.NOT_PAID, DeliveryStatus.NOT_SHIPPED, null, null))
            .add(sla(ShippingStatus.EXCLUDED, DeliveryStatus.NOT_SHIPPED, null, null))
            .figures();
    assertEquals(2, f.orders());
    assertNull(f.breachRate());
    assertNull(f.onTimeShipRate());
  }

  @Test
  void shippedTimeUnknownIsOutOfTheShipRate() {
    SlaFigures f =
        new SlaTally()
            .add(sla(ShippingStatus.SHIPPED_ON_TIME, DeliveryStatus.DELIVERED_ON_TIME, 5, 10))
            .add(
                sla(
                    ShippingStatus.SHIPPED_TIME_UNKNOWN,
                    DeliveryStatus.DELIVERED_NO_PROMISE,
                    null,
                    null))
            .figures();
    assertEquals(new BigDecimal("1.0000"), f.onTimeShipRate());
    assertEquals(new BigDecimal("0.0000"), f.breachRate());
    assertEquals(new BigDecimal("1.0000"), f.deliveryOnTimeRate());
  }

  @Test
  void ratesRoundHalfUpToFourDecimals() {
    assertEquals(new BigDecimal("0.6667"), SlaTally.rate(2, 3));
    assertEquals(new BigDecimal("0.1667"), SlaTally.rate(1, 6));
    assertEquals(new BigDecimal("0.0001"), SlaTally.rate(1, 20_000)); // 0.00005 → 0.0001
    assertEquals(new BigDecimal("0.0000"), SlaTally.rate(1, 20_001));
    assertNull(SlaTally.rate(0, 0));
  }

  @Test
  void chunksMergeIntoTheSameFiguresAsOnePass() {
    List<OrderSla> all = sample();
    SlaTally one = new SlaTally();
    all.forEach(one::add);
    SlaTally a = new SlaTally();
    SlaTally b = new SlaTally();
    all.subList(0, 3).forEach(a::add);
    all.subList(3, all.size()).forEach(b::add);
    assertEquals(one.figures(), a.merge(b).figures());
  }
}
