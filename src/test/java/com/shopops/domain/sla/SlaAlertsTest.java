package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlaAlertsTest {
  @Test
  void countsOverdueAndBothKindsOfBreachAndNothingElse() {
    SlaAlerts.Counter c = new SlaAlerts.Counter();
    for (ShippingStatus s : ShippingStatus.values()) {
      c.add(s);
    }
    c.add(ShippingStatus.OVERDUE);
    assertEquals(new SlaAlerts(2, 2), c.alerts());
  }

  @Test
  void onlyAlertsFailARunAndOnlyWhenAsked() {
    assertFalse(SlaAlerts.NONE.failsRun(true));
    assertFalse(new SlaAlerts(1, 0).failsRun(false));
    assertTrue(new SlaAlerts(1, 0).failsRun(true));
    assertTrue(new SlaAlerts(0, 1).failsRun(true));
    SlaAlerts.Counter quiet = new SlaAlerts.Counter();
    quiet.add(ShippingStatus.AT_RISK);
    quiet.add(ShippingStatus.SHIPPED_LATE);
    quiet.add(ShippingStatus.DUE);
    assertFalse(quiet.alerts().failsRun(true));
  }

  @Test
  void theReportsAlertsComeFromItsCounts() {
    SlaTally t = new SlaTally();
    for (ShippingStatus s :
        new ShippingStatus[] {
          ShippingStatus.OVERDUE,
          ShippingStatus.BREACHED,
          ShippingStatus.SHIPPED_BREACHED,
          ShippingStatus.SHIPPED_LATE
        }) {
      OrderShipment o = OrderShipment.builder("O").build();
      t.add(
          new OrderSla(
              o,
              T.at("2026-03-31T00:00"),
              s,
              DeliveryStatus.NOT_SHIPPED,
              null,
              null,
              null,
              null,
              null));
    }
    SlaAlerts a = SlaAlerts.of(t.figures());
    assertEquals(new SlaAlerts(1, 2), a);
    assertEquals("1 overdue, 2 breached", a.summary());
  }
}
