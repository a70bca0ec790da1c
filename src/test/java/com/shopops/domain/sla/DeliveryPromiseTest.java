package com.shopops.domain.sla;

import static com.shopops.domain.sla.T.DEFAULTS;
import static com.shopops.domain.sla.T.SHANGHAI;
import static com.shopops.domain.sla.T.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.order.Platform;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryPromiseTest {

  @ParameterizedTest(name = "outbound {0} → deliver by {1}")
  @CsvSource({
    "2026-03-02T00:00:00, 2026-03-02T23:00",
    "2026-03-02T10:59:59, 2026-03-02T23:00", // by 11:00: same day
    "2026-03-02T11:00:00, 2026-03-03T14:00", // 11:00:00 itself misses the same-day window
    "2026-03-02T22:59:59, 2026-03-03T14:00", // by 23:00: next day 14:00
    "2026-03-02T23:00:00, 2026-03-03T23:00", // 23:00:00 itself: next day's first window
    "2026-03-02T23:59:59, 2026-03-03T23:00",
    "2026-12-31T23:30:00, 2027-01-01T23:00", // across the year end
    "2026-02-28T12:00:00, 2026-03-01T14:00",
  })
  void rule211(String outbound, String promised) {
    assertEquals(
        at(promised), DeliveryPromise.by211(at(outbound), DeliveryCutoffs.DEFAULT_211, SHANGHAI));
  }

  @Test
  void holidaysDoNotMoveThe211Promise() {
    ShippingPolicy p = DEFAULTS.withHolidays(T.nationalDay());
    assertEquals(
        at("2026-10-02T14:00"),
        DeliveryPromise.promisedBy(at("2026-10-01T12:00"), null, Platform.JD, null, p));
  }

  @Test
  void configurableCutoffs() {
    var fifteen =
        new DeliveryCutoffs(
            LocalTime.of(11, 0), LocalTime.of(23, 0), LocalTime.of(23, 0), LocalTime.of(15, 0));
    assertEquals(
        at("2026-03-03T15:00"), DeliveryPromise.by211(at("2026-03-02T12:00"), fifteen, SHANGHAI));
  }

  @Test
  void estimatedDeliveryTakesPrecedence() {
    assertEquals(
        at("2026-03-05T18:00"),
        DeliveryPromise.promisedBy(
            at("2026-03-02T10:00"), at("2026-03-05T18:00"), null, null, DEFAULTS));
    // even when earlier than 211 would have promised
    assertEquals(
        at("2026-03-02T18:00"),
        DeliveryPromise.promisedBy(
            at("2026-03-02T10:00"), at("2026-03-02T18:00"), null, null, DEFAULTS));
    assertEquals(
        at("2026-03-05T18:00"),
        DeliveryPromise.promisedBy(null, at("2026-03-05T18:00"), null, null, DEFAULTS));
  }

  @Test
  void noShippedTimeNoEstimateNoPromise() {
    assertNull(DeliveryPromise.promisedBy(null, null, null, null, DEFAULTS));
    assertNull(DeliveryPromise.promisedBy(null, null, Platform.JD, null, DEFAULTS));
  }

  /**
   * JD's orders, and those of an export naming no marketplace (the shop's configured promise), are
   * promised by 211 from their outbound time, at the cut-offs' edges (review16 Q11).
   */
  @ParameterizedTest(name = "{0} outbound {1} → deliver by {2}")
  @CsvSource({
    "JD, 2026-11-10T10:59:59, 2026-11-10T23:00",
    "JD, 2026-11-10T11:00:00, 2026-11-11T14:00",
    "JD, 2026-11-10T22:59:59, 2026-11-11T14:00",
    "JD, 2026-11-10T23:00:00, 2026-11-11T23:00",
    "'', 2026-11-10T10:59:59, 2026-11-10T23:00",
    "'', 2026-11-10T11:00:00, 2026-11-11T14:00",
    "'', 2026-11-10T22:59:59, 2026-11-11T14:00",
    "'', 2026-11-10T23:00:00, 2026-11-11T23:00",
  })
  void jdAndOtherExportsOfAStoreInChinaArePromisedBy211(
      String platform, String outbound, String promised) {
    Platform p = platform.isEmpty() ? null : Platform.valueOf(platform);
    assertEquals(DeliveryPromise.Basis.RULE_211, DeliveryPromise.basis(null, p, null, DEFAULTS));
    assertEquals(at(promised), DeliveryPromise.promisedBy(at(outbound), null, p, null, DEFAULTS));
  }

  /**
   * 211 is JD's promise, not a Taobao/Tmall rule: a Taobao/Tmall order without an estimated
   * delivery has no delivery promise, whenever it reached outbound (review16 Q11).
   */
  @ParameterizedTest(name = "Taobao/Tmall outbound {0}: no promise")
  @CsvSource({
    "2026-11-10T10:59:59",
    "2026-11-10T11:00:00",
    "2026-11-10T22:59:59",
    "2026-11-10T23:00:00"
  })
  void aTaobaoOrderHasNo211Promise(String outbound) {
    assertEquals(
        DeliveryPromise.Basis.NONE, DeliveryPromise.basis(null, Platform.TAOBAO, null, DEFAULTS));
    assertNull(DeliveryPromise.promisedBy(at(outbound), null, Platform.TAOBAO, null, DEFAULTS));
  }

  @Test
  void aTaobaoOrdersEstimatedDeliveryIsItsPromise() {
    assertEquals(
        at("2026-11-12T23:59:59"),
        DeliveryPromise.promisedBy(
            at("2026-11-10T15:00"), at("2026-11-12T23:59:59"), Platform.TAOBAO, null, DEFAULTS));
  }

  @Test
  void dateOnlyEstimateMeansEndOfThatDay() {
    assertEquals(
        at("2026-03-06T00:00").minusNanos(1),
        DeliveryPromise.endOfDay(LocalDate.of(2026, 3, 5), SHANGHAI));
  }

  /**
   * A promise given as a day (issue 13): delivered at 23:59:59 is on time, at 00:00 next day late.
   */
  @Test
  void aPromisedDayHoldsUntilMidnightInTheStoreZone() {
    var promise = DeliveryPromise.endOfDay(LocalDate.of(2026, 3, 5), SHANGHAI);
    assertFalse(at("2026-03-05T23:59:59").isAfter(promise), "23:59:59 that day: on time");
    assertTrue(at("2026-03-06T00:00").isAfter(promise), "00:00:00 the next day: late");
    assertTrue(at("2026-03-05T00:00").isBefore(promise), "the day's midnight is not the promise");
  }

  // --- the promise outside China and the shop's promise in days (tryout17 U12) ---

  private static final java.time.ZoneId MADRID = java.time.ZoneId.of("Europe/Madrid");
  private static final ShippingPolicy MADRID_DEFAULTS = ShippingPolicy.defaults(MADRID);

  private static java.time.Instant madrid(String local) {
    return java.time.LocalDateTime.parse(local).atZone(MADRID).toInstant();
  }

  @Test
  void anOrderOfNoMarketplaceHasNoPromiseOutsideChina() {
    assertEquals(
        DeliveryPromise.Basis.NONE, DeliveryPromise.basis(null, null, null, MADRID_DEFAULTS));
    assertNull(
        DeliveryPromise.promisedBy(madrid("2026-11-06T09:00"), null, null, null, MADRID_DEFAULTS));
    // in China it keeps 211
    assertEquals(DeliveryPromise.Basis.RULE_211, DeliveryPromise.basis(null, null, null, DEFAULTS));
    assertEquals(
        at("2026-11-06T23:00"),
        DeliveryPromise.promisedBy(at("2026-11-06T09:00"), null, null, null, DEFAULTS));
  }

  @Test
  void aJdOrders211RunsOnBeijingsClockInAStoreElsewhere() {
    // tryout18 W12: 京东物流 out 2026-11-12 10:30 Beijing (03:30 Madrid) → by 23:00 Beijing that day
    // (16:00 Madrid), not 23:00 Madrid; out 20:00 Beijing → by 14:00 Beijing the next day
    assertEquals(
        madrid("2026-11-12T16:00"),
        DeliveryPromise.promisedBy(
            madrid("2026-11-12T03:30"), null, Platform.JD, "京东物流", MADRID_DEFAULTS));
    assertEquals(
        madrid("2026-11-13T07:00"),
        DeliveryPromise.promisedBy(
            madrid("2026-11-12T13:00"), null, Platform.JD, "京东物流", MADRID_DEFAULTS));
    // an order of no marketplace keeps the store's clock (in a store in China: 211 there)
    assertEquals(
        at("2026-11-12T23:00"),
        DeliveryPromise.promisedBy(at("2026-11-12T10:30"), null, null, null, DEFAULTS));
  }

  @Test
  void aJdOrderSentByAnotherCarrierHasNo211Promise() {
    // review19 V2: a POP shop's 中通 parcel, shipped 11-06 18:00, signed 40 h later
    assertEquals(
        DeliveryPromise.Basis.NONE, DeliveryPromise.basis(null, Platform.JD, "中通快递", DEFAULTS));
    assertNull(
        DeliveryPromise.promisedBy(at("2026-11-06T18:00"), null, Platform.JD, "顺丰速运", DEFAULTS));
    assertEquals(
        DeliveryPromise.Basis.NONE, DeliveryPromise.basis(null, Platform.JD, "DHL", DEFAULTS));
    // JD's own delivery, or no carrier named: 211 (shipped before 23:00 → next day 14:00)
    for (String jd : new String[] {"京东物流", "京东快递", "JD", "jdl", "JD Logistics", " ", null}) {
      assertEquals(
          DeliveryPromise.Basis.RULE_211,
          DeliveryPromise.basis(null, Platform.JD, jd, DEFAULTS),
          String.valueOf(jd));
      assertEquals(
          at("2026-11-07T14:00"),
          DeliveryPromise.promisedBy(at("2026-11-06T18:00"), null, Platform.JD, jd, DEFAULTS));
    }
    // the shop's own promise for its JD orders covers the other carriers
    ShippingPolicy jdTwo = DEFAULTS.withDeliverWithinDays(null, java.util.Map.of(Platform.JD, 2));
    assertEquals(
        DeliveryPromise.Basis.DAYS, DeliveryPromise.basis(null, Platform.JD, "中通快递", jdTwo));
    // an estimate still wins
    assertEquals(
        at("2026-11-09T12:00"),
        DeliveryPromise.promisedBy(
            at("2026-11-06T18:00"), at("2026-11-09T12:00"), Platform.JD, "中通快递", DEFAULTS));
    // an order of no marketplace in a store in China keeps 211 whatever its carrier
    assertEquals(
        DeliveryPromise.Basis.RULE_211, DeliveryPromise.basis(null, null, "中通快递", DEFAULTS));
  }

  @Test
  void aJdOrderStaysUnder211InAMadridStoreAndATmallOrderHasNone() {
    ShippingPolicy threeDays = MADRID_DEFAULTS.withDeliverWithinDays(3, java.util.Map.of());
    // the store's own promise is not JD's: 211 from outbound 09:00 Madrid = 16:00 Beijing, on
    // Beijing's clock (tryout18 W12): after 11:00, before 23:00 → next day 14:00 Beijing = 07:00
    // Madrid (before: the same day 23:00 Madrid, the cut-offs read on the store's clock)
    assertEquals(
        DeliveryPromise.Basis.RULE_211, DeliveryPromise.basis(null, Platform.JD, null, threeDays));
    assertEquals(
        madrid("2026-11-07T07:00"),
        DeliveryPromise.promisedBy(madrid("2026-11-06T09:00"), null, Platform.JD, null, threeDays));
    assertEquals(
        DeliveryPromise.Basis.NONE, DeliveryPromise.basis(null, Platform.TAOBAO, null, threeDays));
  }

  @Test
  void theShopsPromiseInDaysEndsAt24OfTheLastDay() {
    ShippingPolicy two = MADRID_DEFAULTS.withDeliverWithinDays(2, java.util.Map.of());
    assertEquals(DeliveryPromise.Basis.DAYS, DeliveryPromise.basis(null, null, null, two));
    var promise = DeliveryPromise.promisedBy(madrid("2026-11-06T09:00"), null, null, null, two);
    assertEquals(madrid("2026-11-08T23:59:59.999999999"), promise);
    // shipped at 23:59:59 still counts its day
    assertEquals(
        promise, DeliveryPromise.promisedBy(madrid("2026-11-06T23:59:59"), null, null, null, two));
    // an estimate still wins
    assertEquals(
        madrid("2026-11-07T12:00"),
        DeliveryPromise.promisedBy(
            madrid("2026-11-06T09:00"), madrid("2026-11-07T12:00"), null, null, two));
    // delivered 11-08 12:00 (the U12 order): on time; with 1 day: late
    OrderShipment u12 =
        T.order(
            null,
            madrid("2026-11-05T10:05"),
            madrid("2026-11-06T09:00"),
            madrid("2026-11-08T12:00"),
            null);
    java.time.Instant asOf = madrid("2026-11-10T12:00");
    assertEquals(
        DeliveryStatus.DELIVERED_ON_TIME, SlaClassifier.classify(u12, two, asOf).delivery());
    assertEquals(
        DeliveryStatus.DELIVERED_LATE,
        SlaClassifier.classify(
                u12, MADRID_DEFAULTS.withDeliverWithinDays(1, java.util.Map.of()), asOf)
            .delivery());
    assertEquals(
        DeliveryStatus.DELIVERED_NO_PROMISE,
        SlaClassifier.classify(u12, MADRID_DEFAULTS, asOf).delivery());
  }

  @Test
  void aMarketplacesOwnPromiseInDaysIsCountedOnItsClock() {
    ShippingPolicy jdTwo =
        MADRID_DEFAULTS.withDeliverWithinDays(null, java.util.Map.of(Platform.JD, 2));
    // outbound 11-06 18:30 Madrid = 11-07 01:30 Beijing: by 11-09 24:00 Beijing (17:00 Madrid)
    assertEquals(
        at("2026-11-09T23:59:59.999999999"),
        DeliveryPromise.promisedBy(madrid("2026-11-06T18:30"), null, Platform.JD, null, jdTwo));
    // the store's orders keep none
    assertNull(DeliveryPromise.promisedBy(madrid("2026-11-06T18:30"), null, null, null, jdTwo));
  }

  /**
   * by211 keeps the last outbound day's promises (perf22): the same local day asked in turn under
   * another zone or other cut-offs gets its own promises, not the kept ones.
   */
  @Test
  void the211PromiseOfTheSameDayUnderAnotherZoneOrOtherCutOffs() {
    java.time.ZoneId madrid = java.time.ZoneId.of("Europe/Madrid");
    java.time.Instant shanghaiTen = at("2026-03-02T10:00:00"); // 10:00 in Shanghai
    java.time.Instant madridTen =
        LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(madrid).toInstant(); // 10:00 in Madrid
    DeliveryCutoffs late =
        new DeliveryCutoffs(
            LocalTime.of(9, 0), LocalTime.of(22, 0), LocalTime.of(20, 0), LocalTime.of(12, 0));
    for (int round = 0; round < 2; round++) {
      assertEquals(
          at("2026-03-02T23:00"),
          DeliveryPromise.by211(shanghaiTen, DeliveryCutoffs.DEFAULT_211, T.SHANGHAI));
      assertEquals(
          LocalDate.of(2026, 3, 2).atTime(23, 0).atZone(madrid).toInstant(),
          DeliveryPromise.by211(madridTen, DeliveryCutoffs.DEFAULT_211, madrid));
      assertEquals(at("2026-03-03T12:00"), DeliveryPromise.by211(shanghaiTen, late, T.SHANGHAI));
      assertEquals(
          at("2026-03-02T23:00"),
          DeliveryPromise.by211(shanghaiTen, DeliveryCutoffs.DEFAULT_211, T.SHANGHAI));
    }
  }

  /**
   * by211 answers a day of one offset from the day's cut-offs as instants (perf23): every outbound
   * time of a year, asked out of order and twice, gets the promise its local time gives, in a zone
   * with daylight saving (its two change days included) and in Shanghai, at the cut-offs exactly.
   */
  @Test
  void the211PromiseOfEveryHourOfAYearAskedOutOfOrder() {
    java.time.ZoneId madrid = java.time.ZoneId.of("Europe/Madrid");
    DeliveryCutoffs cutoffs = DeliveryCutoffs.DEFAULT_211;
    for (java.time.ZoneId zone : java.util.List.of(madrid, T.SHANGHAI)) {
      java.util.List<java.time.Instant> times = new java.util.ArrayList<>();
      java.time.Instant first = LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant();
      for (long h = 0; h < 366 * 24; h++) {
        times.add(first.plusSeconds(h * 3600 + (h % 7) * 60)); // minutes 0..6 past the hour
      }
      for (int d = 0; d < 366; d++) { // each day's cut-offs exactly, and a nanosecond before
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(d);
        for (LocalTime t : java.util.List.of(cutoffs.sameDayCutoff(), cutoffs.nextDayCutoff())) {
          java.time.Instant at = day.atTime(t).atZone(zone).toInstant();
          times.add(at);
          times.add(at.minusNanos(1));
        }
      }
      java.util.Collections.shuffle(times, new java.util.Random(23));
      for (int round = 0; round < 2; round++) {
        for (java.time.Instant out : times) {
          java.time.ZonedDateTime local = out.atZone(zone);
          LocalDate day = local.toLocalDate();
          java.time.Instant expected =
              local.toLocalTime().isBefore(cutoffs.sameDayCutoff())
                  ? day.atTime(cutoffs.sameDayDeliverBy()).atZone(zone).toInstant()
                  : local.toLocalTime().isBefore(cutoffs.nextDayCutoff())
                      ? day.plusDays(1).atTime(cutoffs.nextDayDeliverBy()).atZone(zone).toInstant()
                      : day.plusDays(1).atTime(cutoffs.sameDayDeliverBy()).atZone(zone).toInstant();
          assertEquals(expected, DeliveryPromise.by211(out, cutoffs, zone), zone + " " + out);
        }
      }
    }
    // the change days themselves: Madrid's clocks go forward on 2026-03-29, back on 2026-10-25
    assertEquals(
        LocalDate.of(2026, 3, 29).atTime(23, 0).atZone(madrid).toInstant(),
        DeliveryPromise.by211(
            LocalDate.of(2026, 3, 29).atTime(10, 59).atZone(madrid).toInstant(), cutoffs, madrid));
    assertEquals(
        LocalDate.of(2026, 10, 26).atTime(14, 0).atZone(madrid).toInstant(),
        DeliveryPromise.by211(
            LocalDate.of(2026, 10, 25).atTime(11, 0).atZone(madrid).toInstant(), cutoffs, madrid));
  }
}
