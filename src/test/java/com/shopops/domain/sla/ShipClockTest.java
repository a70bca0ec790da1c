package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.order.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the ship-by clock starts (review13 M5). */
class ShipClockTest {
  static final Instant CREATED = Instant.parse("2026-11-19T04:00:00Z");
  static final Instant PAID = Instant.parse("2026-11-19T05:00:00Z");

  @Test
  void theExportsPaymentMethodDecides() {
    assertTrue(ShipClock.cashOnDelivery(true, OrderStatus.PENDING, PAID));
    assertFalse(ShipClock.cashOnDelivery(false, OrderStatus.PAID, null));
  }

  @Test
  void withoutOneAPaidOrderWithoutAPaidTimeIsCashOnDelivery() {
    assertTrue(ShipClock.cashOnDelivery(null, OrderStatus.PAID, null));
    assertFalse(ShipClock.cashOnDelivery(null, OrderStatus.PAID, PAID));
    assertFalse(ShipClock.cashOnDelivery(null, OrderStatus.PENDING, null));
    assertFalse(ShipClock.cashOnDelivery(null, null, null));
  }

  @Test
  void cashOnDeliveryStartsAtTheOrderTimeOthersAtThePaidTime() {
    assertEquals(CREATED, ShipClock.start(null, CREATED, true));
    assertEquals(CREATED, ShipClock.start(PAID, CREATED, true));
    assertEquals(PAID, ShipClock.start(PAID, CREATED, false));
    assertNull(ShipClock.start(null, CREATED, false));
    assertEquals(PAID, ShipClock.start(PAID, null, true));
  }

  /** What the sla commands count in their note "cash-on-delivery orders timed from order time". */
  @Test
  void timedFromOrderTimeOnlyWhenCashOnDeliveryWithAnOrderTime() {
    assertTrue(ShipClock.fromOrderTime(CREATED, true));
    assertFalse(ShipClock.fromOrderTime(null, true)); // no order time: its paid time, if any
    assertFalse(ShipClock.fromOrderTime(CREATED, false));
  }
}
