package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.domain.order.Platform;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderShipmentBuilderTest {
  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

  @Test
  void aFieldNotNamedIsNullOrFalse() {
    assertEquals(
        new OrderShipment(
            "O1", null, null, null, null, null, null, null, false, false, null, false, false, null,
            false),
        OrderShipment.builder("O1").build());
  }

  @Test
  void everyFieldNamedLandsInItsComponent() {
    OrderShipment built =
        OrderShipment.builder("O1")
            .paidAt(T0)
            .presaleShipDate(LocalDate.of(2026, 3, 10))
            .shippedAt(T0.plusSeconds(1))
            .deliveredAt(T0.plusSeconds(2))
            .estimatedDeliveryAt(T0.plusSeconds(3))
            .carrier("SF")
            .province("广东")
            .cancelledBeforeShipping(true)
            .shippedWithoutTime(true)
            .platform(Platform.values()[0])
            .presale(true)
            .refundedInFull(true)
            .refundedAt(T0.plusSeconds(4))
            .balanceUnpaid(true)
            .build();
    assertEquals(
        new OrderShipment(
            "O1",
            T0,
            LocalDate.of(2026, 3, 10),
            T0.plusSeconds(1),
            T0.plusSeconds(2),
            T0.plusSeconds(3),
            "SF",
            "广东",
            true,
            true,
            Platform.values()[0],
            true,
            true,
            T0.plusSeconds(4),
            true),
        built);
  }

  @Test
  void anOrderIdIsRequired() {
    assertThrows(NullPointerException.class, () -> OrderShipment.builder(null).build());
  }
}
