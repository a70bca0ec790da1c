package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.sla.OrderShipment;
import com.shopops.domain.sla.ShippingPolicy;
import com.shopops.domain.sla.ShippingStatus;
import com.shopops.domain.sla.SlaClassifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The on-time ship rate's rule is {@code sla}'s ship-by deadline: one answer for both reports. */
class OnTimeShippingTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ShippingPolicy DEFAULTS = ShippingPolicy.defaults(SHANGHAI);
  static final Instant PAID = at("2026-03-02T10:00");

  static Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  @Test
  void exactlyAtTheDeadlineIsOnTimeOneSecondLaterIsLate() {
    assertTrue(OnTimeShipping.onTime(DEFAULTS, PAID, at("2026-03-03T10:00"), null, null, null));
    assertFalse(OnTimeShipping.onTime(DEFAULTS, PAID, at("2026-03-03T10:00:01"), null, null, null));
  }

  @Test
  void theConfiguredShipWithinIsUsedNotA24HourConstant() {
    ShippingPolicy p48 =
        new ShippingPolicy(
            Duration.ofHours(48),
            Duration.ofHours(72),
            Duration.ofHours(4),
            Set.of(),
            DEFAULTS.cutoffs(),
            Map.of(),
            Map.of(),
            SHANGHAI);
    Instant shipped = at("2026-03-03T20:00"); // 34 h after payment
    assertFalse(OnTimeShipping.onTime(DEFAULTS, PAID, shipped, null, null, null));
    assertTrue(OnTimeShipping.onTime(p48, PAID, shipped, null, null, null));
  }

  @Test
  void holidaysStopTheClock() {
    ShippingPolicy p = DEFAULTS.withHolidays(Set.of(LocalDate.parse("2026-03-03")));
    // paid Monday 10:00, Tuesday is a holiday: the deadline moves to Wednesday 10:00
    assertTrue(OnTimeShipping.onTime(p, PAID, at("2026-03-04T10:00"), null, null, null));
    assertFalse(OnTimeShipping.onTime(p, PAID, at("2026-03-04T10:00:01"), null, null, null));
  }

  @Test
  void aPresaleOrderIsOnTimeUntilTheEndOfItsPromisedDate() {
    LocalDate promised = LocalDate.parse("2026-03-10");
    assertTrue(OnTimeShipping.onTime(DEFAULTS, PAID, at("2026-03-10T23:59"), promised, null, null));
    assertFalse(
        OnTimeShipping.onTime(DEFAULTS, PAID, at("2026-03-11T00:00:01"), promised, null, null));
  }

  @Test
  void aCarrierOverrideApplies() {
    ShippingPolicy p =
        new ShippingPolicy(
            Duration.ofHours(24),
            Duration.ofHours(48),
            Duration.ofHours(4),
            Set.of(),
            DEFAULTS.cutoffs(),
            Map.of("顺丰速运", Duration.ofHours(6)),
            Map.of(),
            SHANGHAI);
    Instant shipped = at("2026-03-02T17:00"); // 7 h
    assertFalse(OnTimeShipping.onTime(p, PAID, shipped, null, "顺丰速运", null));
    assertTrue(OnTimeShipping.onTime(p, PAID, shipped, null, "中通快递", null));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-03T10:00, ",
    "2026-03-03T10:00:01, ",
    "2026-03-05T09:00, ",
    "2026-03-04T09:00, 2026-03-03",
    "2026-03-04T11:00, 2026-03-03"
  })
  void agreesWithTheSlaClassifier(String shipped, String holiday) {
    ShippingPolicy p =
        holiday == null ? DEFAULTS : DEFAULTS.withHolidays(Set.of(LocalDate.parse(holiday)));
    Instant s = at(shipped);
    ShippingStatus sla =
        SlaClassifier.classify(
                OrderShipment.builder("O1").paidAt(PAID).shippedAt(s).build(),
                p,
                at("2026-04-01T00:00"))
            .shipping();
    assertEquals(
        sla == ShippingStatus.SHIPPED_ON_TIME,
        OnTimeShipping.onTime(p, PAID, s, null, null, null),
        sla.toString());
  }

  @Test
  void surelyOnTimeIsTheShortestShipWithinAndNeverWrong() {
    assertEquals(Duration.ofHours(24), OnTimeShipping.surelyOnTimeWithin(DEFAULTS));
    ShippingPolicy p =
        new ShippingPolicy(
            Duration.ofHours(24),
            Duration.ofHours(48),
            Duration.ofHours(4),
            Set.of(LocalDate.parse("2026-03-02")),
            DEFAULTS.cutoffs(),
            Map.of("顺丰速运", Duration.ofHours(6)),
            Map.of("西藏", Duration.ofHours(72)),
            SHANGHAI);
    Duration sure = OnTimeShipping.surelyOnTimeWithin(p);
    assertEquals(Duration.ofHours(6), sure);
    // at the bound every order is on time: any carrier, province, presale date or holiday
    for (String carrier : new String[] {null, "顺丰速运", "中通快递"}) {
      for (String province : new String[] {null, "西藏"}) {
        for (LocalDate presale : new LocalDate[] {null, LocalDate.parse("2026-03-01")}) {
          assertTrue(OnTimeShipping.onTime(p, PAID, PAID.plus(sure), presale, carrier, province));
        }
      }
    }
  }
}
