package com.shopops.domain.sla;

import static com.shopops.domain.sla.T.DEFAULTS;
import static com.shopops.domain.sla.T.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From raw orders through the classifier into grouped figures, as the store will use it. */
class SlaReportTest {
  private static final Instant AS_OF = at("2026-03-05T12:00");

  private static OrderShipment o(
      String id, String carrier, String paid, String shipped, String delivered) {
    return OrderShipment.builder(id)
        .paidAt(at(paid))
        .shippedAt(shipped == null ? null : at(shipped))
        .deliveredAt(delivered == null ? null : at(delivered))
        .carrier(carrier)
        .province("广东")
        .build();
  }

  private static final List<OrderShipment> ORDERS =
      List.of(
          // SF: shipped 2 h and 30 h after payment; delivered 12 h and 20 h after shipping
          o(
              "A1",
              "SF",
              "2026-03-02T08:00",
              "2026-03-02T10:00",
              "2026-03-02T22:00"), // 211 same day: on time
          o(
              "A2",
              "SF",
              "2026-03-02T08:00",
              "2026-03-03T14:00",
              "2026-03-04T10:00"), // ship late; 211 by 03-04 14:00
          // ZTO: one shipped after 50 h, one never shipped (breached as of 03-05 12:00)
          o(
              "B1",
              "ZTO",
              "2026-03-02T08:00",
              "2026-03-04T10:00",
              null), // 211 by 03-04 23:00: past it
          o("B2", "ZTO", "2026-03-02T08:00", null, null));

  @Test
  void groupsByCallerKeyInFirstSeenOrder() {
    SlaReport<String> report = new SlaReport<>();
    for (OrderShipment order : ORDERS) {
      report.add(order.carrier(), SlaClassifier.classify(order, DEFAULTS, AS_OF));
    }
    Map<String, SlaFigures> by = report.figures();
    assertEquals(List.of("SF", "ZTO"), List.copyOf(by.keySet()));

    SlaFigures sf = by.get("SF");
    assertEquals(new BigDecimal("0.5000"), sf.onTimeShipRate());
    assertEquals(new BigDecimal("0.0000"), sf.breachRate());
    assertEquals(new BigDecimal("1.0000"), sf.deliveryOnTimeRate());
    assertEquals(new BigDecimal("16.0"), sf.medianHoursToShip()); // (2 + 30) / 2
    assertEquals(new BigDecimal("27.2"), sf.p90HoursToShip()); // 2 + 0.9 × 28
    assertEquals(new BigDecimal("16.0"), sf.medianHoursToDeliver()); // (12 + 20) / 2

    SlaFigures zto = by.get("ZTO");
    assertEquals(1, zto.count(ShippingStatus.SHIPPED_BREACHED));
    assertEquals(1, zto.count(ShippingStatus.BREACHED));
    assertEquals(1, zto.count(DeliveryStatus.IN_TRANSIT_PAST_PROMISE));
    assertEquals(new BigDecimal("0.0000"), zto.onTimeShipRate());
    assertEquals(new BigDecimal("1.0000"), zto.breachRate());
    assertEquals(null, zto.deliveryOnTimeRate());

    SlaFigures total = report.total();
    assertEquals(4, total.orders());
    assertEquals(new BigDecimal("0.3333"), total.onTimeShipRate());
    assertEquals(new BigDecimal("0.5000"), total.breachRate());
  }

  @Test
  void reportsOfChunksMerge() {
    SlaReport<String> whole = new SlaReport<>();
    SlaReport<String> first = new SlaReport<>();
    SlaReport<String> second = new SlaReport<>();
    for (int i = 0; i < ORDERS.size(); i++) {
      OrderSla s = SlaClassifier.classify(ORDERS.get(i), DEFAULTS, AS_OF);
      whole.add(ORDERS.get(i).carrier(), s);
      (i % 2 == 0 ? first : second).add(ORDERS.get(i).carrier(), s);
    }
    assertEquals(whole.figures(), first.merge(second).figures());
    assertEquals(whole.total(), first.total());
  }
}
