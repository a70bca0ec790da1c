package com.shopops.domain.sla;

import static com.shopops.domain.sla.T.DEFAULTS;
import static com.shopops.domain.sla.T.SHANGHAI;
import static com.shopops.domain.sla.T.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShipByDeadlineTest {

  @Test
  void deadlineIs24hAndHardLimit48hAfterPayment() {
    ShipByDeadline d = ShipByDeadline.of(DEFAULTS, at("2026-03-02T10:00"), null);
    assertEquals(at("2026-03-03T10:00"), d.deadline());
    assertEquals(at("2026-03-04T10:00"), d.hardLimit());
  }

  @Test
  void holidayAcrossTheDeadline() {
    ShippingPolicy p = DEFAULTS.withHolidays(T.nationalDay());
    ShipByDeadline d = ShipByDeadline.of(p, at("2026-09-30T20:00"), null);
    assertEquals(at("2026-10-08T20:00"), d.deadline());
    assertEquals(at("2026-10-09T20:00"), d.hardLimit());
  }

  @Test
  void paidOnAHoliday() {
    ShippingPolicy p = DEFAULTS.withHolidays(T.nationalDay());
    ShipByDeadline d = ShipByDeadline.of(p, at("2026-10-05T09:30"), null);
    assertEquals(at("2026-10-09T00:00"), d.deadline());
    assertEquals(at("2026-10-10T00:00"), d.hardLimit());
  }

  @Test
  void presaleShipsByTheEndOfThePromisedDate() {
    ShipByDeadline d =
        ShipByDeadline.of(DEFAULTS, at("2026-03-02T10:00"), LocalDate.of(2026, 3, 20));
    assertEquals(at("2026-03-21T00:00").minusNanos(1), d.deadline());
    // same 24 h grace as an ordinary order before it is a breach
    assertEquals(at("2026-03-22T00:00").minusNanos(1), d.hardLimit());
  }

  @Test
  void presaleGraceStopsOnHolidays() {
    ShippingPolicy p = DEFAULTS.withHolidays(T.nationalDay());
    ShipByDeadline d = ShipByDeadline.of(p, at("2026-09-01T10:00"), LocalDate.of(2026, 9, 30));
    assertEquals(at("2026-10-01T00:00").minusNanos(1), d.deadline());
    // 1 ns left on 09-30, then 10-08 00:00 + (24 h - 1 ns)
    assertEquals(at("2026-10-09T00:00").minusNanos(1), d.hardLimit());
  }

  @Test
  void presalePaidAfterThePromisedDateUsesTheOrdinaryClock() {
    ShipByDeadline d =
        ShipByDeadline.of(DEFAULTS, at("2026-03-21T08:00"), LocalDate.of(2026, 3, 20));
    assertEquals(at("2026-03-22T08:00"), d.deadline());
    assertEquals(at("2026-03-23T08:00"), d.hardLimit());
  }

  @Test
  void presalePromisedForThePaymentDayNeverShortensTheDeadline() {
    ShipByDeadline d =
        ShipByDeadline.of(DEFAULTS, at("2026-03-20T08:00"), LocalDate.of(2026, 3, 20));
    assertEquals(at("2026-03-21T08:00"), d.deadline());
  }

  @Test
  void carrierAndProvinceOverrides() {
    ShippingPolicy p =
        new ShippingPolicy(
            Duration.ofHours(24),
            Duration.ofHours(48),
            Duration.ofHours(4),
            Set.of(),
            DeliveryCutoffs.DEFAULT_211,
            Map.of("SF", Duration.ofHours(12)),
            Map.of("新疆", Duration.ofHours(72)),
            SHANGHAI);
    ShipByDeadline sf = ShipByDeadline.of(p, at("2026-03-02T10:00"), null, "SF", "广东");
    assertEquals(at("2026-03-02T22:00"), sf.deadline());
    assertEquals(at("2026-03-04T10:00"), sf.hardLimit());
    ShipByDeadline xj = ShipByDeadline.of(p, at("2026-03-02T10:00"), null, null, "新疆");
    assertEquals(at("2026-03-05T10:00"), xj.deadline());
    assertEquals(at("2026-03-05T10:00"), xj.hardLimit());
  }

  @Test
  void hardLimitBeforeDeadlineIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ShipByDeadline(at("2026-03-03T10:00"), at("2026-03-02T10:00")));
  }
}
