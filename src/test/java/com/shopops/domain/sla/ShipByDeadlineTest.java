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

  // --- per-marketplace ship-by hours and the same-day cut-off (review18 T11) ---

  private static final String EOD = "T23:59:59.999999999";

  private static ShippingPolicy dispatch(
      Map<com.shopops.domain.order.Platform, Duration> within,
      java.time.LocalTime cutoff,
      Map<com.shopops.domain.order.Platform, java.time.LocalTime> cutoffs) {
    return DEFAULTS.withDispatch(new DispatchRules(within, cutoff, cutoffs));
  }

  @Test
  void aTmallOrderHasTmallsHoursAJdOrderAndTheShopsOwnTheStores() {
    ShippingPolicy p =
        dispatch(
            Map.of(com.shopops.domain.order.Platform.TAOBAO, Duration.ofHours(72)), null, Map.of());
    ShipByDeadline tmall =
        ShipByDeadline.of(
            p, at("2026-12-05T22:30"), null, null, null, com.shopops.domain.order.Platform.TAOBAO);
    assertEquals(at("2026-12-08T22:30"), tmall.deadline());
    assertEquals(at("2026-12-08T22:30"), tmall.hardLimit(), "the longer of ship_max and 72h");
    ShipByDeadline jd =
        ShipByDeadline.of(
            p, at("2026-12-05T22:30"), null, null, null, com.shopops.domain.order.Platform.JD);
    assertEquals(at("2026-12-06T22:30"), jd.deadline());
    assertEquals(
        at("2026-12-06T22:30"), ShipByDeadline.of(p, at("2026-12-05T22:30"), null).deadline());
    // a carrier override still wins over the marketplace's
    ShippingPolicy sf =
        new ShippingPolicy(
                DEFAULTS.shipWithin(),
                DEFAULTS.shipMax(),
                DEFAULTS.atRiskWithin(),
                Set.of(),
                DEFAULTS.cutoffs(),
                Map.of("顺丰速运", Duration.ofHours(12)),
                Map.of(),
                SHANGHAI)
            .withDispatch(p.dispatch());
    assertEquals(
        at("2026-12-06T10:30"),
        ShipByDeadline.of(
                sf,
                at("2026-12-05T22:30"),
                null,
                "顺丰速运",
                null,
                com.shopops.domain.order.Platform.TAOBAO)
            .deadline());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "paid {0} with a 16:00 cut-off: ship by {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "2026-12-07T00:00:00, 2026-12-07",
    "2026-12-07T15:59:59, 2026-12-07", // before the cut-off: the same day, by 24:00
    "2026-12-07T16:00:00, 2026-12-08", // the cut-off itself: the next day
    "2026-12-07T23:59:59, 2026-12-08",
    "2026-12-05T22:30:00, 2026-12-06", // review18 T11's JD order
  })
  void sameDayCutoff(String paid, String day) {
    ShippingPolicy p =
        dispatch(
            Map.of(),
            null,
            Map.of(com.shopops.domain.order.Platform.JD, java.time.LocalTime.of(16, 0)));
    ShipByDeadline d =
        ShipByDeadline.of(p, at(paid), null, null, null, com.shopops.domain.order.Platform.JD);
    assertEquals(at(day + EOD), d.deadline());
    // the hard limit: the same grace as any order (ship_max - ship_within = 24h)
    assertEquals(at(day + EOD).plus(Duration.ofHours(24)), d.hardLimit());
    // the store's orders keep 24h
    assertEquals(
        at(paid).plus(Duration.ofHours(24)), ShipByDeadline.of(p, at(paid), null).deadline());
  }

  @Test
  void theStoresCutoffIsReadInBeijingForAMarketplacesOrderAndStopsOnHolidays() {
    java.time.ZoneId madrid = java.time.ZoneId.of("Europe/Madrid");
    ShippingPolicy p =
        ShippingPolicy.defaults(madrid)
            .withHolidays(T.nationalDay())
            .withDispatch(new DispatchRules(Map.of(), java.time.LocalTime.of(16, 0), Map.of()));
    // 15:59:59 Beijing = 08:59:59 Madrid: the same day, 24:00 Beijing
    ShipByDeadline tmall =
        ShipByDeadline.of(
            p,
            at("2026-12-07T15:59:59"),
            null,
            null,
            null,
            com.shopops.domain.order.Platform.TAOBAO);
    assertEquals(at("2026-12-07" + EOD), tmall.deadline());
    // the shop's own order: 16:00 Madrid
    java.time.Instant madrid1559 =
        java.time.LocalDateTime.parse("2026-12-07T15:59:59").atZone(madrid).toInstant();
    assertEquals(
        java.time.LocalDateTime.parse("2026-12-07" + EOD).atZone(madrid).toInstant(),
        ShipByDeadline.of(p, madrid1559, null).deadline());
    // paid after the cut-off the day before the holidays: ships the first working day
    ShippingPolicy cn =
        DEFAULTS
            .withHolidays(T.nationalDay())
            .withDispatch(new DispatchRules(Map.of(), java.time.LocalTime.of(16, 0), Map.of()));
    assertEquals(
        at("2026-10-08" + EOD), ShipByDeadline.of(cn, at("2026-09-30T16:00"), null).deadline());
    assertEquals(
        at("2026-10-08" + EOD), ShipByDeadline.of(cn, at("2026-10-03T09:00"), null).deadline());
  }
}
